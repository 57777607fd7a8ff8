// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "models/sitetreefiltermodel.h"
#include "models/sitetreemodel.h"
#include "store/seriesrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace meterscope;

namespace {
Site makeSite(const QString &id, const QString &name, const QString &zone = QStringLiteral("Europe/Paris"))
{
    Site s;
    s.id = id;
    s.name = name;
    s.timeZoneId = zone;
    s.city = QStringLiteral("Lyon");
    return s;
}

Meter makeMeter(const QString &id, const QString &name, Commodity commodity,
                const QString &parent = QString())
{
    Meter m;
    m.id = id;
    m.name = name;
    m.commodity = commodity;
    m.parentMeterId = parent;
    m.usage = parent.isEmpty() ? QStringLiteral("MainMeter") : QStringLiteral("SubMeter");
    return m;
}

QList<Meter> lyonMeters()
{
    // A sub-meter listed before its parent, and a sub-sub-meter.
    return {
        makeMeter(QStringLiteral("m2"), QStringLiteral("HVAC"), Commodity::Electricity, QStringLiteral("m1")),
        makeMeter(QStringLiteral("m1"), QStringLiteral("Main incomer"), Commodity::Electricity),
        makeMeter(QStringLiteral("m3"), QStringLiteral("Gas boiler"), Commodity::Gas),
        makeMeter(QStringLiteral("m4"), QStringLiteral("Chiller 2"), Commodity::Electricity,
                  QStringLiteral("m2"))};
}
} // namespace

class TestSiteTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sitesAreTopLevelAndExpandableBeforeMetersLoad();
    void subMetersSitUnderTheirParent();
    void forbiddenSiteIsMarkedAndOthersStayUsable();
    void fetchMoreWithoutClientMarksLoading();
    void filterFindsMetersAndKeepsTheirSite();
    void commodityFilterKeepsUnloadedSites();
    void searchingASiteShowsAllItsMeters();
    void modelsPassTheTesterThroughChanges();
    void aSiteWhoseTokenIsRefusedAtOnceFailsAfterTheRequest();
    void loadingAllEndsOnceEachTimeWhenEveryTokenIsRefusedAtOnce();

private:
    // A client for a server on 127.0.0.1 that nobody can reach without a token: its token source has
    // none and says so at once, inside requestToken(). `listener` proves that nothing is sent.
    struct RefusingClient
    {
        RefusingClient()
        {
            QVERIFY(listener.listen(QHostAddress::LocalHost));
            client = std::make_unique<ApiClient>(ApiProfile::builtInDemo().withOrigin(
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()))));
            client->setTokenSource(&noToken);
        }
        QTcpServer listener;
        StaticTokenSource noToken{QString()};
        std::unique_ptr<ApiClient> client;
    };
};

void TestSiteTreeModel::sitesAreTopLevelAndExpandableBeforeMetersLoad()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon")),
                    makeSite(QStringLiteral("s2"), QStringLiteral("Paris"))});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex lyon = model.index(0, 0);
    QCOMPARE(lyon.data().toString(), QStringLiteral("Lyon"));
    QCOMPARE(lyon.data(SiteTreeModel::IdRole).toString(), QStringLiteral("s1"));
    QVERIFY(model.hasChildren(lyon));
    QVERIFY(model.canFetchMore(lyon));
    QCOMPARE(model.rowCount(lyon), 0);
    QVERIFY(!lyon.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestSiteTreeModel::subMetersSitUnderTheirParent()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon"))});
    QSignalSpy loaded(&model, &SiteTreeModel::metersLoaded);
    model.setMeters(QStringLiteral("s1"), lyonMeters());
    QCOMPARE(loaded.count(), 1);
    const QModelIndex site = model.index(0, 0);
    QVERIFY(!model.canFetchMore(site));
    QCOMPARE(model.rowCount(site), 2); // Main incomer and Gas boiler
    const QModelIndex main = model.meterIndex(QStringLiteral("s1"), QStringLiteral("m1"));
    QCOMPARE(main.parent(), site);
    const QModelIndex hvac = model.meterIndex(QStringLiteral("s1"), QStringLiteral("m2"));
    QCOMPARE(hvac.parent(), main);
    const QModelIndex chiller = model.meterIndex(QStringLiteral("s1"), QStringLiteral("m4"));
    QCOMPARE(chiller.parent(), hvac);
    QCOMPARE(model.meter(chiller).name, QStringLiteral("Chiller 2"));
    QCOMPARE(model.site(chiller).name, QStringLiteral("Lyon"));
    QCOMPARE(Commodity(model.meterIndex(QStringLiteral("s1"), QStringLiteral("m3"))
                           .data(SiteTreeModel::CommodityRole)
                           .toInt()),
             Commodity::Gas);
}

void TestSiteTreeModel::forbiddenSiteIsMarkedAndOthersStayUsable()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon")),
                    makeSite(QStringLiteral("s2"), QStringLiteral("Paris"))});
    QSignalSpy failed(&model, &SiteTreeModel::siteFailed);
    model.setSiteError(
        QStringLiteral("s2"),
        ApiError::make(ApiError::Kind::Forbidden, QStringLiteral("No access to site Paris (403)"), {}, 403));
    model.setMeters(QStringLiteral("s1"), lyonMeters());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.loadState(QStringLiteral("s2")), SiteTreeModel::LoadState::Forbidden);
    const QModelIndex paris = model.siteIndex(QStringLiteral("s2"));
    QVERIFY(paris.data().toString().contains(QStringLiteral("no access")));
    QVERIFY(!model.hasChildren(paris));
    QVERIFY(!model.canFetchMore(paris));
    QCOMPARE(model.rowCount(model.siteIndex(QStringLiteral("s1"))), 2);
}

void TestSiteTreeModel::fetchMoreWithoutClientMarksLoading()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon"))});
    model.fetchMore(model.index(0, 0));
    QCOMPARE(model.loadState(QStringLiteral("s1")), SiteTreeModel::LoadState::Loading);
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
}

void TestSiteTreeModel::filterFindsMetersAndKeepsTheirSite()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon")),
                    makeSite(QStringLiteral("s2"), QStringLiteral("Paris"))});
    model.setMeters(QStringLiteral("s1"), lyonMeters());
    SiteTreeFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("chiller"));
    QCOMPARE(filter.rowCount(), 1); // Lyon, because of its meter
    const QModelIndex lyon = filter.index(0, 0);
    QCOMPARE(lyon.data(SiteTreeModel::IdRole).toString(), QStringLiteral("s1"));
    const QModelIndex main = filter.index(0, 0, lyon);
    const QModelIndex hvac = filter.index(0, 0, main);
    QCOMPARE(filter.index(0, 0, hvac).data().toString(), QStringLiteral("Chiller 2"));
    filter.setSearchText(QStringLiteral("m3")); // by ID
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), QStringLiteral("Gas boiler"));
    filter.setSearchText(QStringLiteral("nothing like this"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestSiteTreeModel::commodityFilterKeepsUnloadedSites()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon")),
                    makeSite(QStringLiteral("s2"), QStringLiteral("Paris"))});
    model.setMeters(QStringLiteral("s1"), lyonMeters());
    SiteTreeFilterModel filter;
    filter.setSourceModel(&model);
    filter.setCommodity(Commodity::Gas);
    QCOMPARE(filter.rowCount(), 2); // Lyon (has gas) and Paris (meters unknown yet)
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    filter.setCommodity(Commodity::Water);
    QCOMPARE(filter.rowCount(), 1); // Lyon has no water meter
    QCOMPARE(filter.index(0, 0).data(SiteTreeModel::IdRole).toString(), QStringLiteral("s2"));
}

void TestSiteTreeModel::searchingASiteShowsAllItsMeters()
{
    SiteTreeModel model;
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon Part-Dieu"))});
    model.setMeters(QStringLiteral("s1"), lyonMeters());
    SiteTreeFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("part-dieu"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);
}

void TestSiteTreeModel::modelsPassTheTesterThroughChanges()
{
    SiteTreeModel model;
    SiteTreeFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSites(
        {makeSite(QStringLiteral("s1"), QStringLiteral("Lyon")),
         makeSite(QStringLiteral("s2"), QStringLiteral("Paris")),
         makeSite(QStringLiteral("s3"), QStringLiteral("Adelaide"), QStringLiteral("Australia/Adelaide"))});
    filter.setSearchText(QStringLiteral("a"));
    model.setMeters(QStringLiteral("s1"), lyonMeters());
    model.setMeters(QStringLiteral("s3"),
                    {makeMeter(QStringLiteral("a1"), QStringLiteral("Solar roof"), Commodity::Solar)});
    model.setSiteError(QStringLiteral("s2"),
                       ApiError::make(ApiError::Kind::Forbidden, QStringLiteral("No access")));
    filter.setCommodity(Commodity::Electricity);
    model.setMeters(QStringLiteral("s1"), lyonMeters().mid(1)); // reload with one meter fewer
    filter.setSearchText(QString());
    filter.setCommodity(Commodity::Unknown);
    // Without HVAC, its sub-meter has no parent left and moves to the top level.
    QCOMPARE(model.rowCount(model.siteIndex(QStringLiteral("s1"))), 3);
    model.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestSiteTreeModel::aSiteWhoseTokenIsRefusedAtOnceFailsAfterTheRequest()
{
    RefusingClient refusing;
    SeriesRepository repository(refusing.client.get(), nullptr);
    SiteTreeModel model;
    model.setRepository(&repository);
    model.setSites({makeSite(QStringLiteral("s1"), QStringLiteral("Lyon"))});
    QSignalSpy failed(&model, &SiteTreeModel::siteFailed);
    model.fetchMore(model.siteIndex(QStringLiteral("s1"))); // what expanding the site does
    // The answer never comes inside the request: the site shows as loading until it does.
    QCOMPARE(model.loadState(QStringLiteral("s1")), SiteTreeModel::LoadState::Loading);
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(model.loadState(QStringLiteral("s1")), SiteTreeModel::LoadState::Failed);
    QVERIFY(!model.siteIndex(QStringLiteral("s1")).data(SiteTreeModel::ErrorRole).toString().isEmpty());
    // The failed site is not counted as still loading: loading everything asks for it once more, and ends.
    QSignalSpy finished(&model, &SiteTreeModel::loadAllFinished);
    model.loadAllMeters();
    QVERIFY(model.isLoadingAll());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 2);
    QVERIFY(!refusing.listener.hasPendingConnections());
}

void TestSiteTreeModel::loadingAllEndsOnceEachTimeWhenEveryTokenIsRefusedAtOnce()
{
    RefusingClient refusing;
    SeriesRepository repository(refusing.client.get(), nullptr);
    SiteTreeModel model;
    model.setRepository(&repository);
    QList<Site> sites;
    for (int i = 1; i <= 5; ++i)
        sites.append(makeSite(QStringLiteral("s%1").arg(i), QStringLiteral("Site %1").arg(i)));
    model.setSites(sites);
    QSignalSpy progress(&model, &SiteTreeModel::loadAllProgress);
    QSignalSpy finished(&model, &SiteTreeModel::loadAllFinished);
    QSignalSpy failed(&model, &SiteTreeModel::siteFailed);
    // Twice: a second attempt after every site failed must run and end like the first.
    for (int round = 1; round <= 2; ++round) {
        model.loadAllMeters();
        QCOMPARE(finished.count(), round - 1); // nothing ends inside the call
        QVERIFY(model.isLoadingAll());
        QCOMPARE(progress.last(), (QVariantList{0, 5}));
        QTRY_COMPARE(finished.count(), round);
        QVERIFY(!model.isLoadingAll());
        QCOMPARE(failed.count(), 5 * round);
        QCOMPARE(progress.last(), (QVariantList{5, 5}));
        for (const Site &site : std::as_const(sites))
            QCOMPARE(model.loadState(site.id), SiteTreeModel::LoadState::Failed);
    }
    QTest::qWait(50);
    QCOMPARE(finished.count(), 2);
    QVERIFY(!refusing.listener.hasPendingConnections());
}

QTEST_MAIN(TestSiteTreeModel)
#include "tst_sitetreemodel.moc"
