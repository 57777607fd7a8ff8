// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/series.h"
#include "support/seriesfixture.h"
#include "timeseries/seriesaggregator.h"
#include "timeseries/seriesstatistics.h"

#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kHourMs = 4 * kQuarterMs;

// Two local days of quarter-hours in Paris starting 2024-10-26 (the second day has 25 hours);
// value i % 10 for point i, with points [gapFrom, gapTo) missing.
Series twoDays(const ZonedCalendar &calendar, const QString &unit, int gapFrom, int gapTo)
{
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 10, 26));
    const auto index = [from](qint64 t) { return int((t - from) / kQuarterMs); };
    return fixture::regularSeries(
        unit, QStringLiteral("15min"), from, from + (96 + 100) * kQuarterMs, kQuarterMs,
        [&](qint64 t) { return double(index(t) % 10); },
        [&](qint64 t) { return index(t) >= gapFrom && index(t) < gapTo; });
}
} // namespace

class TestSeriesStatistics : public QObject
{
    Q_OBJECT

private slots:
    void totalsOverTheRangeCarryCoverage();
    void onlyPointsInsideTheRangeCount();
    void ratesTotalIsTheMean();
    void barStatisticsUseThePeriodValues();
    void negativeIntervalsAreCounted();
    void noDataMeansNoFigures();
};

void TestSeriesStatistics::totalsOverTheRangeCarryCoverage()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const Series series = twoDays(calendar, QStringLiteral("kWh"), 10, 30); // 20 quarter-hours missing
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 10, 26));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 10, 28));
    const SeriesStatistics stats = SeriesStatistics::ofSeries(series, from, to, calendar);
    double sum = 0;
    for (double value : series.values)
        sum += value;
    QVERIFY(stats.hasData());
    QCOMPARE(stats.count, qint64(196 - 20));
    QCOMPARE(stats.expected, qint64(196));
    QCOMPARE(stats.sum, sum);
    QCOMPARE(stats.total(), sum);
    QCOMPARE(stats.mean, sum / double(196 - 20));
    QCOMPARE(stats.minimum, 0.0);
    QCOMPARE(stats.maximum, 9.0);
    QCOMPARE(stats.maximumAtUtcMs, from + 9 * kQuarterMs);
    QCOMPARE(stats.coveragePercent(), 100.0 * 176.0 / 196.0);
}

void TestSeriesStatistics::onlyPointsInsideTheRangeCount()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const Series series = twoDays(calendar, QStringLiteral("kWh"), 0, 0);
    const qint64 from = series.utcMs[5];
    const qint64 to = series.utcMs[15];
    const SeriesStatistics stats = SeriesStatistics::ofSeries(series, from, to, calendar);
    QCOMPARE(stats.count, qint64(10));
    QCOMPARE(stats.expected, qint64(10));
    QCOMPARE(stats.sum, 5.0 + 6 + 7 + 8 + 9 + 0 + 1 + 2 + 3 + 4);
    QCOMPARE(stats.coveragePercent(), 100.0);
}

void TestSeriesStatistics::ratesTotalIsTheMean()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const Series series = twoDays(calendar, QStringLiteral("kW"), 0, 0);
    const SeriesStatistics stats =
        SeriesStatistics::ofSeries(series, series.utcMs.front(), series.utcMs[10], calendar);
    QCOMPARE(stats.method, AggregationMethod::Mean);
    QCOMPARE(stats.total(), 4.5);
    QCOMPARE(stats.sum, 45.0);
}

void TestSeriesStatistics::barStatisticsUseThePeriodValues()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const Series series = twoDays(calendar, QStringLiteral("kWh"), 96, 100); // first hour of day two missing
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 10, 26));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 10, 28));
    const AggregatedSeries days = SeriesAggregator(calendar, Granularity::Day).aggregate(series, from, to);
    QCOMPARE(days.buckets.size(), size_t(2));
    const SeriesStatistics bars = SeriesStatistics::ofBuckets(days);
    const SeriesStatistics intervals = SeriesStatistics::ofSeries(series, from, to, calendar);
    // The same total and coverage as the intervals, but extremes and mean per complete day: the second
    // day misses an hour, so it is left out of them (it would be the minimum).
    QCOMPARE(bars.sum, intervals.sum);
    QCOMPARE(bars.count, intervals.count);
    QCOMPARE(bars.expected, intervals.expected);
    QVERIFY(days.buckets[1].isPartial());
    QCOMPARE(bars.minimum, days.buckets[0].value);
    QCOMPARE(bars.maximum, days.buckets[0].value);
    QCOMPARE(bars.mean, days.buckets[0].value);
    QCOMPARE(bars.maximumAtUtcMs, days.buckets[0].startUtcMs);
    QCOMPARE(bars.periods, qint64(1));
    QCOMPARE(bars.partialPeriodsLeftOut, qint64(1));
    QVERIFY(bars.completePeriodsOnly);

    // Both days complete: extremes and mean of both.
    const Series whole = twoDays(calendar, QStringLiteral("kWh"), 0, 0);
    const AggregatedSeries wholeDays =
        SeriesAggregator(calendar, Granularity::Day).aggregate(whole, from, to);
    const SeriesStatistics both = SeriesStatistics::ofBuckets(wholeDays);
    QCOMPARE(both.minimum, std::min(wholeDays.buckets[0].value, wholeDays.buckets[1].value));
    QCOMPARE(both.maximum, std::max(wholeDays.buckets[0].value, wholeDays.buckets[1].value));
    QCOMPARE(both.mean, (wholeDays.buckets[0].value + wholeDays.buckets[1].value) / 2);
    QCOMPARE(both.periods, qint64(2));
    QCOMPARE(both.periodsLeftOut(), qint64(0));
    // The second day in progress (now inside it): left out as well, however complete so far.
    const SeriesStatistics today = SeriesStatistics::ofBuckets(wholeDays, wholeDays.buckets[1].endUtcMs - 1);
    QCOMPARE(today.periods, qint64(1));
    QCOMPARE(today.periodsInProgressLeftOut, qint64(1));
    QCOMPARE(today.minimum, wholeDays.buckets[0].value);

    // For a rate, the sum over bars is rebuilt from the period means.
    const Series power = twoDays(calendar, QStringLiteral("kW"), 96, 100);
    const SeriesStatistics powerBars =
        SeriesStatistics::ofBuckets(SeriesAggregator(calendar, Granularity::Hour).aggregate(power, from, to));
    const SeriesStatistics powerIntervals = SeriesStatistics::ofSeries(power, from, to, calendar);
    QVERIFY(qAbs(powerBars.total() - powerIntervals.total()) < 1e-9);
    QCOMPARE(powerBars.expected, qint64(196));
}

void TestSeriesStatistics::negativeIntervalsAreCounted()
{
    const ZonedCalendar calendar{QTimeZone("UTC")};
    Series series;
    series.unit = QStringLiteral("kWh");
    series.interval = QStringLiteral("15min");
    series.utcMs = {0, kQuarterMs, 2 * kQuarterMs};
    series.values = {5, -20, 5};
    const SeriesStatistics stats = SeriesStatistics::ofSeries(series, 0, 3 * kQuarterMs, calendar);
    QCOMPARE(stats.negativeIntervals, qint64(1));
    QCOMPARE(stats.sum, -10.0);
    QCOMPARE(stats.minimumAtUtcMs, kQuarterMs);
}

void TestSeriesStatistics::noDataMeansNoFigures()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const Series series = twoDays(calendar, QStringLiteral("kWh"), 0, 0);
    const qint64 later = series.utcMs.back() + kHourMs;
    const SeriesStatistics stats = SeriesStatistics::ofSeries(series, later, later + 4 * kHourMs, calendar);
    QVERIFY(!stats.hasData());
    QCOMPARE(stats.expected, qint64(16));
    QCOMPARE(stats.coveragePercent(), 0.0);
    QVERIFY(!SeriesStatistics::ofBuckets(AggregatedSeries()).hasData());
}

QTEST_GUILESS_MAIN(TestSeriesStatistics)
#include "tst_seriesstatistics.moc"
