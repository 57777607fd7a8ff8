// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "emulator/emulatorserver.h"
#include "models/chartcomparison.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/seriestotalsmodel.h"
#include "store/seriesrepository.h"
#include "timeseries/coveragetext.h"
#include "timeseries/zonedcalendar.h"

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

// The emulator's portfolio of `siteCount` sites at kNow, quiet.
emulator::EmulatorOptions emulatorOptions(int siteCount)
{
    emulator::EmulatorOptions options;
    options.now = kNow;
    options.siteCount = siteCount;
    options.quiet = true;
    return options;
}

// The emulator on 127.0.0.1 and a client of it holding the demo token.
struct Emulated
{
    explicit Emulated(const emulator::EmulatorOptions &options) : server(options) {}

    // Starts both; the sites the emulator serves (none when it could not start).
    QList<Site> start(QObject *context)
    {
        QString error;
        if (!server.start(&error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        tokens = std::make_unique<RefusingFirstTokenSource>(server.demoPat());
        client = std::make_unique<ApiClient>(server.servedProfile().withOrigin(server.origin()));
        client->setTokenSource(tokens.get());
        QList<Site> sites;
        bool done = false;
        client->fetchSites(context, [&](const QList<Site> &all, const ApiError &) {
            sites = all;
            done = true;
        });
        return QTest::qWaitFor([&done] { return done; }, 10000) ? sites : QList<Site>();
    }

    emulator::EmulatorServer server;
    std::unique_ptr<RefusingFirstTokenSource> tokens;
    std::unique_ptr<ApiClient> client;
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
    void thisMonthAgainstTheSameMonthLastYear();
    void aFailureThatMayPassIsTriedAgainOnceByItself();
};

void TestChartController::aFetchRefusedAtOnceStillChartsTheOthersOnce()
{
    emulator::EmulatorServer server(emulatorOptions(2));
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
    // The load ended in failure, said once for the whole chart: the session, not a retry, helps.
    const ChartLoadStatus status = document.loadStatus();
    QCOMPARE(status.state, ChartLoadStatus::State::Failed);
    QVERIFY(status.sessionEnded);
    QVERIFY(!status.canRetry);
    QCOMPARE(status.retryAtUtcMs, 0);
    QVERIFY2(status.reason.startsWith(sites.at(0).name), qPrintable(status.reason));
}

void TestChartController::aFailureThatMayPassIsTriedAgainOnceByItself()
{
    Emulated emulated(emulatorOptions(1));
    const QList<Site> sites = emulated.start(this);
    QCOMPARE(sites.size(), 1);
    RequestPolicy policy = emulated.client->policy();
    policy.maxAttempts = 1; // every 503 fails the fetch
    emulated.client->setPolicy(policy);
    emulator::FaultSpec unavailable;
    unavailable.status = 503;
    unavailable.pathPattern = QStringLiteral("/active-energy");
    unavailable.count = 2;
    emulated.server.addFault(unavailable);

    ChartDocument document;
    SeriesRepository repository(emulated.client.get(), nullptr);
    ChartController controller(&document);
    controller.setRepository(&repository);
    controller.setAutomaticRetryDelayMs(300);
    QSignalSpy ready(&controller, &ChartController::ready);
    QList<ChartLoadStatus> states;
    connect(&document, &ChartDocument::loadStatusChanged, this,
            [&] { states.append(document.loadStatus()); });
    const qint64 to = kNow.addDays(-1).toMSecsSinceEpoch();
    const qint64 from = kNow.addDays(-8).toMSecsSinceEpoch();
    controller.load({ChartTarget{sites.at(0), Meter()}}, TimeRange::custom(from, to), Granularity::Day);
    QCOMPARE(document.loadStatus().state, ChartLoadStatus::State::Loading);

    // The first failure says when it is tried again, and is.
    QTRY_COMPARE_WITH_TIMEOUT(document.loadStatus().state, ChartLoadStatus::State::Failed, 10000);
    QVERIFY(document.loadStatus().canRetry);
    QVERIFY(document.loadStatus().retryAtUtcMs > 0);
    QVERIFY2(document.loadStatus().reason.contains(QStringLiteral("unavailable")),
             qPrintable(document.loadStatus().reason));
    QVERIFY(!document.loadStatus().details.isEmpty());
    const int failuresBefore =
        int(std::count_if(states.cbegin(), states.cend(), [](const ChartLoadStatus &s) {
            return s.state == ChartLoadStatus::State::Failed;
        }));
    QCOMPARE(failuresBefore, 1);
    // The automatic retry fails too: the second failure waits for the user.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(states.cbegin(), states.cend(),
                                           [](const ChartLoadStatus &s) {
                                               return s.state == ChartLoadStatus::State::Failed;
                                           }) == 2,
                             10000);
    QCOMPARE(document.loadStatus().retryAtUtcMs, 0);
    QTest::qWait(600);
    QCOMPARE(document.loadStatus().state, ChartLoadStatus::State::Failed);

    // Retry: the fault has passed; the chart loads and the failure is gone.
    const int readyBefore = int(ready.count());
    controller.retry();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore && !controller.isLoading(), 10000);
    QCOMPARE(document.loadStatus().state, ChartLoadStatus::State::Idle);
    QVERIFY(!document.series().isEmpty());
}

void TestChartController::seriesWithoutUnitOrCommodityTakeThemFromTheirMeter()
{
    Emulated emulated(emulatorOptions(1));
    const QList<Site> sites = emulated.start(this);
    QCOMPARE(sites.size(), 1);
    emulator::EmulatorServer &server = emulated.server;
    ApiClient &client = *emulated.client;
    QList<Meter> meters;
    client.fetchMeters(sites.front().id, this,
                       [&](const QList<Meter> &all, const ApiError &) { meters = all; });
    QTRY_VERIFY_WITH_TIMEOUT(!meters.isEmpty(), 10000);

    // Each meter (electricity, gas, water, …) alone, the site's active energy beside the first meter, and
    // the site alone (its active energy and its other utilities, each series naming its meter), by day
    // over a week.
    QList<QList<ChartTarget>> targets;
    for (const Meter &meter : std::as_const(meters))
        targets.append({ChartTarget{sites.front(), meter}});
    targets.append({ChartTarget{sites.front(), Meter()}, ChartTarget{sites.front(), meters.front()}});
    targets.append({ChartTarget{sites.front(), Meter()}});
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
    QVERIFY(std::any_of(expected.back().cbegin(), expected.back().cend(), [](const ChartSeries &s) {
        return s.commodity != Commodity::Electricity && !s.meterId.isEmpty();
    })); // the site alone charts other utilities

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
    Emulated emulated(options);
    const QList<Site> sites = emulated.start(this);
    QVERIFY(sites.size() > 3);
    ApiClient &client = *emulated.client;
    const Site &site = sites.at(3);
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
    const QString flags = totals.index(0, SeriesTotalsModel::FlagsColumn).data().toString();
    QVERIFY2(flags.startsWith(QStringLiteral("1 negative interval")), qPrintable(flags));
}

void TestChartController::thisMonthAgainstTheSameMonthLastYear()
{
    Emulated emulated(emulatorOptions(1)); // at 18 June 2025, 10:00 UTC
    const QList<Site> sites = emulated.start(this);
    QCOMPARE(sites.size(), 1);
    ApiClient &client = *emulated.client;
    const Site &site = sites.front();
    const ZonedCalendar calendar = ZonedCalendar::forZoneId(site.timeZoneId.toUtf8());
    SeriesRepository repository(&client, nullptr);
    auto chart = [&](const TimeRange &range, Granularity granularity, PeriodComparison::Mode mode) {
        ChartDocument document;
        ChartController controller(&document);
        controller.setRepository(&repository);
        QSignalSpy ready(&controller, &ChartController::ready);
        controller.load({ChartTarget{site, Meter()}}, range, granularity, mode);
        if (!ready.wait(20000))
            return QList<ChartSeries>();
        return document.series();
    };

    // The site alone, this month by day, against the same month last year: each series (electricity,
    // the other utilities) followed by its comparison, June 2024 on June 2025's days.
    const TimeRange june2025 =
        TimeRange::fromPreset(TimeRange::Preset::ThisMonth, kNow.toMSecsSinceEpoch(), calendar);
    const QList<ChartSeries> charted =
        chart(june2025, Granularity::Day, PeriodComparison::Mode::SamePeriodLastYear);
    QVERIFY(charted.size() >= 2);
    QCOMPARE(charted.size() % 2, 0);
    // June 2024, charted directly.
    const TimeRange june2024 = TimeRange::custom(calendar.startOfLocalDate(QDate(2024, 6, 1)),
                                                 calendar.startOfLocalDate(QDate(2024, 7, 1)));
    const QList<ChartSeries> direct = chart(june2024, Granularity::Day, PeriodComparison::Mode::None);
    QCOMPARE(direct.size(), charted.size() / 2);
    SeriesTotalsModel totals;
    totals.setSeries(charted);
    for (qsizetype i = 0; i < charted.size(); i += 2) {
        const ChartSeries &current = charted[i];
        const ChartSeries &compared = charted[i + 1];
        QVERIFY(!current.isComparison());
        QCOMPARE(compared.comparisonOf, current.key);
        QCOMPARE(compared.comparedLabel, QStringLiteral("Jun 2024"));
        QCOMPARE(compared.title, current.title + QStringLiteral(" (Jun 2024)"));
        QCOMPARE(compared.comparedFromUtcMs, june2024.fromUtcMs());
        QCOMPARE(compared.comparedToUtcMs, june2024.toUtcMs());
        // 30 days, each on its date of June 2025, with the values of charting June 2024 directly.
        const ChartSeries &lastYear = direct[i / 2];
        QCOMPARE(lastYear.key, current.key);
        QCOMPARE(compared.size(), 30);
        QCOMPARE(compared.values, lastYear.values);
        QCOMPARE(compared.coverage, lastYear.coverage);
        QCOMPARE(compared.comparedUtcMs, lastYear.utcMs);
        for (size_t d = 0; d < 30; ++d)
            QCOMPARE(compared.utcMs[d], calendar.startOfLocalDate(QDate(2025, 6, int(d) + 1)));
        QCOMPARE(compared.statistics.sum, lastYear.statistics.sum);
        QCOMPARE(compared.statistics.coveragePercent(), lastYear.statistics.coveragePercent());

        // June 2025 has data up to 18 June, 10:00 UTC: Δ compares it with June 2024 up to the same
        // point (the same local date and time), not with the whole month.
        QVERIFY(current.size() < 30);
        QCOMPARE(compared.matchedToUtcMs, kNow.addYears(-1).toMSecsSinceEpoch());
        const QList<ChartSeries> sameSpan =
            chart(TimeRange::custom(june2024.fromUtcMs(), compared.matchedToUtcMs),
                  Granularity::FifteenMinutes, PeriodComparison::Mode::None);
        QCOMPARE(sameSpan.size(), direct.size());
        const SeriesStatistics &before = sameSpan[i / 2].statistics;
        const auto delta = ChartComparison::ofTotals(current, compared);
        QVERIFY(delta);
        QCOMPARE(delta->compared, before.total());
        QCOMPARE(delta->current, current.statistics.total());
        QCOMPARE(delta->delta, current.statistics.total() - before.total());
        QVERIFY(delta->percent);
        QVERIFY(qFuzzyCompare(*delta->percent, delta->delta / std::abs(before.total()) * 100));
        // The totals show it (saying how complete the compared span is), not on the comparison's row.
        QCOMPARE(compared.matchedStatistics.coveragePercent(), before.coveragePercent());
        QString shown = ChartComparison::percentText(*delta->percent);
        if (before.coveragePercent() < 100)
            shown += QStringLiteral(" (compared: %1 % coverage)")
                         .arg(coveragePercentText(before.coveragePercent()));
        QCOMPARE(totals.index(int(i), SeriesTotalsModel::DeltaPercentColumn).data().toString(), shown);
        QCOMPARE(totals.index(int(i + 1), SeriesTotalsModel::DeltaPercentColumn).data().toString(),
                 QString());
    }
}

QTEST_MAIN(TestChartController)
#include "tst_chartcontroller.moc"
