// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/timerange.h"
#include "timeseries/zonedcalendar.h"

#include <QDateTime>
#include <QTest>

using namespace meterscope;
using Preset = TimeRange::Preset;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreLocalCalendarPeriods_data();
    void presetsAreLocalCalendarPeriods();
    void todayFollowsTheSiteZoneNotUtc();
    void steppingMovesByThePresetsUnit_data();
    void steppingMovesByThePresetsUnit();
    void steppingBackAndForthReturns();
    void customRangesStepByTheirShape();
    void steppingForwardStopsAtThePresent();
    void aRangeIsItsPresetOnlyOnThePresetsOwnPeriod();
    void automaticGranularityFollowsTheLength_data();
    void automaticGranularityFollowsTheLength();
    void fetchIntervalIsFineEnoughForTheClientToAggregate_data();
    void fetchIntervalIsFineEnoughForTheClientToAggregate();
    void presetKeysRoundTrip();
};

void TestTimeRange::presetsAreLocalCalendarPeriods_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // "now" is Sunday 2024-03-31 12:00 in Paris (the 23-hour day), the last day of a month and a week.
    QTest::newRow("today") << int(Preset::Today) << QDate(2024, 3, 31) << QDate(2024, 4, 1);
    QTest::newRow("yesterday") << int(Preset::Yesterday) << QDate(2024, 3, 30) << QDate(2024, 3, 31);
    QTest::newRow("this-week") << int(Preset::ThisWeek) << QDate(2024, 3, 25) << QDate(2024, 4, 1);
    QTest::newRow("last-week") << int(Preset::LastWeek) << QDate(2024, 3, 18) << QDate(2024, 3, 25);
    QTest::newRow("this-month") << int(Preset::ThisMonth) << QDate(2024, 3, 1) << QDate(2024, 4, 1);
    QTest::newRow("last-month") << int(Preset::LastMonth) << QDate(2024, 2, 1) << QDate(2024, 3, 1);
    QTest::newRow("this-year") << int(Preset::ThisYear) << QDate(2024, 1, 1) << QDate(2025, 1, 1);
    QTest::newRow("last-year") << int(Preset::LastYear) << QDate(2023, 1, 1) << QDate(2024, 1, 1);
    QTest::newRow("last-7-days") << int(Preset::Last7Days) << QDate(2024, 3, 24) << QDate(2024, 3, 31);
    QTest::newRow("last-30-days") << int(Preset::Last30Days) << QDate(2024, 3, 1) << QDate(2024, 3, 31);
    QTest::newRow("last-365-days") << int(Preset::Last365Days) << QDate(2023, 4, 1) << QDate(2024, 3, 31);
}

void TestTimeRange::presetsAreLocalCalendarPeriods()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const TimeRange range =
        TimeRange::fromPreset(Preset(preset), utc(QStringLiteral("2024-03-31T10:00:00Z")), calendar);
    QCOMPARE(range.preset(), Preset(preset));
    QCOMPARE(calendar.localDate(range.fromUtcMs()), from);
    QCOMPARE(range.fromUtcMs(), calendar.startOfLocalDate(from));
    QCOMPARE(range.toUtcMs(), calendar.startOfLocalDate(to));
}

void TestTimeRange::todayFollowsTheSiteZoneNotUtc()
{
    // 2024-06-30T20:00Z is already 1 July in Kathmandu and still 30 June in New York.
    const qint64 now = utc(QStringLiteral("2024-06-30T20:00:00Z"));
    const ZonedCalendar kathmandu{QTimeZone("Asia/Kathmandu")};
    const ZonedCalendar newYork{QTimeZone("America/New_York")};
    const TimeRange there = TimeRange::fromPreset(Preset::Today, now, kathmandu);
    QCOMPARE(there.fromUtcMs(), utc(QStringLiteral("2024-06-30T18:15:00Z")));
    QCOMPARE(there.lengthMs(), kDayMs);
    const TimeRange month = TimeRange::fromPreset(Preset::ThisMonth, now, newYork);
    QCOMPARE(month.fromUtcMs(), utc(QStringLiteral("2024-06-01T04:00:00Z")));
    QCOMPARE(month.toUtcMs(), utc(QStringLiteral("2024-07-01T04:00:00Z")));
    QVERIFY(month.contains(now));
}

void TestTimeRange::steppingMovesByThePresetsUnit_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // "now" is 2024-03-31 (a Sunday, the last day of March).
    QTest::newRow("month-back-from-31-march-is-february")
        << QByteArray("Europe/Paris") << int(Preset::ThisMonth) << -1 << QDate(2024, 2, 1)
        << QDate(2024, 3, 1);
    QTest::newRow("month-forward") << QByteArray("Europe/Paris") << int(Preset::LastMonth) << 2
                                   << QDate(2024, 4, 1) << QDate(2024, 5, 1);
    QTest::newRow("day-back-over-dst")
        << QByteArray("Europe/Paris") << int(Preset::Today) << -1 << QDate(2024, 3, 30) << QDate(2024, 3, 31);
    QTest::newRow("day-forward-santiago") << QByteArray("America/Santiago") << int(Preset::Today) << 161
                                          << QDate(2024, 9, 8) << QDate(2024, 9, 9);
    QTest::newRow("week-back") << QByteArray("America/New_York") << int(Preset::ThisWeek) << -3
                               << QDate(2024, 3, 4) << QDate(2024, 3, 11);
    QTest::newRow("year-back-leap") << QByteArray("Australia/Adelaide") << int(Preset::ThisYear) << -1
                                    << QDate(2023, 1, 1) << QDate(2024, 1, 1);
    QTest::newRow("last-7-days-back") << QByteArray("Asia/Kolkata") << int(Preset::Last7Days) << -1
                                      << QDate(2024, 3, 17) << QDate(2024, 3, 24);
    QTest::newRow("last-30-days-forward") << QByteArray("Asia/Kathmandu") << int(Preset::Last30Days) << 1
                                          << QDate(2024, 3, 31) << QDate(2024, 4, 30);
}

void TestTimeRange::steppingMovesByThePresetsUnit()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(int, preset);
    QFETCH(int, steps);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ZonedCalendar calendar{QTimeZone(zoneId)};
    const qint64 now = calendar.startOfLocalDate(QDate(2024, 3, 31)) + 12 * kHourMs;
    const TimeRange range = TimeRange::fromPreset(Preset(preset), now, calendar).stepped(steps, calendar);
    QCOMPARE(range.fromUtcMs(), calendar.startOfLocalDate(from));
    QCOMPARE(range.toUtcMs(), calendar.startOfLocalDate(to));
    QCOMPARE(range.preset(), Preset(preset));
}

void TestTimeRange::steppingBackAndForthReturns()
{
    const ZonedCalendar calendar{QTimeZone("America/Santiago")};
    const qint64 now = utc(QStringLiteral("2024-09-08T15:00:00Z"));
    for (int preset = int(Preset::Today); preset < int(Preset::Custom); ++preset) {
        const TimeRange range = TimeRange::fromPreset(Preset(preset), now, calendar);
        QCOMPARE(range.stepped(-5, calendar).stepped(5, calendar), range);
        QCOMPARE(range.stepped(1, calendar).stepped(-1, calendar), range);
        QVERIFY(range.stepped(-1, calendar).toUtcMs() <= range.fromUtcMs());
    }
}

void TestTimeRange::customRangesStepByTheirShape()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    // Whole months: Q1 steps to Q2 (91 days, not 90).
    const TimeRange quarter = TimeRange::custom(calendar.startOfLocalDate(QDate(2024, 1, 1)),
                                                calendar.startOfLocalDate(QDate(2024, 4, 1)));
    QCOMPARE(quarter.stepped(1, calendar), TimeRange::custom(calendar.startOfLocalDate(QDate(2024, 4, 1)),
                                                             calendar.startOfLocalDate(QDate(2024, 7, 1))));
    // Whole days: three local days across the DST change stay three local days.
    const TimeRange days = TimeRange::custom(calendar.startOfLocalDate(QDate(2024, 3, 27)),
                                             calendar.startOfLocalDate(QDate(2024, 3, 30)));
    QCOMPARE(days.stepped(1, calendar), TimeRange::custom(calendar.startOfLocalDate(QDate(2024, 3, 30)),
                                                          calendar.startOfLocalDate(QDate(2024, 4, 2))));
    // Anything else moves by its length.
    const TimeRange window = TimeRange::custom(utc(QStringLiteral("2024-03-30T10:10:00Z")),
                                               utc(QStringLiteral("2024-03-30T13:40:00Z")));
    QCOMPARE(window.stepped(-2, calendar).fromUtcMs(), utc(QStringLiteral("2024-03-30T03:10:00Z")));
    QCOMPARE(window.stepped(-2, calendar).lengthMs(), window.lengthMs());
}

void TestTimeRange::automaticGranularityFollowsTheLength_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("granularity");
    QTest::newRow("today") << int(Preset::Today) << int(Granularity::FifteenMinutes);
    QTest::newRow("this-week") << int(Preset::ThisWeek) << int(Granularity::Hour);
    QTest::newRow("last-7-days") << int(Preset::Last7Days) << int(Granularity::Hour);
    QTest::newRow("this-month") << int(Preset::ThisMonth) << int(Granularity::Day);
    QTest::newRow("last-30-days") << int(Preset::Last30Days) << int(Granularity::Day);
    QTest::newRow("this-year") << int(Preset::ThisYear) << int(Granularity::Month);
    QTest::newRow("last-365-days") << int(Preset::Last365Days) << int(Granularity::Month);
}

void TestTimeRange::automaticGranularityFollowsTheLength()
{
    QFETCH(int, preset);
    QFETCH(int, granularity);
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    // The week of the 25-hour day.
    const qint64 now = utc(QStringLiteral("2024-10-27T12:00:00Z"));
    QCOMPARE(int(TimeRange::fromPreset(Preset(preset), now, calendar).automaticGranularity()), granularity);

    QCOMPARE(TimeRange::custom(0, 2 * kDayMs + kHourMs).automaticGranularity(), Granularity::FifteenMinutes);
    QCOMPARE(TimeRange::custom(0, 3 * kDayMs).automaticGranularity(), Granularity::Hour);
    QCOMPARE(TimeRange::custom(0, 120 * kDayMs).automaticGranularity(), Granularity::Week);
    QCOMPARE(TimeRange::custom(0, 10 * 366 * kDayMs).automaticGranularity(), Granularity::Year);
}

void TestTimeRange::fetchIntervalIsFineEnoughForTheClientToAggregate_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("interval");
    QTest::newRow("day-bars-over-a-year")
        << QByteArray("Europe/Paris") << 366 << int(Granularity::Day) << int(ApiInterval::FifteenMinutes);
    QTest::newRow("hours") << QByteArray("Europe/Paris") << 7 << int(Granularity::Hour)
                           << int(ApiInterval::FifteenMinutes);
    QTest::newRow("months-one-year") << QByteArray("Europe/Paris") << 365 << int(Granularity::Month)
                                     << int(ApiInterval::FifteenMinutes);
    // Beyond a year too: coverage is counted by quarter-hour, never by hour.
    QTest::newRow("months-three-years") << QByteArray("Europe/Paris") << 3 * 365 << int(Granularity::Month)
                                        << int(ApiInterval::FifteenMinutes);
    QTest::newRow("weeks-two-years-new-york") << QByteArray("America/New_York") << 730
                                              << int(Granularity::Week) << int(ApiInterval::FifteenMinutes);
    QTest::newRow("months-three-years-kolkata")
        << QByteArray("Asia/Kolkata") << 3 * 365 << int(Granularity::Month)
        << int(ApiInterval::FifteenMinutes);
    QTest::newRow("years-adelaide") << QByteArray("Australia/Adelaide") << 5 * 365 << int(Granularity::Year)
                                    << int(ApiInterval::FifteenMinutes);
}

void TestTimeRange::fetchIntervalIsFineEnoughForTheClientToAggregate()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(int, days);
    QFETCH(int, granularity);
    QFETCH(int, interval);
    const ZonedCalendar calendar{QTimeZone(zoneId)};
    const qint64 from = calendar.startOfLocalDate(QDate(2022, 1, 1));
    const TimeRange range =
        TimeRange::custom(from, calendar.startOfLocalDate(QDate(2022, 1, 1).addDays(days)));
    QCOMPARE(int(range.fetchInterval(Granularity(granularity), calendar)), interval);
}

void TestTimeRange::presetKeysRoundTrip()
{
    for (int preset = int(Preset::Today); preset <= int(Preset::Custom); ++preset) {
        const QString key = TimeRange::presetKey(Preset(preset));
        QVERIFY(!key.isEmpty());
        QVERIFY(!TimeRange::presetDisplayName(Preset(preset)).isEmpty());
        Preset parsed = Preset::Today;
        QVERIFY(TimeRange::presetFromKey(key.toUpper(), &parsed));
        QCOMPARE(int(parsed), preset);
    }
    Preset untouched = Preset::Today;
    QVERIFY(!TimeRange::presetFromKey(QStringLiteral("next-week"), &untouched));
    QCOMPARE(untouched, Preset::Today);
}

void TestTimeRange::steppingForwardStopsAtThePresent()
{
    // "now" is Saturday 14 November 2026 in Paris.
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 now = utc(QStringLiteral("2026-11-14T11:00:00Z"));
    const TimeRange november = TimeRange::fromPreset(Preset::ThisMonth, now, calendar);
    QVERIFY(!november.canStepForward(now, calendar));
    QCOMPARE(november.steppedUpTo(1, now, calendar), november); // December has not begun
    const TimeRange august = november.steppedUpTo(-3, now, calendar);
    QCOMPARE(calendar.localDate(august.fromUtcMs()), QDate(2026, 8, 1));
    QVERIFY(august.canStepForward(now, calendar));
    QCOMPARE(august.steppedUpTo(1, now, calendar), august.stepped(1, calendar));
    // Five months on from August would be January: it stops at November.
    QCOMPARE(august.steppedUpTo(5, now, calendar), november);

    const TimeRange today = TimeRange::fromPreset(Preset::Today, now, calendar);
    QVERIFY(!today.canStepForward(now, calendar));
    QVERIFY(today.steppedUpTo(-1, now, calendar).canStepForward(now, calendar));
    // The last 7 complete days may move once more, to the seven days that start today.
    const TimeRange lastWeekDays = TimeRange::fromPreset(Preset::Last7Days, now, calendar);
    QVERIFY(lastWeekDays.canStepForward(now, calendar));
    const TimeRange fromToday = lastWeekDays.steppedUpTo(2, now, calendar);
    QCOMPARE(fromToday.fromUtcMs(), calendar.startOfLocalDate(QDate(2026, 11, 14)));
    QVERIFY(!fromToday.canStepForward(now, calendar));
    // A year ahead of now (a custom range) does not move forward at all.
    const TimeRange later = TimeRange::custom(now + 400 * kDayMs, now + 401 * kDayMs);
    QCOMPARE(later.steppedUpTo(1, now, calendar), later);
    QVERIFY(!TimeRange().canStepForward(now, calendar));
}

void TestTimeRange::aRangeIsItsPresetOnlyOnThePresetsOwnPeriod()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 now = utc(QStringLiteral("2026-11-14T11:00:00Z"));
    for (int preset = int(Preset::Today); preset < int(Preset::Custom); ++preset) {
        const TimeRange range = TimeRange::fromPreset(Preset(preset), now, calendar);
        QVERIFY(range.isPresetAt(now, calendar));
        QVERIFY(!range.stepped(-1, calendar).isPresetAt(now, calendar));
        QVERIFY(range.stepped(-1, calendar).stepped(1, calendar).isPresetAt(now, calendar));
    }
    // "This month" read again a month later is last month's range, no longer this month.
    const TimeRange october = TimeRange::fromPreset(Preset::ThisMonth, now - 30 * kDayMs, calendar);
    QVERIFY(!october.isPresetAt(now, calendar));
    const TimeRange custom = TimeRange::custom(october.fromUtcMs(), october.toUtcMs());
    QVERIFY(!custom.isPresetAt(now, calendar));
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
