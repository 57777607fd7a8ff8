// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/seriescache.h"
#include "support/seriesfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kDayMs = 96 * kQuarterMs;
constexpr qint64 kJan1 = 1704067200000; // 2024-01-01T00:00:00Z

Series quarterHours(qint64 from, qint64 to, double value, qint64 skip = -1)
{
    Series series = fixture::quarterHours(QStringLiteral("kWh"), from, to, value, skip, skip + 1);
    series.key = QStringLiteral("43b6-energy");
    series.siteId = QStringLiteral("site-1");
    series.meterId = QStringLiteral("meter-1");
    series.measurementId = QStringLiteral("61773");
    series.name = QStringLiteral("ActiveEnergy");
    series.commodity = Commodity::Electricity;
    return series;
}

FreshnessPolicy settledOnly(qint64 now)
{
    FreshnessPolicy policy;
    policy.nowUtcMs = now;
    return policy;
}
} // namespace

class TestSeriesCache : public QObject
{
    Q_OBJECT

private slots:
    void sitesAndMetersSurviveReopeningWithTheirStamps();
    void storingMetersReplacesThatSiteOnly();
    void fetchedSeriesLoadsBackWithItsStamp();
    void spansNeverFetchedAreMissing();
    void refetchReplacesOnlyInsideItsSpan();
    void recentDataGoesStaleSettledDataDoesNot();
    void unknownSeriesIsMissingEntirely();
    void foreignSchemaIsRebuilt();
    void clearForgetsEverything();

private:
    QTemporaryDir m_dir;
};

void TestSeriesCache::sitesAndMetersSurviveReopeningWithTheirStamps()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    Site lyon;
    lyon.id = QStringLiteral("fc64");
    lyon.name = QStringLiteral("Lyon Part-Dieu Store");
    lyon.city = QStringLiteral("Lyon");
    lyon.timeZoneId = QStringLiteral("Europe/Paris");
    lyon.latitude = 45.76;
    lyon.grossAreaM2 = 4250;
    lyon.otherAttributes = {{QStringLiteral("metadata.visitDuration"), QStringLiteral("45")}};
    Site pune;
    pune.id = QStringLiteral("a1");
    pune.name = QStringLiteral("Pune Plant");
    pune.timeZoneId = QStringLiteral("Asia/Kolkata");
    Meter main;
    main.id = QStringLiteral("8beb");
    main.siteId = lyon.id;
    main.name = QStringLiteral("Main incomer");
    main.commodity = Commodity::Electricity;
    main.commodityText = QStringLiteral("ELECTRICITY");
    main.parentMeterId = QStringLiteral("root");
    main.measurements = {{QStringLiteral("61773"), QStringLiteral("ActiveEnergy"), QStringLiteral("kWh"),
                          QStringLiteral("43b6")},
                         {QStringLiteral("61774"), QStringLiteral("ActivePower"), QStringLiteral("kW"),
                          QStringLiteral("0d0c")}};
    {
        SeriesCache cache(path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        QVERIFY(!cache.sitesFetchedAt());
        QVERIFY(cache.storeSites({lyon, pune}, kJan1));
        QVERIFY(cache.storeMeters(lyon.id, {main}, kJan1 + 5));
    }
    SeriesCache reopened(path);
    const QList<Site> sites = reopened.sites();
    QCOMPARE(sites.size(), qsizetype(2));
    QCOMPARE(sites[0].name, lyon.name);
    QCOMPARE(sites[0].timeZoneId, lyon.timeZoneId);
    QCOMPARE(sites[0].latitude, lyon.latitude);
    QVERIFY(!sites[0].longitude);
    QCOMPARE(sites[0].grossAreaM2, lyon.grossAreaM2);
    QCOMPARE(sites[0].otherAttributes, lyon.otherAttributes);
    QCOMPARE(sites[1].id, pune.id);
    QCOMPARE(reopened.sitesFetchedAt(), std::optional<qint64>(kJan1));
    const QList<Meter> meters = reopened.meters(lyon.id);
    QCOMPARE(meters.size(), qsizetype(1));
    QCOMPARE(meters[0].commodity, Commodity::Electricity);
    QCOMPARE(meters[0].commodityText, main.commodityText);
    QCOMPARE(meters[0].parentMeterId, main.parentMeterId);
    QCOMPARE(meters[0].measurements.size(), qsizetype(2));
    QCOMPARE(meters[0].measurements[1].unit, QStringLiteral("kW"));
    QCOMPARE(meters[0].measurements[1].timeseriesKey, QStringLiteral("0d0c"));
    QCOMPARE(reopened.metersFetchedAt(lyon.id), std::optional<qint64>(kJan1 + 5));
    QVERIFY(!reopened.metersFetchedAt(pune.id));
}

void TestSeriesCache::storingMetersReplacesThatSiteOnly()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    Meter a;
    a.id = QStringLiteral("a");
    Meter b;
    b.id = QStringLiteral("b");
    QVERIFY(cache.storeMeters(QStringLiteral("s1"), {a, b}, 1));
    QVERIFY(cache.storeMeters(QStringLiteral("s2"), {a}, 2));
    QVERIFY(cache.storeMeters(QStringLiteral("s1"), {b}, 3));
    QCOMPARE(cache.meters(QStringLiteral("s1")).size(), qsizetype(1));
    QCOMPARE(cache.meters(QStringLiteral("s1"))[0].id, QStringLiteral("b"));
    QCOMPARE(cache.meters(QStringLiteral("s2")).size(), qsizetype(1));
    QCOMPARE(cache.metersFetchedAt(QStringLiteral("s1")), std::optional<qint64>(3));
}

void TestSeriesCache::fetchedSeriesLoadsBackWithItsStamp()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    const Series year = quarterHours(kJan1, kJan1 + 366 * kDayMs, 1.5, kJan1 + 40 * kQuarterMs);
    const qint64 fetchedAt = kJan1 + 400 * kDayMs;
    // Stored in the 31-day chunks the API serves.
    for (qint64 from = kJan1; from < kJan1 + 366 * kDayMs; from += 31 * kDayMs)
        QVERIFY(cache.storeSeries(year, from, std::min(from + 31 * kDayMs, kJan1 + 366 * kDayMs), fetchedAt));
    const CachedSeries loaded =
        cache.loadSeries(year.key, year.interval, kJan1, kJan1 + 366 * kDayMs, settledOnly(fetchedAt));
    QVERIFY(loaded.isComplete());
    QCOMPARE(loaded.series.utcMs, year.utcMs);
    QCOMPARE(loaded.series.values, year.values);
    QCOMPARE(loaded.series.updatedAtUtcMs, year.updatedAtUtcMs);
    QCOMPARE(loaded.series.unit, year.unit);
    QCOMPARE(loaded.series.meterId, year.meterId);
    QCOMPARE(loaded.series.commodity, Commodity::Electricity);
    QCOMPARE(loaded.oldestFetchedAtUtcMs, std::optional<qint64>(fetchedAt));

    // A window inside one chunk returns just its points.
    const CachedSeries day = cache.loadSeries(year.key, year.interval, kJan1 + 45 * kDayMs,
                                              kJan1 + 46 * kDayMs, settledOnly(fetchedAt));
    QCOMPARE(day.series.size(), qsizetype(96));
    QCOMPARE(day.series.utcMs.front(), kJan1 + 45 * kDayMs);
}

void TestSeriesCache::spansNeverFetchedAreMissing()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    const Series data = quarterHours(kJan1, kJan1 + 60 * kDayMs, 2.0);
    const qint64 fetchedAt = kJan1 + 100 * kDayMs;
    QVERIFY(cache.storeSeries(data, kJan1 + 10 * kDayMs, kJan1 + 20 * kDayMs, fetchedAt));
    QVERIFY(cache.storeSeries(data, kJan1 + 30 * kDayMs, kJan1 + 40 * kDayMs, fetchedAt));
    const CachedSeries loaded =
        cache.loadSeries(data.key, data.interval, kJan1, kJan1 + 60 * kDayMs, settledOnly(fetchedAt));
    QCOMPARE(loaded.missing, (QList<TimeSpan>{{kJan1, kJan1 + 10 * kDayMs},
                                              {kJan1 + 20 * kDayMs, kJan1 + 30 * kDayMs},
                                              {kJan1 + 40 * kDayMs, kJan1 + 60 * kDayMs}}));
    QCOMPARE(loaded.series.size(), qsizetype(20 * 96));
    // Another interval of the same series is a different cache entry.
    QCOMPARE(
        cache.loadSeries(data.key, QStringLiteral("hourly"), kJan1, kJan1 + kDayMs, settledOnly(fetchedAt))
            .missing,
        (QList<TimeSpan>{{kJan1, kJan1 + kDayMs}}));
}

void TestSeriesCache::refetchReplacesOnlyInsideItsSpan()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    const Series first = quarterHours(kJan1, kJan1 + 10 * kDayMs, 1.0);
    QVERIFY(cache.storeSeries(first, kJan1, kJan1 + 10 * kDayMs, kJan1 + 20 * kDayMs));
    // Day 4–6 fetched again later: corrected values, and one interval the API no longer returns.
    const qint64 dropped = kJan1 + 5 * kDayMs;
    const Series second = quarterHours(kJan1 + 4 * kDayMs, kJan1 + 6 * kDayMs, 3.0, dropped);
    QVERIFY(cache.storeSeries(second, kJan1 + 4 * kDayMs, kJan1 + 6 * kDayMs, kJan1 + 30 * kDayMs));
    const CachedSeries loaded = cache.loadSeries(first.key, first.interval, kJan1, kJan1 + 10 * kDayMs,
                                                 settledOnly(kJan1 + 30 * kDayMs));
    QVERIFY(loaded.isComplete());
    QCOMPARE(loaded.series.size(), qsizetype(10 * 96 - 1));
    double sum = 0;
    for (size_t i = 0; i < loaded.series.utcMs.size(); ++i) {
        const qint64 t = loaded.series.utcMs[i];
        QVERIFY(t != dropped);
        QCOMPARE(loaded.series.values[i], t >= kJan1 + 4 * kDayMs && t < kJan1 + 6 * kDayMs ? 3.0 : 1.0);
        if (i > 0)
            QVERIFY(loaded.series.utcMs[i - 1] < t);
        sum += loaded.series.values[i];
    }
    QCOMPARE(sum, 8 * 96 * 1.0 + (2 * 96 - 1) * 3.0);
    QCOMPARE(loaded.oldestFetchedAtUtcMs, std::optional<qint64>(kJan1 + 20 * kDayMs));
    QCOMPARE(loaded.newestFetchedAtUtcMs, std::optional<qint64>(kJan1 + 30 * kDayMs));
}

void TestSeriesCache::recentDataGoesStaleSettledDataDoesNot()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    const qint64 now = kJan1 + 10 * kDayMs;
    const Series data = quarterHours(kJan1, now, 1.0);
    // Days 0–5 fetched on day 9 (settled: ended 4 days before), days 5–10 fetched an hour ago.
    QVERIFY(cache.storeSeries(data, kJan1, kJan1 + 5 * kDayMs, kJan1 + 9 * kDayMs));
    QVERIFY(cache.storeSeries(data, kJan1 + 5 * kDayMs, now, now - 4 * kQuarterMs));
    FreshnessPolicy policy;
    policy.nowUtcMs = now;
    const CachedSeries loaded = cache.loadSeries(data.key, data.interval, kJan1, now, policy);
    QCOMPARE(loaded.missing, (QList<TimeSpan>{{kJan1 + 5 * kDayMs, now}}));
    QCOMPARE(loaded.series.size(), qsizetype(10 * 96)); // stale data is still shown until replaced

    policy.maxAgeMs = 2 * 3600 * 1000; // a more patient policy keeps the hour-old fetch
    QVERIFY(cache.loadSeries(data.key, data.interval, kJan1, now, policy).isComplete());
}

void TestSeriesCache::unknownSeriesIsMissingEntirely()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    const CachedSeries loaded = cache.loadSeries(QStringLiteral("nope"), QStringLiteral("15min"), kJan1,
                                                 kJan1 + kDayMs, settledOnly(kJan1));
    QVERIFY(loaded.series.isEmpty());
    QCOMPARE(loaded.missing, (QList<TimeSpan>{{kJan1, kJan1 + kDayMs}}));
    QVERIFY(!loaded.oldestFetchedAtUtcMs);
}

void TestSeriesCache::foreignSchemaIsRebuilt()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE chunks(x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    SeriesCache cache(path);
    QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
    const Series data = quarterHours(kJan1, kJan1 + kDayMs, 1.0);
    QVERIFY2(cache.storeSeries(data, kJan1, kJan1 + kDayMs, kJan1 + 9 * kDayMs),
             qPrintable(cache.errorString()));
    QCOMPARE(cache.loadSeries(data.key, data.interval, kJan1, kJan1 + kDayMs, settledOnly(kJan1 + 9 * kDayMs))
                 .series.size(),
             qsizetype(96));
}

void TestSeriesCache::clearForgetsEverything()
{
    SeriesCache cache(QStringLiteral(":memory:"));
    Site site;
    site.id = QStringLiteral("s");
    QVERIFY(cache.storeSites({site}, 1));
    const Series data = quarterHours(kJan1, kJan1 + kDayMs, 1.0);
    QVERIFY(cache.storeSeries(data, kJan1, kJan1 + kDayMs, kJan1 + 9 * kDayMs));
    QVERIFY(cache.clear());
    QVERIFY(cache.sites().isEmpty());
    QVERIFY(!cache.sitesFetchedAt());
    QVERIFY(cache.loadSeries(data.key, data.interval, kJan1, kJan1 + kDayMs, settledOnly(kJan1 + 9 * kDayMs))
                .series.isEmpty());
}

QTEST_GUILESS_MAIN(TestSeriesCache)
#include "tst_seriescache.moc"
