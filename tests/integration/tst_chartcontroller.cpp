// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "emulator/emulatorserver.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/seriestotalsmodel.h"
#include "store/seriesrepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace meterscope;

namespace {

const QDateTime kNow(QDate(2025, 6, 18), QTime(10, 0), QTimeZone::utc());

// Hands out `token`, but refuses the first `refusals` requests at once, inside requestToken(), as a
// signed-out session does.
class RefusingFirstTokenSource final : public AccessTokenSource
{
public:
    explicit RefusingFirstTokenSource(const QString &token) : m_token(token) {}

    void requestToken(QObject *context, TokenCallback done) override
    {
        Q_UNUSED(context)
        if (refusals > 0) {
            --refusals;
            done(QString(), ApiError::make(ApiError::Kind::SignInRequired, QString()));
            return;
        }
        done(m_token, ApiError());
    }

    void renewAfterRejection(const QString &rejectedToken, QObject *context, TokenCallback done) override
    {
        Q_UNUSED(rejectedToken)
        Q_UNUSED(context)
        done(QString(), ApiError::make(ApiError::Kind::SignInRequired, QString()));
    }

    int refusals = 0;

private:
    QString m_token;
};

} // namespace

// ChartController against the emulator on 127.0.0.1: what it charts when some of its fetches fail.
class TestChartController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFetchRefusedAtOnceStillChartsTheOthersOnce();
    void seriesWithoutUnitOrCommodityTakeThemFromTheirMeter();
    void aCounterResetIsFlaggedInTheDayAndTheTotals();
};

void TestChartController::aFetchRefusedAtOnceStillChartsTheOthersOnce()
{
    emulator::EmulatorOptions options;
    options.now = kNow;
    options.siteCount = 2;
    options.quiet = true;
    emulator::EmulatorServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RefusingFirstTokenSource tokens(server.demoPat());
    ApiClient client(server.servedProfile().withOrigin(server.origin()));
    client.setTokenSource(&tokens);

    QList<Site> sites;
    ApiError sitesError;
    bool sitesDone = false;
    client.fetchSites(this, [&](const QList<Site> &all, const ApiError &e) {
        sites = all;
        sitesError = e;
        sitesDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(sitesDone, 10000);
    QVERIFY2(!sitesError, qPrintable(sitesError.details()));
    QCOMPARE(sites.size(), 2);

    // Two sites overlaid: one fetch each. The first one's token is refused at once.
    ChartDocument document;
    SeriesRepository repository(&client, nullptr);
    ChartController controller(&document);
    controller.setRepository(&repository);
    QSignalSpy ready(&controller, &ChartController::ready);
    QSignalSpy failed(&controller, &ChartController::failed);
    tokens.refusals = 1;
    const qint64 to = kNow.addDays(-1).toMSecsSinceEpoch();
    const qint64 from = kNow.addDays(-8).toMSecsSinceEpoch();
    controller.load({ChartTarget{sites.at(0), Meter()}, ChartTarget{sites.at(1), Meter()}},
                    TimeRange::custom(from, to), Granularity::Day);
    // Nothing is reported inside load(): the chart waits for both fetches.
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 0);
    QVERIFY(controller.isLoading());

    QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 && !controller.isLoading(), 20000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ChartTarget>().site.id, sites.at(0).id);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::SignInRequired);
    // One chart, with what the other site has: not a first one built before its fetch ended.
    QCOMPARE(ready.count(), 1);
    const auto series = ready.first().at(0).value<QList<ChartSeries>>();
    QVERIFY(!series.isEmpty());
    for (const ChartSeries &s : series) {
        QCOMPARE(s.siteId, sites.at(1).id);
        QVERIFY(!s.isEmpty());
    }
    QTest::qWait(100);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(failed.count(), 1);
    // The document holds the same chart.
    QCOMPARE(document.series().size(), series.size());
    QVERIFY(document.isComplete());
    QVERIFY(!document.isLoading());
}

void TestChartController::seriesWithoutUnitOrCommodityTakeThemFromTheirMeter()
{
    emulator::EmulatorOptions options;
    options.now = kNow;
    options.siteCount = 1;
    options.quiet = true;
    emulator::EmulatorServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RefusingFirstTokenSource tokens(server.demoPat());
    ApiClient client(server.servedProfile().withOrigin(server.origin()));
    client.setTokenSource(&tokens);
    QList<Site> sites;
    client.fetchSites(this, [&](const QList<Site> &all, const ApiError &) { sites = all; });
    QTRY_COMPARE_WITH_TIMEOUT(sites.size(), 1, 10000);
    QList<Meter> meters;
    client.fetchMeters(sites.front().id, this,
                       [&](const QList<Meter> &all, const ApiError &) { meters = all; });
    QTRY_VERIFY_WITH_TIMEOUT(!meters.isEmpty(), 10000);

    // Each meter (electricity, gas, water, …) alone, and the site's active energy beside the first meter,
    // by day over a week.
    QList<QList<ChartTarget>> targets;
    for (const Meter &meter : std::as_const(meters))
        targets.append({ChartTarget{sites.front(), meter}});
    targets.append({ChartTarget{sites.front(), Meter()}, ChartTarget{sites.front(), meters.front()}});
    const qint64 to = kNow.addDays(-1).toMSecsSinceEpoch();
    const qint64 from = kNow.addDays(-8).toMSecsSinceEpoch();
    SeriesRepository repository(&client, nullptr);
    auto chart = [&](const QList<ChartTarget> &chartTargets) {
        ChartDocument document;
        ChartController controller(&document);
        controller.setRepository(&repository);
        QSignalSpy ready(&controller, &ChartController::ready);
        controller.load(chartTargets, TimeRange::custom(from, to), Granularity::Day);
        if (!ready.wait(10000))
            return QList<ChartSeries>();
        return ready.first().at(0).value<QList<ChartSeries>>();
    };
    QList<QList<ChartSeries>> expected;
    for (const QList<ChartTarget> &chartTargets : std::as_const(targets))
        expected.append(chart(chartTargets));

    // The same server, its series now saying neither unit nor commodity: the same charts.
    emulator::ResponseVariants bare;
    bare.bareSeries = true;
    server.setVariants(bare);
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const QList<ChartSeries> got = chart(targets[t]);
        QCOMPARE(got.size(), expected[t].size());
        QVERIFY(!got.isEmpty());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY2(!got[i].unit.isEmpty(), qPrintable(got[i].title));
            QCOMPARE(got[i].unit, expected[t][i].unit);
            QCOMPARE(got[i].commodity, expected[t][i].commodity);
            QCOMPARE(got[i].summable, expected[t][i].summable); // kWh and m3 summed, kW averaged
            QCOMPARE(got[i].values, expected[t][i].values);
        }
    }
}

void TestChartController::aCounterResetIsFlaggedInTheDayAndTheTotals()
{
    // The demo's Bengaluru main meter (Asia/Kolkata) has one counter reset, on 12 October 2025.
    emulator::EmulatorOptions options;
    options.now = QDateTime(QDate(2025, 11, 15), QTime(10, 0), QTimeZone::utc());
    options.quiet = true;
    emulator::EmulatorServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RefusingFirstTokenSource tokens(server.demoPat());
    ApiClient client(server.servedProfile().withOrigin(server.origin()));
    client.setTokenSource(&tokens);
    QList<Site> sites;
    client.fetchSites(this, [&](const QList<Site> &all, const ApiError &) { sites = all; });
    QTRY_VERIFY_WITH_TIMEOUT(sites.size() > 3, 10000);
    const Site site = sites.at(3);
    QCOMPARE(site.timeZoneId, QStringLiteral("Asia/Kolkata"));
    QList<Meter> meters;
    client.fetchMeters(site.id, this, [&](const QList<Meter> &all, const ApiError &) { meters = all; });
    QTRY_VERIFY_WITH_TIMEOUT(!meters.isEmpty(), 10000);

    const QTimeZone kolkata("Asia/Kolkata");
    const qint64 from = QDateTime(QDate(2025, 10, 1), QTime(0, 0), kolkata).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2025, 11, 1), QTime(0, 0), kolkata).toMSecsSinceEpoch();
    ChartDocument document;
    SeriesRepository repository(&client, nullptr);
    ChartController controller(&document);
    controller.setRepository(&repository);
    QSignalSpy ready(&controller, &ChartController::ready);
    controller.load({ChartTarget{site, meters.front()}}, TimeRange::custom(from, to), Granularity::Day);
    QVERIFY(ready.wait(15000));
    const QList<ChartSeries> series = document.series();
    QVERIFY(!series.isEmpty());
    const ChartSeries &energy = series.front();
    QCOMPARE(energy.unit, QStringLiteral("kWh"));
    QCOMPARE(energy.size(), 31);
    const qint64 resetDay = QDateTime(QDate(2025, 10, 12), QTime(0, 0), kolkata).toMSecsSinceEpoch();
    for (size_t i = 0; i < energy.utcMs.size(); ++i)
        QCOMPARE(energy.negativesAt(i), energy.utcMs[i] == resetDay ? 1 : 0);
    QVERIFY(energy.values[size_t(11)] < 0); // kept in the day's value, not "fixed"
    SeriesTotalsModel totals;
    totals.setSeries(series);
    QCOMPARE(totals.index(0, SeriesTotalsModel::FlagsColumn).data().toString(),
             QStringLiteral("1 negative interval"));
}

QTEST_MAIN(TestChartController)
#include "tst_chartcontroller.moc"
