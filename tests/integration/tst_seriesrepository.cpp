// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/retrybudget.h"
#include "api/statictokensource.h"
#include "emulator/emulatorserver.h"
#include "emulator/faultspec.h"
#include "recordingrelay.h"
#include "store/seriescache.h"
#include "store/seriesrepository.h"
#include "support/apiclienttestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace meterscope;
using namespace meterscope::testing;
using emulator::EmulatorServer;
using emulator::FaultSpec;

// The series repository against the emulator, through a relay that records every request with its
// query: what a warm cache saves, what a partial one still asks for, what goes stale, what is served
// when the server fails, and a damaged or locked cache file. Every figure is compared with a fetch
// straight from the API.
class TestSeriesRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aWarmCacheAsksNothingAndGivesTheSameNumbers();
    void aLongerRangeFetchesOnlyWhatIsMissing();
    void recentDataIsFetchedAgainOnceStale();
    void whenTheServerIsDownTheCacheAnswersWithItsStamp();
    void failingChunksLeaveNamedGapsAndAreFetchedLater();
    void aDamagedCacheIsRebuiltAndTheNumbersStayRight();
    void aFileThatIsNoDatabaseIsReplaced();
    void aLockedCacheIsBypassedWithOneMessage();
    void aRepositoryDeletedMidFetchCallsNothing();

private:
    struct Answers
    {
        QList<SeriesFetchResult> all;
        [[nodiscard]] const SeriesFetchResult &last() const { return all.back(); }
    };
    // Every answer of one fetch through `repository`, until the complete one.
    Answers fetch(SeriesRepository &repository, const QDateTime &from, const QDateTime &to,
                  CacheMode mode = CacheMode::Normal);
    // The same range straight from the API, without any cache.
    QList<Series> direct(const QDateTime &from, const QDateTime &to);
    // The spans of the series requests the relay saw since `first`.
    QList<TimeSpan> requestedSpans(qsizetype first = 0) const;
    static void compareSeries(const QList<Series> &got, const QList<Series> &expected);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<RecordingRelay> m_relay;
    std::unique_ptr<StaticTokenSource> m_pat;
    std::unique_ptr<RetryBudget> m_budget;
    std::unique_ptr<ApiClient> m_client; // through the relay
    std::unique_ptr<QTemporaryDir> m_dir;
    SeriesQuery m_query;
    qint64 m_now = 0; // the repository's clock
};

void TestSeriesRepository::init()
{
    m_server = std::make_unique<EmulatorServer>(emulatorOptions(2));
    QVERIFY(m_server->start());
    m_pat = std::make_unique<StaticTokenSource>(m_server->demoPat());
    m_budget = std::make_unique<RetryBudget>();
    auto lookup = testClient(m_server->servedProfile(), m_pat.get(), m_budget.get());
    Outcome<QList<Site>> sites;
    lookup->fetchSites(this, sites.handler());
    QTRY_COMPARE(sites.calls, 1);
    QVERIFY(!sites.error && !sites.value.isEmpty());
    Outcome<QList<Meter>> meters;
    lookup->fetchMeters(sites.value.first().id, this, meters.handler());
    QTRY_COMPARE(meters.calls, 1);
    QVERIFY(!meters.error && !meters.value.isEmpty());
    m_query = SeriesQuery();
    m_query.source = SeriesQuery::Source::MeterMeasurements;
    m_query.siteId = meters.value.first().siteId;
    m_query.meterId = meters.value.first().id;
    m_query.interval = ApiInterval::FifteenMinutes;

    m_relay = std::make_unique<RecordingRelay>(m_server->port());
    QVERIFY(m_relay->start());
    QUrl origin;
    origin.setScheme(QStringLiteral("http"));
    origin.setHost(QStringLiteral("127.0.0.1"));
    origin.setPort(m_relay->serverPort());
    m_client = testClient(m_server->servedProfile().withOrigin(origin), m_pat.get(), m_budget.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = fixedNow().toMSecsSinceEpoch();
}

void TestSeriesRepository::cleanup()
{
    m_client.reset();
    m_relay.reset();
    m_server.reset();
    m_dir.reset();
}

TestSeriesRepository::Answers TestSeriesRepository::fetch(SeriesRepository &repository, const QDateTime &from,
                                                          const QDateTime &to, CacheMode mode)
{
    repository.setClock([this] { return m_now; });
    SeriesQuery query = m_query;
    query.from = from;
    query.to = to;
    Answers answers;
    repository.fetchSeries(query, mode, this,
                           [&answers](const SeriesFetchResult &result) { answers.all.append(result); });
    if (!QTest::qWaitFor([&] { return !answers.all.isEmpty() && answers.all.back().complete; }, 30000))
        answers.all.append(
            SeriesFetchResult{{},
                              std::nullopt,
                              true,
                              false,
                              {},
                              ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer"))});
    return answers;
}

QList<Series> TestSeriesRepository::direct(const QDateTime &from, const QDateTime &to)
{
    auto client = testClient(m_server->servedProfile(), m_pat.get(), m_budget.get());
    SeriesQuery query = m_query;
    query.from = from;
    query.to = to;
    Outcome<QList<Series>> outcome;
    client->fetchSeries(query, this, outcome.handler());
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return outcome.calls > 0; }, 30000);
    return outcome.value;
}

QList<TimeSpan> TestSeriesRepository::requestedSpans(qsizetype first) const
{
    const ApiProfile profile = m_server->servedProfile();
    const QString start = profile.parameterName(ApiProfile::Parameter::StartDate);
    const QString end = profile.parameterName(ApiProfile::Parameter::EndDate);
    QList<TimeSpan> spans;
    const auto exchanges = m_relay->exchanges();
    for (qsizetype i = first; i < exchanges.size(); ++i) {
        const QUrlQuery query(QUrl::fromEncoded(exchanges.at(i).target).query());
        spans.append({QDateTime::fromString(query.queryItemValue(start, QUrl::FullyDecoded), Qt::ISODate)
                          .toMSecsSinceEpoch(),
                      QDateTime::fromString(query.queryItemValue(end, QUrl::FullyDecoded), Qt::ISODate)
                          .toMSecsSinceEpoch()});
    }
    return spans;
}

void TestSeriesRepository::compareSeries(const QList<Series> &got, const QList<Series> &expected)
{
    QCOMPARE(got.size(), expected.size());
    for (const Series &series : got) {
        const auto match = std::find_if(expected.begin(), expected.end(),
                                        [&](const Series &s) { return s.key == series.key; });
        QVERIFY(match != expected.end());
        QCOMPARE(series.unit, match->unit);
        QCOMPARE(series.utcMs.size(), match->utcMs.size());
        QVERIFY(series.utcMs == match->utcMs);
        QVERIFY(series.values == match->values); // bit for bit
    }
}

void TestSeriesRepository::aWarmCacheAsksNothingAndGivesTheSameNumbers()
{
    SeriesCache cache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    SeriesRepository repository(m_client.get(), &cache);
    const QDateTime to = fixedNow().addDays(-10);
    const QDateTime from = to.addDays(-365);
    const QList<Series> expected = direct(from, to);
    QVERIFY(!expected.isEmpty());

    const Answers cold = fetch(repository, from, to);
    QVERIFY2(!cold.last().error, qPrintable(cold.last().error.details()));
    compareSeries(cold.last().series, expected);
    QCOMPARE(cold.last().asOfUtcMs, std::optional<qint64>(m_now)); // fetched just now
    const qsizetype requests = m_relay->exchanges().size();
    QVERIFY(requests >= 12); // a year in chunks
    // The first chunk to arrive was shown before the rest: the most recent one.
    QVERIFY(cold.all.size() >= 2);
    QVERIFY(!cold.all.front().complete);
    QVERIFY(!cold.all.front().series.isEmpty());
    QVERIFY(cold.all.front().series.front().utcMs.back() >= to.addDays(-2).toMSecsSinceEpoch());

    // An hour later, in a new repository on the same file: nothing is asked, the numbers are the same.
    m_now += 3600 * 1000;
    SeriesRepository again(m_client.get(), &cache);
    const Answers warm = fetch(again, from, to);
    QCOMPARE(m_relay->exchanges().size(), requests);
    QCOMPARE(warm.all.size(), 1);
    QVERIFY(!warm.last().error && !warm.last().servedFromCache);
    compareSeries(warm.last().series, expected);
    // Data that had settled when it was fetched is as current as it gets.
    QCOMPARE(warm.last().asOfUtcMs, std::optional<qint64>(m_now));

    // --refresh asks for everything again; --no-cache too, and keeps nothing.
    const Answers refreshed = fetch(again, from, to, CacheMode::Refresh);
    QVERIFY(!refreshed.last().error);
    QCOMPARE(m_relay->exchanges().size(), 2 * requests);
    compareSeries(refreshed.last().series, expected);
    const Answers bypassed = fetch(again, from, to, CacheMode::Bypass);
    QCOMPARE(m_relay->exchanges().size(), 3 * requests);
    compareSeries(bypassed.last().series, expected);
}

void TestSeriesRepository::aLongerRangeFetchesOnlyWhatIsMissing()
{
    SeriesCache cache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    SeriesRepository repository(m_client.get(), &cache);
    const QDateTime to = fixedNow().addDays(-10);
    const QDateTime recentFrom = to.addDays(-60);
    const QDateTime from = to.addDays(-200);
    QVERIFY(!fetch(repository, recentFrom, to).last().error);
    const qsizetype before = m_relay->exchanges().size();

    const Answers longer = fetch(repository, from, to);
    QVERIFY(!longer.last().error);
    compareSeries(longer.last().series, direct(from, to));
    // Only [from, recentFrom) went to the API; what the cache held was drawn first.
    const QList<TimeSpan> asked = requestedSpans(before);
    QVERIFY(!asked.isEmpty());
    for (const TimeSpan &span : asked) {
        QVERIFY(span.fromUtcMs >= from.toMSecsSinceEpoch());
        QVERIFY(span.toUtcMs <= recentFrom.toMSecsSinceEpoch());
    }
    QVERIFY(!longer.all.front().complete);
    QVERIFY(!longer.all.front().series.isEmpty());
}

void TestSeriesRepository::recentDataIsFetchedAgainOnceStale()
{
    SeriesCache cache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    SeriesRepository repository(m_client.get(), &cache);
    const QDateTime to = fixedNow();
    const QDateTime from = to.addDays(-30);
    QVERIFY(!fetch(repository, from, to).last().error);
    qsizetype before = m_relay->exchanges().size();

    // Ten minutes later everything is still fresh.
    m_now += 10 * 60 * 1000;
    QVERIFY(!fetch(repository, from, to).last().error);
    QCOMPARE(m_relay->exchanges().size(), before);

    // Twenty minutes later the last three days (they may still change) are asked again, and only they.
    m_now += 10 * 60 * 1000;
    const Answers stale = fetch(repository, from, to);
    QVERIFY(!stale.last().error);
    const QList<TimeSpan> asked = requestedSpans(before);
    QCOMPARE(asked.size(), 1);
    const qint64 settledUntil = fixedNow().toMSecsSinceEpoch() - repository.freshnessPolicy().settleMs;
    QCOMPARE(asked.front().fromUtcMs, settledUntil);
    QCOMPARE(asked.front().toUtcMs, to.toMSecsSinceEpoch());
    compareSeries(stale.last().series, direct(from, to));
    // The stale part was left out of the early answer, not shown as if current.
    QVERIFY(!stale.all.front().complete);
    for (const Series &s : stale.all.front().series)
        QVERIFY(s.utcMs.empty() || s.utcMs.back() < settledUntil);
}

void TestSeriesRepository::whenTheServerIsDownTheCacheAnswersWithItsStamp()
{
    SeriesCache cache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    SeriesRepository repository(m_client.get(), &cache);
    const QDateTime to = fixedNow();
    const QDateTime from = to.addDays(-40);
    const qint64 fetchedAt = m_now;
    const QList<Series> expected = fetch(repository, from, to).last().series;
    QVERIFY(!expected.isEmpty());

    m_relay.reset();           // nothing listens any more
    m_now += 24 * 3600 * 1000; // a day later: the last days are stale, the server is asked and fails
    const Answers offline = fetch(repository, from, to);
    QCOMPARE(offline.last().error.kind, ApiError::Kind::Offline);
    QVERIFY(offline.last().servedFromCache);
    QVERIFY(offline.last().missing.isEmpty());
    compareSeries(offline.last().series, expected);
    QCOMPARE(offline.last().asOfUtcMs, std::optional<qint64>(fetchedAt)); // when the recent data was fetched

    // A range the cache holds only in part: what it has, and the missing span named.
    const Answers partly = fetch(repository, from.addDays(-10), to);
    QVERIFY(partly.last().servedFromCache);
    QCOMPARE(partly.last().missing.size(), 1);
    QCOMPARE(partly.last().missing.front(),
             (TimeSpan{from.addDays(-10).toMSecsSinceEpoch(), from.toMSecsSinceEpoch()}));

    // The server's answer only: its failure, no cached figures.
    const Answers refresh = fetch(repository, from, to, CacheMode::Refresh);
    QCOMPARE(refresh.last().error.kind, ApiError::Kind::Offline);
    QVERIFY(!refresh.last().servedFromCache);
    QVERIFY(refresh.last().series.isEmpty());
}

void TestSeriesRepository::failingChunksLeaveNamedGapsAndAreFetchedLater()
{
    SeriesCache cache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    SeriesRepository repository(m_client.get(), &cache);
    const QDateTime to = fixedNow().addDays(-10);
    const QDateTime from = to.addDays(-365);
    FaultSpec fault;
    fault.pathPattern = QStringLiteral("/measurements");
    fault.fraction = 0.4;
    fault.count = -1;
    fault.status = 503;
    m_server->addFault(fault);
    const Answers faulty = fetch(repository, from, to);
    QCOMPARE(faulty.last().error.kind, ApiError::Kind::ServerError);
    QVERIFY(faulty.last().servedFromCache);
    QVERIFY(!faulty.last().missing.isEmpty());
    // No point inside a missing span; every point outside is the server's.
    for (const Series &s : faulty.last().series) {
        for (const qint64 t : s.utcMs) {
            for (const TimeSpan &gap : faulty.last().missing)
                QVERIFY(t < gap.fromUtcMs || t >= gap.toUtcMs);
        }
    }
    m_server->clearFaults();
    const qsizetype before = m_relay->exchanges().size();
    const Answers healed = fetch(repository, from, to);
    QVERIFY(!healed.last().error);
    compareSeries(healed.last().series, direct(from, to));
    for (const TimeSpan &span : requestedSpans(before)) {
        const bool insideAGap =
            std::any_of(faulty.last().missing.begin(), faulty.last().missing.end(), [&](const TimeSpan &gap) {
                return span.fromUtcMs >= gap.fromUtcMs && span.toUtcMs <= gap.toUtcMs;
            });
        QVERIFY(insideAGap); // only the gaps were asked again
    }
}

void TestSeriesRepository::aDamagedCacheIsRebuiltAndTheNumbersStayRight()
{
    const QString path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    const QDateTime to = fixedNow().addDays(-10);
    const QDateTime from = to.addDays(-365);
    {
        SeriesCache cache(path);
        SeriesRepository repository(m_client.get(), &cache);
        QVERIFY(!fetch(repository, from, to).last().error);
    }
    // Scribble over the middle of the file, past its header: the pages holding the chunks.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 64 * 1024);
    file.seek(file.size() / 3);
    file.write(QByteArray(file.size() / 3, '\xA5'));
    file.close();

    SeriesCache cache(path);
    SeriesRepository repository(m_client.get(), &cache);
    QSignalSpy problems(&repository, &SeriesRepository::cacheProblem);
    const Answers answers = fetch(repository, from, to);
    QVERIFY(!answers.last().error);
    compareSeries(answers.last().series, direct(from, to));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().contains(QStringLiteral("rebuilt")));
    QVERIFY(cache.isOpen());
    // The rebuilt cache works: the next fetch asks nothing.
    const qsizetype before = m_relay->exchanges().size();
    compareSeries(fetch(repository, from, to).last().series, answers.last().series);
    QCOMPARE(m_relay->exchanges().size(), before);
}

void TestSeriesRepository::aFileThatIsNoDatabaseIsReplaced()
{
    const QString path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    SeriesCache cache(path);
    QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
    SeriesRepository repository(m_client.get(), &cache);
    const QDateTime to = fixedNow().addDays(-10);
    const Answers answers = fetch(repository, to.addDays(-20), to);
    QVERIFY(!answers.last().error);
    compareSeries(answers.last().series, direct(to.addDays(-20), to));
}

void TestSeriesRepository::aLockedCacheIsBypassedWithOneMessage()
{
    const QString path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    SeriesCache cache(path);
    QVERIFY(cache.isOpen());
    // Another process holds the write lock for the whole fetch.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        SeriesRepository repository(m_client.get(), &cache);
        QSignalSpy problems(&repository, &SeriesRepository::cacheProblem);
        const QDateTime to = fixedNow().addDays(-10);
        const QDateTime from = to.addDays(-90);
        const Answers answers = fetch(repository, from, to);
        QVERIFY(!answers.last().error);
        compareSeries(answers.last().series, direct(from, to));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().first().toString().contains(QStringLiteral("locked")),
                 qPrintable(problems.first().first().toString()));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestSeriesRepository::aRepositoryDeletedMidFetchCallsNothing()
{
    // Sign-out deletes the repository while answers are on their way to it.
    SeriesCache cache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    auto repository = std::make_unique<SeriesRepository>(m_client.get(), &cache);
    m_server->setLatencyMs(100);
    int answers = 0;
    SeriesQuery query = m_query;
    query.to = fixedNow().addDays(-10);
    query.from = query.to.addDays(-120);
    repository->fetchSeries(query, CacheMode::Normal, this,
                            [&answers](const SeriesFetchResult &) { ++answers; });
    QTRY_VERIFY(!m_relay->exchanges().isEmpty()); // requests are out
    repository.reset();
    QTest::qWait(600); // their answers arrive, for nobody
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(TestSeriesRepository)
#include "tst_seriesrepository.moc"
