// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/retrybudget.h"
#include "api/statictokensource.h"
#include "emulator/emulatorserver.h"
#include "emulator/faultspec.h"
#include "recordingrelay.h"
#include "support/apiclienttestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace meterscope;
using namespace meterscope::testing;
using emulator::EmulatorServer;
using emulator::FaultSpec;

// A long series fetch under latency and 429 answers: the most recent chunk goes first, every point
// arrives under the emulator's rate limit, and after a 429 fewer chunks run at once for a while. A
// relay between client and emulator sees what crossed the wire, queries included.
class TestApiClientThrottling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rateLimitedYearArrivesWithEveryPoint();
    void chunksInFlightHalveAfterA429AndGrowBack();
    void theMostRecentChunkIsFetchedFirst();
    void parallelChunksStartWithTheMostRecent();

private:
    // A client whose requests cross the relay.
    std::unique_ptr<ApiClient> relayedClient(int maxConcurrentRequests);
    Outcome<QList<Series>> fetch(ApiClient *client, int *throttles = nullptr);
    // The chunks the relay saw: the start of each series request's period, in the order they passed.
    [[nodiscard]] QList<QDateTime> chunkStarts() const;

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<RecordingRelay> m_relay;
    std::unique_ptr<StaticTokenSource> m_pat;
    std::unique_ptr<RetryBudget> m_budget;
    SeriesQuery m_query;
};

namespace {

// Patient enough for several 429s with Retry-After: 1 in a row.
RequestPolicy throttlingPolicy(int maxConcurrentRequests)
{
    RequestPolicy policy = fastPolicy();
    policy.maxConcurrentRequests = maxConcurrentRequests;
    policy.maxAttempts = 8;
    policy.totalDeadlineMs = 10000;
    return policy;
}

constexpr int kChunkCount = 12; // 365 days in 31-day chunks

} // namespace

void TestApiClientThrottling::init()
{
    m_server = std::make_unique<EmulatorServer>(emulatorOptions(2));
    QVERIFY(m_server->start());
    m_pat = std::make_unique<StaticTokenSource>(m_server->demoPat());
    m_budget = std::make_unique<RetryBudget>();

    // The meter is looked up directly, so the relay sees only the series requests.
    auto direct = testClient(m_server->servedProfile(), m_pat.get(), m_budget.get());
    Outcome<QList<Site>> sites;
    direct->fetchSites(this, sites.handler());
    QTRY_COMPARE(sites.calls, 1);
    QVERIFY(!sites.error && !sites.value.isEmpty());
    Outcome<QList<Meter>> meters;
    direct->fetchMeters(sites.value.first().id, this, meters.handler());
    QTRY_COMPARE(meters.calls, 1);
    QVERIFY(!meters.error && !meters.value.isEmpty());
    const Meter &meter = meters.value.first();
    QVERIFY(!meter.measurements.isEmpty());

    m_query = SeriesQuery();
    m_query.source = SeriesQuery::Source::MeterMeasurements;
    m_query.siteId = meter.siteId;
    m_query.meterId = meter.id;
    m_query.measurements = {meter.measurements.first().id};
    m_query.to = fixedNow().addDays(-1);
    m_query.from = m_query.to.addDays(-365);
    m_query.interval = ApiInterval::FifteenMinutes;

    m_relay = std::make_unique<RecordingRelay>(m_server->port());
    QVERIFY(m_relay->start());
}

void TestApiClientThrottling::cleanup()
{
    m_relay.reset();
    m_server.reset();
}

std::unique_ptr<ApiClient> TestApiClientThrottling::relayedClient(int maxConcurrentRequests)
{
    QUrl origin;
    origin.setScheme(QStringLiteral("http"));
    origin.setHost(QStringLiteral("127.0.0.1"));
    origin.setPort(m_relay->serverPort());
    auto client = testClient(m_server->servedProfile().withOrigin(origin), m_pat.get(), m_budget.get());
    client->setPolicy(throttlingPolicy(maxConcurrentRequests));
    return client;
}

Outcome<QList<Series>> TestApiClientThrottling::fetch(ApiClient *client, int *throttles)
{
    Outcome<QList<Series>> outcome;
    ApiCall *call = client->fetchSeries(m_query, this, outcome.handler());
    QSignalSpy throttled(call, &ApiCall::throttled);
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 60000))
        outcome.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("fetchSeries did not finish"));
    if (throttles)
        *throttles = int(throttled.size());
    return outcome;
}

QList<QDateTime> TestApiClientThrottling::chunkStarts() const
{
    const QString startName = m_server->servedProfile().parameterName(ApiProfile::Parameter::StartDate);
    QList<QDateTime> starts;
    for (const RecordingRelay::Exchange &exchange : m_relay->exchanges()) {
        const QUrlQuery query(QUrl::fromEncoded(exchange.target).query());
        starts.append(
            QDateTime::fromString(query.queryItemValue(startName, QUrl::FullyDecoded), Qt::ISODate));
    }
    return starts;
}

void TestApiClientThrottling::rateLimitedYearArrivesWithEveryPoint()
{
    auto reference = testClient(m_server->servedProfile(), m_pat.get(), m_budget.get());
    reference->setPolicy(throttlingPolicy(4));
    const Outcome<QList<Series>> unlimited = fetch(reference.get());
    QVERIFY2(!unlimited.error, qPrintable(unlimited.error.details()));
    QCOMPARE(unlimited.value.size(), 1);
    QVERIFY(unlimited.value.first().size() > 300 * 96); // a year of quarter-hours, less some gaps

    m_server->setRateLimit(4, 4);
    m_server->setLatencyMs(20);
    auto client = relayedClient(4);
    int throttles = 0;
    const Outcome<QList<Series>> limited = fetch(client.get(), &throttles);
    QVERIFY2(!limited.error, qPrintable(limited.error.details()));
    QVERIFY(throttles > 0); // the server did push back
    QVERIFY(std::any_of(m_relay->exchanges().cbegin(), m_relay->exchanges().cend(),
                        [](const RecordingRelay::Exchange &exchange) { return exchange.status == 429; }));

    QCOMPARE(limited.value.size(), unlimited.value.size());
    const Series &got = limited.value.first();
    const Series &expected = unlimited.value.first();
    QCOMPARE(got.key, expected.key);
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got.utcMs == expected.utcMs); // sorted, nothing lost, nothing twice
    QVERIFY(got.values == expected.values);
}

void TestApiClientThrottling::chunksInFlightHalveAfterA429AndGrowBack()
{
    // The first request is answered 429 (Retry-After: 1), the others pass; every answer takes
    // kLatencyMs, so a chunk started after the 429 cannot end within kLatencyMs of it.
    constexpr int kLatencyMs = 200;
    FaultSpec fault;
    fault.kind = FaultSpec::Kind::Status;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    m_server->addFault(fault);
    m_server->setLatencyMs(kLatencyMs);
    auto client = relayedClient(4);
    int throttles = 0;
    const Outcome<QList<Series>> outcome = fetch(client.get(), &throttles);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(throttles, 1);

    // A chunk runs from its first request until its 200 passed the relay; its retry belongs to it.
    struct Chunk
    {
        qint64 startMs = -1;
        qint64 endMs = -1;
    };
    QMap<QDateTime, Chunk> chunks;
    const QList<QDateTime> starts = chunkStarts();
    qint64 throttledMs = -1;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const RecordingRelay::Exchange &exchange = m_relay->exchanges().at(i);
        Chunk &chunk = chunks[starts.at(i)];
        if (chunk.startMs < 0)
            chunk.startMs = exchange.sentMs;
        if (exchange.status == 200)
            chunk.endMs = exchange.answeredMs;
        if (exchange.status == 429)
            throttledMs = exchange.answeredMs;
    }
    QCOMPARE(chunks.size(), kChunkCount);
    QVERIFY(throttledMs >= 0);

    // How many chunks were in flight as each one started (itself included), before the 429, in the
    // latency that follows it, and later.
    auto inFlightAt = [&](qint64 ms) {
        return int(std::count_if(chunks.cbegin(), chunks.cend(), [ms](const Chunk &chunk) {
            return chunk.startMs <= ms && (chunk.endMs < 0 || chunk.endMs > ms);
        }));
    };
    int peakBefore = 0;
    int peakJustAfter = 0;
    int peakLater = 0;
    for (const Chunk &chunk : std::as_const(chunks)) {
        const int inFlight = inFlightAt(chunk.startMs);
        if (chunk.startMs < throttledMs)
            peakBefore = qMax(peakBefore, inFlight);
        else if (chunk.startMs < throttledMs + kLatencyMs * 3 / 4)
            peakJustAfter = qMax(peakJustAfter, inFlight);
        else
            peakLater = qMax(peakLater, inFlight);
    }
    QCOMPARE(peakBefore, 4);
    // Halved: at most the throttled chunk and one more (a slow build, such as the sanitizers', may
    // start none in that window).
    QVERIFY2(peakJustAfter <= 2, qPrintable(QString::number(peakJustAfter)));
    QCOMPARE(peakLater, 4); // grown back one chunk at a time
}

void TestApiClientThrottling::theMostRecentChunkIsFetchedFirst()
{
    m_server->setLatencyMs(20);
    auto client = relayedClient(1);
    const Outcome<QList<Series>> outcome = fetch(client.get());
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));

    const QList<QDateTime> starts = chunkStarts();
    QCOMPARE(starts.size(), kChunkCount);
    QVERIFY(starts.first() > m_query.to.addDays(-31)); // the last span of the period
    QVERIFY(starts.first() < m_query.to);
    QVERIFY(std::adjacent_find(starts.cbegin(), starts.cend(), std::less_equal<QDateTime>()) ==
            starts.cend());
    QVERIFY(starts.last() == m_query.from);
    // One at a time: the first answer to arrive is the most recent chunk's.
    QCOMPARE(m_relay->exchanges().first().status, 200);
    QVERIFY(m_relay->exchanges().first().answeredMs <= m_relay->exchanges().at(1).sentMs);
    // Merged in time order whatever order the chunks came in.
    const Series &series = outcome.value.first();
    QVERIFY(std::adjacent_find(series.utcMs.begin(), series.utcMs.end(), std::greater_equal<qint64>()) ==
            series.utcMs.end());
}

void TestApiClientThrottling::parallelChunksStartWithTheMostRecent()
{
    m_server->setLatencyMs(50);
    auto client = relayedClient(4);
    const Outcome<QList<Series>> outcome = fetch(client.get());
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));

    const QList<QDateTime> starts = chunkStarts();
    QCOMPARE(starts.size(), kChunkCount);
    QList<QDateTime> newestFirst = starts;
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<QDateTime>());
    // The first four on the wire are the four most recent chunks, in whatever order they raced.
    QList<QDateTime> firstFour = starts.mid(0, 4);
    std::sort(firstFour.begin(), firstFour.end(), std::greater<QDateTime>());
    QCOMPARE(firstFour, newestFirst.mid(0, 4));
}

QTEST_GUILESS_MAIN(TestApiClientThrottling)
#include "tst_apiclient_throttling.moc"
