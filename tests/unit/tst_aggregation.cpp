// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/series.h"
#include "support/seriesfixture.h"
#include "timeseries/seriesaggregator.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kHourMs = 4 * kQuarterMs;

double one(qint64)
{
    return 1.0;
}

const AggregatedBucket *bucketStartingAt(const AggregatedSeries &aggregated, qint64 start)
{
    for (const AggregatedBucket &bucket : aggregated.buckets) {
        if (bucket.startUtcMs == start)
            return &bucket;
    }
    return nullptr;
}
} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private slots:
    void unitDecidesSumOrMean_data();
    void unitDecidesSumOrMean();
    void shortAndLongDaysHoldTheirQuarterHours_data();
    void shortAndLongDaysHoldTheirQuarterHours();
    void energyIsSummedAndPowerAveraged();
    void periodWithoutDataIsAGapNotZero();
    void missingIntervalsLowerCoverageAndMarkPartial();
    void negativeValuesAreKeptAndFlagged();
    void monthsInHalfHourZoneExpectTheirHours();
    void periodCutByTheRangeIsPartial();
    void dailySourceExpectsDaysOfTheMonth();
    void rawIntervalIsDetectedFromTheData();
    void sourceIntervalFollowsItsName_data();
    void sourceIntervalFollowsItsName();
    void matchesPerPointLocalDateGrouping_data();
    void matchesPerPointLocalDateGrouping();
};

void TestAggregation::unitDecidesSumOrMean_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("additive");
    for (const char *unit : {"kWh", "KWH", "Wh", "MWh", "m3", "m³", "kvarh", "GJ", " kWh "})
        QTest::newRow(unit) << QString::fromUtf8(unit) << true;
    for (const char *unit : {"kW", "W", "MW", "m3/h", "°C", "%", ""})
        QTest::newRow(unit[0] ? unit : "empty") << QString::fromUtf8(unit) << false;
}

void TestAggregation::unitDecidesSumOrMean()
{
    QFETCH(QString, unit);
    QFETCH(bool, additive);
    QCOMPARE(aggregationMethodForUnit(unit) == AggregationMethod::Sum, additive);
}

void TestAggregation::shortAndLongDaysHoldTheirQuarterHours_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("quarterHours");
    QTest::newRow("paris-23h") << QByteArray("Europe/Paris") << QDate(2024, 3, 31) << 92;
    QTest::newRow("paris-25h") << QByteArray("Europe/Paris") << QDate(2024, 10, 27) << 100;
    QTest::newRow("new-york-23h") << QByteArray("America/New_York") << QDate(2024, 3, 10) << 92;
    QTest::newRow("new-york-25h") << QByteArray("America/New_York") << QDate(2024, 11, 3) << 100;
    QTest::newRow("adelaide-23h") << QByteArray("Australia/Adelaide") << QDate(2024, 10, 6) << 92;
    QTest::newRow("adelaide-25h") << QByteArray("Australia/Adelaide") << QDate(2024, 4, 7) << 100;
    QTest::newRow("santiago-23h-at-midnight") << QByteArray("America/Santiago") << QDate(2024, 9, 8) << 92;
    QTest::newRow("santiago-25h") << QByteArray("America/Santiago") << QDate(2024, 4, 6) << 100;
    QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << QDate(2024, 3, 31) << 96;
    QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << QDate(2024, 10, 27) << 96;
    QTest::newRow("leap-day") << QByteArray("Europe/Paris") << QDate(2024, 2, 29) << 96;
}

void TestAggregation::shortAndLongDaysHoldTheirQuarterHours()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, date);
    QFETCH(int, quarterHours);
    const ZonedCalendar calendar{QTimeZone(zoneId)};
    const qint64 from = calendar.startOfLocalDate(date.addDays(-1));
    const qint64 to = calendar.startOfLocalDate(date.addDays(2));
    const Series series =
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("15min"), from, to, kQuarterMs, one);
    const AggregatedSeries days = SeriesAggregator(calendar, Granularity::Day).aggregate(series, from, to);
    QCOMPARE(days.buckets.size(), size_t(3));
    const AggregatedBucket &day = days.buckets[1];
    QCOMPARE(day.startUtcMs, calendar.startOfLocalDate(date));
    QCOMPARE(day.intervalsPresent, qint64(quarterHours));
    QCOMPARE(day.intervalsExpected, qint64(quarterHours));
    QCOMPARE(day.value, double(quarterHours));
    QVERIFY(!day.isPartial());
    QCOMPARE(day.coveragePercent(), 100.0);
    QCOMPARE(days.coveragePercent(), 100.0);
}

void TestAggregation::energyIsSummedAndPowerAveraged()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 6, 3));
    const qint64 to = from + kHourMs;
    const auto rising = [from](qint64 t) { return double((t - from) / kQuarterMs + 1); }; // 1, 2, 3, 4
    const SeriesAggregator hours(calendar, Granularity::Hour);
    const AggregatedSeries energy = hours.aggregate(
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("15min"), from, to, kQuarterMs, rising),
        from, to);
    const AggregatedSeries power = hours.aggregate(
        fixture::regularSeries(QStringLiteral("kW"), QStringLiteral("15min"), from, to, kQuarterMs, rising),
        from, to);
    QCOMPARE(energy.buckets.size(), size_t(1));
    QCOMPARE(energy.method, AggregationMethod::Sum);
    QCOMPARE(energy.buckets[0].value, 10.0);
    QCOMPARE(power.method, AggregationMethod::Mean);
    QCOMPARE(power.buckets[0].value, 2.5);
    QCOMPARE(power.buckets[0].minimum, 1.0);
    QCOMPARE(power.buckets[0].maximum, 4.0);
    QCOMPARE(power.buckets[0].maximumAtUtcMs, from + 3 * kQuarterMs);
}

void TestAggregation::periodWithoutDataIsAGapNotZero()
{
    const ZonedCalendar calendar{QTimeZone("America/New_York")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 3, 8));
    const qint64 gapStart = calendar.startOfLocalDate(QDate(2024, 3, 10));
    const qint64 gapEnd = calendar.startOfLocalDate(QDate(2024, 3, 11));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 3, 13));
    const Series series =
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("15min"), from, to, kQuarterMs, one,
                               [&](qint64 t) { return t >= gapStart && t < gapEnd; });
    const AggregatedSeries days = SeriesAggregator(calendar, Granularity::Day).aggregate(series, from, to);
    QCOMPARE(days.buckets.size(), size_t(4));
    QVERIFY(!bucketStartingAt(days, gapStart));
    QVERIFY(bucketStartingAt(days, gapEnd));
    QCOMPARE(days.intervalsExpected, qint64(4 * 96 + 92));
    QCOMPARE(days.intervalsPresent(), qint64(4 * 96));
    QVERIFY(days.coveragePercent() < 100.0);
}

void TestAggregation::missingIntervalsLowerCoverageAndMarkPartial()
{
    const ZonedCalendar calendar{QTimeZone("Asia/Kathmandu")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 5, 1));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 5, 2));
    // Six hours missing in the afternoon: 72 of 96 quarter-hours.
    const Series series =
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("15min"), from, to, kQuarterMs, one,
                               [&](qint64 t) { return t >= from + 12 * kHourMs && t < from + 18 * kHourMs; });
    const AggregatedSeries days = SeriesAggregator(calendar, Granularity::Day).aggregate(series, from, to);
    QCOMPARE(days.buckets.size(), size_t(1));
    QCOMPARE(days.buckets[0].intervalsPresent, qint64(72));
    QCOMPARE(days.buckets[0].intervalsExpected, qint64(96));
    QCOMPARE(days.buckets[0].coveragePercent(), 75.0);
    QVERIFY(days.buckets[0].isPartial());
    QCOMPARE(days.buckets[0].value, 72.0);

    const AggregatedSeries hours = SeriesAggregator(calendar, Granularity::Hour).aggregate(series, from, to);
    QCOMPARE(hours.buckets.size(), size_t(18));
    for (const AggregatedBucket &hour : hours.buckets)
        QVERIFY(!hour.isPartial());
}

void TestAggregation::negativeValuesAreKeptAndFlagged()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 6, 3));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 6, 5));
    const qint64 reset = from + 30 * kHourMs;
    const Series series =
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("15min"), from, to, kQuarterMs,
                               [reset](qint64 t) { return t == reset ? -500.0 : 1.0; });
    const AggregatedSeries days = SeriesAggregator(calendar, Granularity::Day).aggregate(series, from, to);
    QCOMPARE(days.buckets.size(), size_t(2));
    QVERIFY(!days.buckets[0].hasNegative());
    QVERIFY(days.buckets[1].hasNegative());
    QCOMPARE(days.buckets[1].negativeIntervals, qint64(1));
    QCOMPARE(days.buckets[1].value, 95.0 - 500.0);
    QCOMPARE(days.buckets[1].minimum, -500.0);
    QCOMPARE(days.buckets[1].minimumAtUtcMs, reset);
}

void TestAggregation::monthsInHalfHourZoneExpectTheirHours()
{
    const ZonedCalendar calendar{QTimeZone("Asia/Kolkata")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 1, 1));
    const qint64 to = calendar.startOfLocalDate(QDate(2025, 1, 1));
    // Hourly API intervals start on UTC hours, half an hour off Kolkata's local hours; a local month
    // still holds days × 24 of them.
    const Series series = fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("hourly"),
                                                 from - 30 * 60 * 1000, to, kHourMs, one);
    const AggregatedSeries months =
        SeriesAggregator(calendar, Granularity::Month).aggregate(series, from, to);
    QCOMPARE(months.buckets.size(), size_t(12));
    const AggregatedBucket &february = months.buckets[1];
    QCOMPARE(february.startUtcMs, calendar.startOfLocalDate(QDate(2024, 2, 1)));
    QCOMPARE(february.endUtcMs, calendar.startOfLocalDate(QDate(2024, 3, 1)));
    QCOMPARE(february.intervalsExpected, qint64(29 * 24));
    QCOMPARE(february.intervalsPresent, qint64(29 * 24));
    QCOMPARE(months.intervalsPresent(), qint64(366 * 24));
}

void TestAggregation::periodCutByTheRangeIsPartial()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 dayStart = calendar.startOfLocalDate(QDate(2024, 6, 3));
    const qint64 from = dayStart + 12 * kHourMs;
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 6, 5));
    const Series series =
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("15min"), dayStart, to, kQuarterMs, one);
    const AggregatedSeries days = SeriesAggregator(calendar, Granularity::Day).aggregate(series, from, to);
    QCOMPARE(days.buckets.size(), size_t(2));
    QCOMPARE(days.buckets[0].startUtcMs, dayStart);
    QCOMPARE(days.buckets[0].intervalsPresent, qint64(48));
    QVERIFY(days.buckets[0].isPartial());
    QVERIFY(!days.buckets[1].isPartial());
    QCOMPARE(days.intervalsExpected, qint64(48 + 96));
}

void TestAggregation::dailySourceExpectsDaysOfTheMonth()
{
    const ZonedCalendar calendar{QTimeZone("America/New_York")};
    Series series;
    series.unit = QStringLiteral("m3");
    series.interval = QStringLiteral("daily");
    for (QDate date(2024, 2, 1); date < QDate(2024, 4, 1); date = date.addDays(1)) {
        if (date == QDate(2024, 3, 10))
            continue; // one missing day in March (the 23-hour day)
        series.utcMs.push_back(calendar.startOfLocalDate(date));
        series.values.push_back(2.0);
    }
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 2, 1));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 4, 1));
    const AggregatedSeries months =
        SeriesAggregator(calendar, Granularity::Month).aggregate(series, from, to);
    QCOMPARE(months.buckets.size(), size_t(2));
    QCOMPARE(months.buckets[0].intervalsExpected, qint64(29));
    QVERIFY(!months.buckets[0].isPartial());
    QCOMPARE(months.buckets[1].intervalsExpected, qint64(31));
    QCOMPARE(months.buckets[1].intervalsPresent, qint64(30));
    QCOMPARE(months.buckets[1].value, 60.0);
}

void TestAggregation::rawIntervalIsDetectedFromTheData()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 6, 3));
    const qint64 to = from + 2 * kHourMs;
    const qint64 fiveMinutes = 5 * 60 * 1000;
    const Series series =
        fixture::regularSeries(QStringLiteral("kWh"), QStringLiteral("raw"), from, to, fiveMinutes, one,
                               [&](qint64 t) { return t == from + fiveMinutes; });
    QCOMPARE(SourceInterval::forSeries(series).fixedMs(), fiveMinutes);
    const AggregatedSeries hours = SeriesAggregator(calendar, Granularity::Hour).aggregate(series, from, to);
    QCOMPARE(hours.buckets.size(), size_t(2));
    QCOMPARE(hours.buckets[0].intervalsExpected, qint64(12));
    QCOMPARE(hours.buckets[0].intervalsPresent, qint64(11));
    QCOMPARE(hours.buckets[1].intervalsPresent, qint64(12));
}

void TestAggregation::sourceIntervalFollowsItsName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("fixedMs");
    QTest::addColumn<int>("calendarGranularity"); // -1: fixed length
    QTest::newRow("15min") << QStringLiteral("15min") << kQuarterMs << -1;
    QTest::newRow("hourly") << QStringLiteral("hourly") << kHourMs << -1;
    QTest::newRow("daily") << QStringLiteral("daily") << qint64(0) << int(Granularity::Day);
    QTest::newRow("monthly") << QStringLiteral("MONTHLY") << qint64(0) << int(Granularity::Month);
    QTest::newRow("granularity-hour") << QStringLiteral("hour") << kHourMs << -1;
    QTest::newRow("granularity-week") << QStringLiteral("week") << qint64(0) << int(Granularity::Week);
    QTest::newRow("raw-from-data") << QStringLiteral("raw") << 2 * kQuarterMs << -1;
    QTest::newRow("unknown-from-data") << QStringLiteral("") << 2 * kQuarterMs << -1;
}

void TestAggregation::sourceIntervalFollowsItsName()
{
    QFETCH(QString, name);
    QFETCH(qint64, fixedMs);
    QFETCH(int, calendarGranularity);
    const std::vector<qint64> times{0, 2 * kQuarterMs, 6 * kQuarterMs};
    const SourceInterval interval = SourceInterval::fromApiName(name, times);
    QVERIFY(interval.isKnown());
    QCOMPARE(interval.isCalendar(), calendarGranularity >= 0);
    if (calendarGranularity >= 0)
        QCOMPARE(int(interval.calendarGranularity()), calendarGranularity);
    else
        QCOMPARE(interval.fixedMs(), fixedMs);
    QVERIFY(!SourceInterval::fromApiName(QStringLiteral("raw"), std::vector<qint64>{5}).isKnown());
}

void TestAggregation::matchesPerPointLocalDateGrouping_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<int>("granularity");
    for (const char *id :
         {"Europe/Paris", "America/New_York", "Australia/Adelaide", "Asia/Kathmandu", "America/Santiago"}) {
        QTest::addRow("%s-day", id) << QByteArray(id) << int(Granularity::Day);
        QTest::addRow("%s-month", id) << QByteArray(id) << int(Granularity::Month);
    }
}

void TestAggregation::matchesPerPointLocalDateGrouping()
{
    // Reference: group each point by its own local date (QDateTime per point), on random data with
    // random gaps over a year that holds both DST changes.
    QFETCH(QByteArray, zoneId);
    QFETCH(int, granularity);
    const ZonedCalendar calendar{QTimeZone(zoneId)};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 1, 1));
    const qint64 to = calendar.startOfLocalDate(QDate(2025, 1, 1));
    QRandomGenerator random(7);
    const Series series = fixture::regularSeries(
        QStringLiteral("kWh"), QStringLiteral("15min"), from, to, kQuarterMs,
        [&](qint64) { return double(random.bounded(1000)) / 10.0; },
        [&](qint64) { return random.bounded(10) == 0; });

    std::map<QDate, std::pair<double, qint64>> reference;
    for (size_t i = 0; i < series.utcMs.size(); ++i) {
        QDate date = QDateTime::fromMSecsSinceEpoch(series.utcMs[i], QTimeZone(zoneId)).date();
        if (Granularity(granularity) == Granularity::Month)
            date = QDate(date.year(), date.month(), 1);
        reference[date].first += series.values[i];
        ++reference[date].second;
    }
    const AggregatedSeries aggregated =
        SeriesAggregator(calendar, Granularity(granularity)).aggregate(series, from, to);
    QCOMPARE(aggregated.buckets.size(), reference.size());
    size_t index = 0;
    for (const auto &[date, sumAndCount] : reference) {
        const AggregatedBucket &bucket = aggregated.buckets[index++];
        QCOMPARE(bucket.startUtcMs, calendar.startOfLocalDate(date));
        QCOMPARE(bucket.intervalsPresent, sumAndCount.second);
        QVERIFY(qAbs(bucket.value - sumAndCount.first) < 1e-6);
        QCOMPARE(bucket.intervalsExpected, (bucket.endUtcMs - bucket.startUtcMs) / kQuarterMs);
    }
}

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
