// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/series.h"
#include "support/seriesfixture.h"
#include "timeseries/periodcomparison.h"
#include "timeseries/seriesaggregator.h"

#include <QTest>

using namespace meterscope;
using Kind = PeriodComparison::Kind;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;

Series quarterHours(qint64 from, qint64 to, double value)
{
    return fixture::quarterHours(QStringLiteral("kWh"), from, to, value);
}
} // namespace

class TestTimeRangeComparison : public QObject
{
    Q_OBJECT

private slots:
    void comparisonRangeFollowsTheKind_data();
    void comparisonRangeFollowsTheKind();
    void lastYearsDaysDrawOnThisYearsDays();
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
    const AggregatedSeries shifted = PeriodComparison::shiftedOnto(compared, current, calendar);
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
    QCOMPARE(PeriodComparison::shiftedOnto(leap, february2023, calendar).buckets.size(), size_t(28));
}

QTEST_GUILESS_MAIN(TestTimeRangeComparison)
#include "tst_timerangecomparison.moc"
