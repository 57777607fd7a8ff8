// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/series.h"
#include "support/seriesfixture.h"
#include "timeseries/periodcomparison.h"
#include "timeseries/seriesaggregator.h"
#include "timeseries/timelineshift.h"

#include <QTest>

using namespace meterscope;
using Kind = PeriodComparison::Kind;
using Mode = PeriodComparison::Mode;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;

Series quarterHours(qint64 from, qint64 to, double value)
{
    return fixture::quarterHours(QStringLiteral("kWh"), from, to, value);
}

const ZonedCalendar &paris()
{
    static const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    return calendar;
}

TimeRange localDates(const QDate &first, const QDate &end)
{
    return TimeRange::custom(paris().startOfLocalDate(first), paris().startOfLocalDate(end));
}

// Quarter-hours over `range` in Paris whose value is the number of their local day in its year, so
// that every day's sum says which day it is; aggregated by `granularity`.
AggregatedSeries numberedDays(const TimeRange &range, Granularity granularity)
{
    const Series s = fixture::regularSeries(
        QStringLiteral("kWh"), QStringLiteral("15min"), range.fromUtcMs(), range.toUtcMs(),
        fixture::kQuarterHourMs, [](qint64 t) { return double(paris().localDate(t).dayOfYear()); });
    return SeriesAggregator(paris(), granularity).aggregate(s, range.fromUtcMs(), range.toUtcMs());
}

// The local date each bucket starts on, and its value.
QMap<QDate, double> byDate(const AggregatedSeries &series)
{
    QMap<QDate, double> dates;
    for (const AggregatedBucket &bucket : series.buckets)
        dates.insert(paris().localDate(bucket.startUtcMs), bucket.value);
    return dates;
}
} // namespace

class TestTimeRangeComparison : public QObject
{
    Q_OBJECT

private slots:
    void comparisonRangeFollowsTheKind_data();
    void comparisonRangeFollowsTheKind();
    void comparisonRangeAtMonthYearAndWeekEdges_data();
    void comparisonRangeAtMonthYearAndWeekEdges();
    void lastYearsDaysDrawOnThisYearsDays();
    void aLongerMonthLosesTheDaysAShorterOneHasNot();
    void lastYearsDatesStandOnTheirDatesAcrossALeapDay();
    void aLeapDayAloneComparesWithTheDayBefore();
    void aYearOfFiftyThreeIsoWeeksLinesUpItsWeekdays();
    void theComparedSpanEndsWhereTheCurrentDataEnds();
    void comparisonNamesItsPeriod();
};

void TestTimeRangeComparison::comparisonRangeFollowsTheKind_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // "now" is Thursday 2024-02-29 in Paris.
    QTest::newRow("previous-month") << int(TimeRange::Preset::ThisMonth) << int(Kind::PreviousPeriod)
                                    << QDate(2024, 1, 1) << QDate(2024, 2, 1);
    QTest::newRow("month-last-year") << int(TimeRange::Preset::ThisMonth) << int(Kind::SameDatesLastYear)
                                     << QDate(2023, 2, 1) << QDate(2023, 3, 1);
    QTest::newRow("leap-day-last-year") << int(TimeRange::Preset::Today) << int(Kind::SameDatesLastYear)
                                        << QDate(2023, 2, 28) << QDate(2023, 3, 1);
    // 52 weeks back from Thursday 29 Feb 2024 is Thursday 2 March 2023.
    QTest::newRow("weekday-last-year") << int(TimeRange::Preset::Today) << int(Kind::SameWeekdaysLastYear)
                                       << QDate(2023, 3, 2) << QDate(2023, 3, 3);
    QTest::newRow("previous-week") << int(TimeRange::Preset::ThisWeek) << int(Kind::PreviousPeriod)
                                   << QDate(2024, 2, 19) << QDate(2024, 2, 26);
}

void TestTimeRangeComparison::comparisonRangeFollowsTheKind()
{
    QFETCH(int, preset);
    QFETCH(int, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 now = calendar.startOfLocalDate(QDate(2024, 2, 29)) + 10 * 4 * kQuarterMs;
    const TimeRange current = TimeRange::fromPreset(TimeRange::Preset(preset), now, calendar);
    const TimeRange compared = PeriodComparison::comparisonRange(current, Kind(kind), calendar);
    QCOMPARE(compared.fromUtcMs(), calendar.startOfLocalDate(from));
    QCOMPARE(compared.toUtcMs(), calendar.startOfLocalDate(to));
    if (Kind(kind) == Kind::SameWeekdaysLastYear)
        QCOMPARE(calendar.localDate(compared.fromUtcMs()).dayOfWeek(),
                 calendar.localDate(current.fromUtcMs()).dayOfWeek());
}

void TestTimeRangeComparison::comparisonRangeAtMonthYearAndWeekEdges_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const auto row = [](const char *name, QDate today, TimeRange::Preset preset, Granularity granularity,
                        Mode mode, QDate from, QDate to) {
        QTest::newRow(name) << today << int(preset) << int(granularity) << int(mode) << from << to;
    };
    row("31-day-month-after-28", QDate(2023, 3, 15), TimeRange::Preset::ThisMonth, Granularity::Day,
        Mode::PreviousPeriod, QDate(2023, 2, 1), QDate(2023, 3, 1));
    row("28-day-month-after-31", QDate(2023, 2, 10), TimeRange::Preset::ThisMonth, Granularity::Day,
        Mode::PreviousPeriod, QDate(2023, 1, 1), QDate(2023, 2, 1));
    row("leap-february-last-year", QDate(2024, 2, 10), TimeRange::Preset::ThisMonth, Granularity::Day,
        Mode::SamePeriodLastYear, QDate(2023, 2, 1), QDate(2023, 3, 1));
    row("february-after-a-leap-year", QDate(2025, 2, 10), TimeRange::Preset::ThisMonth, Granularity::Day,
        Mode::SamePeriodLastYear, QDate(2024, 2, 1), QDate(2024, 3, 1));
    row("leap-year-by-month", QDate(2024, 6, 1), TimeRange::Preset::ThisYear, Granularity::Month,
        Mode::SamePeriodLastYear, QDate(2023, 1, 1), QDate(2024, 1, 1));
    // A month by day keeps its dates (1 October on 1 October), not its weekdays.
    row("month-by-day-same-dates", QDate(2025, 10, 15), TimeRange::Preset::ThisMonth, Granularity::Day,
        Mode::SamePeriodLastYear, QDate(2024, 10, 1), QDate(2024, 11, 1));
    // ISO week 53 of 2026 (Monday 28 December): the 52 weeks before, Monday 29 December 2025.
    row("iso-week-53-last-year", QDate(2026, 12, 30), TimeRange::Preset::ThisWeek, Granularity::Hour,
        Mode::SamePeriodLastYear, QDate(2025, 12, 29), QDate(2026, 1, 5));
    row("week-after-week-53", QDate(2027, 1, 6), TimeRange::Preset::ThisWeek, Granularity::Hour,
        Mode::PreviousPeriod, QDate(2026, 12, 28), QDate(2027, 1, 4));
    // A year by week: 52 weeks back, Thursday 1 January 2026 on Thursday 2 January 2025.
    row("year-by-week", QDate(2026, 6, 1), TimeRange::Preset::ThisYear, Granularity::Week,
        Mode::SamePeriodLastYear, QDate(2025, 1, 2), QDate(2026, 1, 2));
}

void TestTimeRangeComparison::comparisonRangeAtMonthYearAndWeekEdges()
{
    QFETCH(QDate, today);
    QFETCH(int, preset);
    QFETCH(int, granularity);
    QFETCH(int, mode);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const qint64 now = paris().startOfLocalDate(today) + 10 * 4 * kQuarterMs;
    const TimeRange current = TimeRange::fromPreset(TimeRange::Preset(preset), now, paris());
    const Kind kind = PeriodComparison::kindFor(Mode(mode), current, Granularity(granularity), paris());
    const TimeRange compared = PeriodComparison::comparisonRange(current, kind, paris());
    QCOMPARE(paris().localDate(compared.fromUtcMs()), from);
    QCOMPARE(paris().localDate(compared.toUtcMs()), to);
    QCOMPARE(compared.fromUtcMs(), paris().startOfLocalDate(from));
    if (kind == Kind::SameWeekdaysLastYear)
        QCOMPARE(from.dayOfWeek(), paris().localDate(current.fromUtcMs()).dayOfWeek());
}

void TestTimeRangeComparison::lastYearsDaysDrawOnThisYearsDays()
{
    // March 2024 against March 2023 in Paris: both months hold a 23-hour day, on different dates.
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const TimeRange current = TimeRange::fromPreset(TimeRange::Preset::ThisMonth,
                                                    calendar.startOfLocalDate(QDate(2024, 3, 15)), calendar);
    const TimeRange lastYear = PeriodComparison::comparisonRange(current, Kind::SameDatesLastYear, calendar);
    const SeriesAggregator days(calendar, Granularity::Day);
    const AggregatedSeries compared =
        days.aggregate(quarterHours(lastYear.fromUtcMs(), lastYear.toUtcMs(), 1.0), lastYear.fromUtcMs(),
                       lastYear.toUtcMs());
    QCOMPARE(compared.buckets.size(), size_t(31));
    const AggregatedSeries shifted =
        PeriodComparison::shiftedOnto(compared, current, Kind::SameDatesLastYear, calendar);
    QCOMPARE(shifted.buckets.size(), size_t(31));
    for (size_t i = 0; i < 31; ++i) {
        QCOMPARE(calendar.localDate(shifted.buckets[i].startUtcMs), QDate(2024, 3, int(i) + 1));
        QCOMPARE(shifted.buckets[i].value, compared.buckets[i].value); // 2023's values, 2024's days
    }
    // 26 March 2023 had 23 hours; it now stands on 26 March 2024 with its 92 quarter-hours.
    QCOMPARE(shifted.buckets[25].value, 92.0);
    QCOMPARE(shifted.fromUtcMs, current.fromUtcMs());

    // A longer compared period loses what does not fit: February 2024 (29 days) onto February 2023.
    const TimeRange february2023 = TimeRange::fromPreset(
        TimeRange::Preset::ThisMonth, calendar.startOfLocalDate(QDate(2023, 2, 10)), calendar);
    const TimeRange february2024 = TimeRange::fromPreset(
        TimeRange::Preset::ThisMonth, calendar.startOfLocalDate(QDate(2024, 2, 10)), calendar);
    const AggregatedSeries leap =
        days.aggregate(quarterHours(february2024.fromUtcMs(), february2024.toUtcMs(), 1.0),
                       february2024.fromUtcMs(), february2024.toUtcMs());
    QCOMPARE(
        PeriodComparison::shiftedOnto(leap, february2023, Kind::SameDatesLastYear, calendar).buckets.size(),
        size_t(28));
}

void TestTimeRangeComparison::aLongerMonthLosesTheDaysAShorterOneHasNot()
{
    // February 2023 (28 days) against January (31): the 1st on the 1st, … the 28th on the 28th; the
    // 29th to the 31st of January have no day to stand on.
    const TimeRange february = localDates(QDate(2023, 2, 1), QDate(2023, 3, 1));
    const TimeRange january = PeriodComparison::comparisonRange(february, Kind::PreviousPeriod, paris());
    const AggregatedSeries compared = numberedDays(january, Granularity::Day);
    QCOMPARE(compared.buckets.size(), size_t(31));
    const QMap<QDate, double> shifted =
        byDate(PeriodComparison::shiftedOnto(compared, february, Kind::PreviousPeriod, paris()));
    QCOMPARE(shifted.size(), 28);
    for (int day = 1; day <= 28; ++day)
        QCOMPARE(shifted.value(QDate(2023, 2, day)), 96.0 * day); // the day-th of January
    // March (31 days) against February (28): the 29th to the 31st of March have no comparison.
    const TimeRange march = localDates(QDate(2023, 3, 1), QDate(2023, 4, 1));
    const TimeRange previous = PeriodComparison::comparisonRange(march, Kind::PreviousPeriod, paris());
    const QMap<QDate, double> onMarch = byDate(PeriodComparison::shiftedOnto(
        numberedDays(previous, Granularity::Day), march, Kind::PreviousPeriod, paris()));
    QCOMPARE(onMarch.size(), 28);
    QCOMPARE(onMarch.firstKey(), QDate(2023, 3, 1));
    QCOMPARE(onMarch.lastKey(), QDate(2023, 3, 28));
    QCOMPARE(onMarch.value(QDate(2023, 3, 28)), 96.0 * (31 + 28)); // 28 February
}

void TestTimeRangeComparison::lastYearsDatesStandOnTheirDatesAcrossALeapDay()
{
    // 2024 (366 days) by day against the same dates of 2023: 1 March on 1 March, 31 December on 31
    // December; 29 February 2024 has nothing to compare with.
    const TimeRange year2024 = localDates(QDate(2024, 1, 1), QDate(2025, 1, 1));
    const TimeRange year2023 = PeriodComparison::comparisonRange(year2024, Kind::SameDatesLastYear, paris());
    const AggregatedSeries days2023 = numberedDays(year2023, Granularity::Day);
    const QMap<QDate, double> shifted =
        byDate(PeriodComparison::shiftedOnto(days2023, year2024, Kind::SameDatesLastYear, paris()));
    QCOMPARE(shifted.size(), 365);
    QVERIFY(!shifted.contains(QDate(2024, 2, 29)));
    const QMap<QDate, double> original = byDate(days2023);
    for (auto it = shifted.cbegin(); it != shifted.cend(); ++it)
        QCOMPARE(it.value(), original.value(it.key().addYears(-1)));
    // 2025 against 2024: 29 February 2024 is left out, 1 March 2024 stands on 1 March 2025.
    const TimeRange year2025 = localDates(QDate(2025, 1, 1), QDate(2026, 1, 1));
    const AggregatedSeries days2024 = numberedDays(year2024, Granularity::Day);
    const QMap<QDate, double> on2025 =
        byDate(PeriodComparison::shiftedOnto(days2024, year2025, Kind::SameDatesLastYear, paris()));
    QCOMPARE(on2025.size(), 365);
    QCOMPARE(on2025.value(QDate(2025, 2, 28)), byDate(days2024).value(QDate(2024, 2, 28)));
    QCOMPARE(on2025.value(QDate(2025, 3, 1)), byDate(days2024).value(QDate(2024, 3, 1)));
    // By month, each month on its month: February 2024 (29 days) on February 2025.
    const QMap<QDate, double> months = byDate(PeriodComparison::shiftedOnto(
        numberedDays(year2024, Granularity::Month), year2025, Kind::SameDatesLastYear, paris()));
    QCOMPARE(months.size(), 12);
    double february2024 = 0;
    for (int day = 32; day <= 60; ++day)
        february2024 += 96.0 * day;
    QCOMPARE(months.value(QDate(2025, 2, 1)), february2024);
}

void TestTimeRangeComparison::aLeapDayAloneComparesWithTheDayBefore()
{
    // "Today" on 29 February 2024 against last year: 28 February 2023, every quarter-hour on its own.
    const TimeRange leapDay = localDates(QDate(2024, 2, 29), QDate(2024, 3, 1));
    const TimeRange compared = PeriodComparison::comparisonRange(leapDay, Kind::SameDatesLastYear, paris());
    const AggregatedSeries quarters = numberedDays(compared, Granularity::FifteenMinutes);
    QCOMPARE(quarters.buckets.size(), size_t(96));
    const AggregatedSeries shifted =
        PeriodComparison::shiftedOnto(quarters, leapDay, Kind::SameDatesLastYear, paris());
    QCOMPARE(shifted.buckets.size(), size_t(96));
    for (size_t i = 0; i < 96; ++i) {
        QCOMPARE(shifted.buckets[i].startUtcMs, leapDay.fromUtcMs() + qint64(i) * kQuarterMs);
        QCOMPARE(shifted.buckets[i].endUtcMs - shifted.buckets[i].startUtcMs, kQuarterMs);
        QCOMPARE(shifted.buckets[i].value, 59.0); // 28 February
    }
}

void TestTimeRangeComparison::aYearOfFiftyThreeIsoWeeksLinesUpItsWeekdays()
{
    // 2026 by week has 53 ISO weeks: its first (from Thursday 1 January) to its 53rd (Monday 28
    // December). Last year's weeks, 52 weeks back, stand on them Monday on Monday: the week of
    // Thursday 2 January 2025 on week 1, the week of Monday 29 December 2025 on week 53.
    const TimeRange year2026 = localDates(QDate(2026, 1, 1), QDate(2027, 1, 1));
    const Kind kind =
        PeriodComparison::kindFor(Mode::SamePeriodLastYear, year2026, Granularity::Week, paris());
    QCOMPARE(kind, Kind::SameWeekdaysLastYear);
    const TimeRange compared = PeriodComparison::comparisonRange(year2026, kind, paris());
    const AggregatedSeries weeks = numberedDays(compared, Granularity::Week);
    const AggregatedSeries current = numberedDays(year2026, Granularity::Week);
    QCOMPARE(current.buckets.size(), size_t(53));
    QCOMPARE(paris().localDate(current.buckets.back().startUtcMs).weekNumber(), 53);
    const AggregatedSeries shifted = PeriodComparison::shiftedOnto(weeks, year2026, kind, paris());
    QCOMPARE(shifted.buckets.size(), size_t(53));
    for (size_t i = 0; i < 53; ++i) {
        QCOMPARE(shifted.buckets[i].startUtcMs, current.buckets[i].startUtcMs);
        QCOMPARE(paris().localDate(shifted.buckets[i].startUtcMs).dayOfWeek(), 1);
        QCOMPARE(paris().localDate(weeks.buckets[i].startUtcMs).addDays(364),
                 paris().localDate(current.buckets[i].startUtcMs));
        // The same weekdays present: the partial first and last weeks hold as many quarter-hours.
        QCOMPARE(shifted.buckets[i].intervalsPresent, current.buckets[i].intervalsPresent);
    }
    QCOMPARE(paris().localDate(weeks.buckets.back().startUtcMs), QDate(2025, 12, 29));
}

void TestTimeRangeComparison::theComparedSpanEndsWhereTheCurrentDataEnds()
{
    // October 2025 so far (to the 15th, 10:00) against October 2024: to 15 October 2024, 10:00.
    const TimeRange october = localDates(QDate(2025, 10, 1), QDate(2025, 11, 1));
    const TimeRange lastYear = PeriodComparison::comparisonRange(october, Kind::SameDatesLastYear, paris());
    const qint64 tenOClock = 10 * 4 * kQuarterMs;
    const TimelineShift days(lastYear, october, Granularity::Day, Kind::SameDatesLastYear, paris());
    QCOMPARE(days.toCompared(paris().startOfLocalDate(QDate(2025, 10, 15)) + tenOClock),
             paris().startOfLocalDate(QDate(2024, 10, 15)) + tenOClock);
    QCOMPARE(days.toCompared(october.toUtcMs()), lastYear.toUtcMs());
    // A year by month, March 2024 against the previous year: 10 March 2023.
    const TimeRange year2024 = localDates(QDate(2024, 1, 1), QDate(2025, 1, 1));
    const TimeRange year2023 = localDates(QDate(2023, 1, 1), QDate(2024, 1, 1));
    const TimelineShift months(year2023, year2024, Granularity::Month, Kind::SameDatesLastYear, paris());
    QCOMPARE(months.toCompared(paris().startOfLocalDate(QDate(2024, 3, 10))),
             paris().startOfLocalDate(QDate(2023, 3, 10)));
    // By day, 29 February 2024 at noon: all of February 2023.
    const TimelineShift leap(year2023, year2024, Granularity::Day, Kind::SameDatesLastYear, paris());
    QCOMPARE(leap.toCompared(paris().startOfLocalDate(QDate(2024, 2, 29)) + 12 * 4 * kQuarterMs),
             paris().startOfLocalDate(QDate(2023, 3, 1)));
    QCOMPARE(leap.toCompared(paris().startOfLocalDate(QDate(2024, 3, 2))),
             paris().startOfLocalDate(QDate(2023, 3, 2)));
}

void TestTimeRangeComparison::comparisonNamesItsPeriod()
{
    QCOMPARE(PeriodComparison::label(localDates(QDate(2024, 10, 1), QDate(2024, 11, 1)), paris()),
             QStringLiteral("Oct 2024"));
    QCOMPARE(PeriodComparison::label(localDates(QDate(2023, 1, 1), QDate(2024, 1, 1)), paris()),
             QStringLiteral("2023"));
    QCOMPARE(PeriodComparison::label(localDates(QDate(2023, 2, 28), QDate(2023, 3, 1)), paris()),
             QStringLiteral("Tue 28 Feb 2023"));
    QCOMPARE(PeriodComparison::label(localDates(QDate(2025, 12, 29), QDate(2026, 1, 5)), paris()),
             QStringLiteral("29 Dec 2025 – 4 Jan 2026"));
    Mode mode = Mode::None;
    QVERIFY(PeriodComparison::modeFromKey(QStringLiteral("last-year"), &mode));
    QCOMPARE(mode, Mode::SamePeriodLastYear);
    QCOMPARE(PeriodComparison::modeKey(Mode::PreviousPeriod), QStringLiteral("previous"));
    QVERIFY(!PeriodComparison::modeFromKey(QStringLiteral("yesterday"), &mode));
}

QTEST_GUILESS_MAIN(TestTimeRangeComparison)
#include "tst_timerangecomparison.moc"
