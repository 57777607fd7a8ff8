// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sitetreefiltermodel.h"
#include "models/sitetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

QTEST_MAIN(TestSiteTreeModel)
#include "tst_sitetreemodel.moc"
