// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/calendarperiod.h"
#include "timeseries/timerange.h"
#include "timeseries/zonedcalendar.h"

#include <QTest>

using namespace meterscope;
using Kind = CalendarPeriod::Kind;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

TimeRange localDates(const ZonedCalendar &calendar, const QDate &from, const QDate &to)
{
    return TimeRange::custom(calendar.startOfLocalDate(from), calendar.startOfLocalDate(to));
}
} // namespace

class TestCalendarPeriod : public QObject
{
    Q_OBJECT

private slots:
    void namesThePeriod_data();
    void namesThePeriod();
    void monthNamesFollowTheLocale();
    void datesTextGivesTheFirstAndLastDay();
    void offersGranularitiesOfWhichAWholePeriodFits_data();
    void offersGranularitiesOfWhichAWholePeriodFits();
    void anInvalidRangeHasNoName();
};

void TestCalendarPeriod::namesThePeriod_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("day") << QByteArray("Europe/Paris") << QDate(2026, 10, 14) << QDate(2026, 10, 15)
                         << int(Kind::Day) << QStringLiteral("Wed 14 Oct 2026");
    QTest::newRow("25-hour day") << QByteArray("Europe/Paris") << QDate(2026, 10, 25) << QDate(2026, 10, 26)
                                 << int(Kind::Day) << QStringLiteral("Sun 25 Oct 2026");
    // Santiago's clocks went from 24:00 to 01:00: the day starts at 01:00 and is still a day.
    QTest::newRow("day without midnight")
        << QByteArray("America/Santiago") << QDate(2024, 9, 8) << QDate(2024, 9, 9) << int(Kind::Day)
        << QStringLiteral("Sun 8 Sep 2024");
    QTest::newRow("week") << QByteArray("Europe/Paris") << QDate(2026, 10, 5) << QDate(2026, 10, 12)
                          << int(Kind::Week) << QStringLiteral("Week 41, 2026");
    QTest::newRow("week with the DST change")
        << QByteArray("Europe/Paris") << QDate(2026, 10, 19) << QDate(2026, 10, 26) << int(Kind::Week)
        << QStringLiteral("Week 43, 2026");
    // 2026 has 53 ISO weeks; its week 1 started on Monday 29 December 2025.
    QTest::newRow("ISO week 53") << QByteArray("Europe/Paris") << QDate(2026, 12, 28) << QDate(2027, 1, 4)
                                 << int(Kind::Week) << QStringLiteral("Week 53, 2026");
    QTest::newRow("ISO week 1 in December")
        << QByteArray("Europe/Paris") << QDate(2025, 12, 29) << QDate(2026, 1, 5) << int(Kind::Week)
        << QStringLiteral("Week 1, 2026");
    QTest::newRow("month with DST start")
        << QByteArray("Europe/Paris") << QDate(2026, 3, 1) << QDate(2026, 4, 1) << int(Kind::Month)
        << QStringLiteral("March 2026");
    QTest::newRow("month with DST end")
        << QByteArray("Europe/Paris") << QDate(2026, 10, 1) << QDate(2026, 11, 1) << int(Kind::Month)
        << QStringLiteral("October 2026");
    QTest::newRow("February") << QByteArray("Asia/Kolkata") << QDate(2026, 2, 1) << QDate(2026, 3, 1)
                              << int(Kind::Month) << QStringLiteral("February 2026");
    QTest::newRow("year") << QByteArray("America/New_York") << QDate(2025, 1, 1) << QDate(2026, 1, 1)
                          << int(Kind::Year) << QStringLiteral("2025");
    QTest::newRow("seven days from a Wednesday")
        << QByteArray("Europe/Paris") << QDate(2026, 10, 7) << QDate(2026, 10, 14) << int(Kind::Span)
        << QStringLiteral("7 Oct – 13 Oct 2026");
    QTest::newRow("thirty days") << QByteArray("Europe/Paris") << QDate(2026, 9, 3) << QDate(2026, 10, 3)
                                 << int(Kind::Span) << QStringLiteral("3 Sep – 2 Oct 2026");
    QTest::newRow("two months across years")
        << QByteArray("Europe/Paris") << QDate(2025, 12, 1) << QDate(2026, 2, 1) << int(Kind::Span)
        << QStringLiteral("1 Dec 2025 – 31 Jan 2026");
}

void TestCalendarPeriod::namesThePeriod()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const ZonedCalendar calendar{QTimeZone(zone)};
    QVERIFY(calendar.zone().isValid());
    const CalendarPeriod period(localDates(calendar, from, to), calendar);
    QCOMPARE(int(period.kind()), kind);
    QCOMPARE(period.name(kEnglish), name);
    QCOMPARE(period.firstDate(), from);
    QCOMPARE(period.lastDate(), to.addDays(-1));
}

void TestCalendarPeriod::monthNamesFollowTheLocale()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const CalendarPeriod october(localDates(calendar, QDate(2026, 10, 1), QDate(2026, 11, 1)), calendar);
    QCOMPARE(october.name(QLocale(QLocale::French, QLocale::France)), QStringLiteral("octobre 2026"));
    QCOMPARE(october.name(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("Oktober 2026"));
}

void TestCalendarPeriod::datesTextGivesTheFirstAndLastDay()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    QCOMPARE(CalendarPeriod(localDates(calendar, QDate(2026, 10, 5), QDate(2026, 10, 12)), calendar)
                 .datesText(kEnglish),
             QStringLiteral("5 Oct 2026 – 11 Oct 2026"));
    QCOMPARE(CalendarPeriod(localDates(calendar, QDate(2026, 10, 25), QDate(2026, 10, 26)), calendar)
                 .datesText(kEnglish),
             QStringLiteral("Sun 25 Oct 2026"));
}

void TestCalendarPeriod::offersGranularitiesOfWhichAWholePeriodFits_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<bool>>("offered"); // 15 minutes, hour, day, week, month, year
    QTest::newRow("month") << QDate(2026, 10, 1) << QDate(2026, 11, 1)
                           << QList<bool>{true, true, true, true, true, false};
    QTest::newRow("February") << QDate(2026, 2, 1) << QDate(2026, 3, 1)
                              << QList<bool>{true, true, true, true, true, false};
    QTest::newRow("week") << QDate(2026, 10, 5) << QDate(2026, 10, 12)
                          << QList<bool>{true, true, true, true, false, false};
    QTest::newRow("seven days from a Wednesday")
        << QDate(2026, 10, 7) << QDate(2026, 10, 14) << QList<bool>{true, true, true, false, false, false};
    QTest::newRow("25-hour day") << QDate(2026, 10, 25) << QDate(2026, 10, 26)
                                 << QList<bool>{true, true, true, false, false, false};
    QTest::newRow("thirty days") << QDate(2026, 9, 3) << QDate(2026, 10, 3)
                                 << QList<bool>{true, true, true, true, false, false};
    QTest::newRow("365 days") << QDate(2025, 12, 2) << QDate(2026, 12, 2)
                              << QList<bool>{true, true, true, true, true, false};
    QTest::newRow("year") << QDate(2025, 1, 1) << QDate(2026, 1, 1)
                          << QList<bool>{true, true, true, true, true, true};
}

void TestCalendarPeriod::offersGranularitiesOfWhichAWholePeriodFits()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<bool>, offered);
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const CalendarPeriod period(localDates(calendar, from, to), calendar);
    const Granularity all[] = {Granularity::FifteenMinutes, Granularity::Hour,  Granularity::Day,
                               Granularity::Week,           Granularity::Month, Granularity::Year};
    for (int i = 0; i < 6; ++i)
        QVERIFY2(period.offers(all[i]) == offered.at(i), qPrintable(granularityKey(all[i])));
}

void TestCalendarPeriod::anInvalidRangeHasNoName()
{
    const ZonedCalendar calendar{QTimeZone::utc()};
    const CalendarPeriod period(TimeRange(), calendar);
    QVERIFY(period.name(kEnglish).isEmpty());
    QVERIFY(!period.offers(Granularity::Day));
}

QTEST_GUILESS_MAIN(TestCalendarPeriod)
#include "tst_calendarperiod.moc"
