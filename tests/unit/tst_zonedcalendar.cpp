// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/zonedcalendar.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

qint64 utc(const char *iso)
{
    const QDateTime dateTime = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(dateTime.isValid());
    return dateTime.toMSecsSinceEpoch();
}

ZonedCalendar zone(const QByteArray &id)
{
    return ZonedCalendar(QTimeZone(id));
}
} // namespace

class TestZonedCalendar : public QObject
{
    Q_OBJECT

private slots:
    void localDayHasItsRealLength_data();
    void localDayHasItsRealLength();
    void dayStartsAtFirstValidLocalTime_data();
    void dayStartsAtFirstValidLocalTime();
    void subDayPeriodsAlignToLocalQuarterHours_data();
    void subDayPeriodsAlignToLocalQuarterHours();
    void calendarPeriodsFollowLocalDates_data();
    void calendarPeriodsFollowLocalDates();
    void periodEdgesCountQuarterHoursOfShortAndLongDays_data();
    void periodEdgesCountQuarterHoursOfShortAndLongDays();
    void periodsAreConsistentEverywhere_data();
    void periodsAreConsistentEverywhere();
    void halfHourShiftStartsItsOwnPeriod();
    void isoWithOffsetShowsLocalTimeAndOffset_data();
    void isoWithOffsetShowsLocalTimeAndOffset();
    void wholeHourOffsetsAreDetected_data();
    void wholeHourOffsetsAreDetected();
    void unknownZoneFallsBackToUtc();
};

void TestZonedCalendar::localDayHasItsRealLength_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("hours");
    QTest::newRow("paris-spring-forward") << QByteArray("Europe/Paris") << QDate(2024, 3, 31) << 23;
    QTest::newRow("paris-fall-back") << QByteArray("Europe/Paris") << QDate(2024, 10, 27) << 25;
    QTest::newRow("paris-summer") << QByteArray("Europe/Paris") << QDate(2024, 7, 14) << 24;
    QTest::newRow("new-york-spring-forward") << QByteArray("America/New_York") << QDate(2024, 3, 10) << 23;
    QTest::newRow("new-york-fall-back") << QByteArray("America/New_York") << QDate(2024, 11, 3) << 25;
    QTest::newRow("adelaide-spring-forward-october")
        << QByteArray("Australia/Adelaide") << QDate(2024, 10, 6) << 23;
    QTest::newRow("adelaide-fall-back-april") << QByteArray("Australia/Adelaide") << QDate(2024, 4, 7) << 25;
    QTest::newRow("kolkata-no-dst") << QByteArray("Asia/Kolkata") << QDate(2024, 3, 31) << 24;
    QTest::newRow("kathmandu-no-dst") << QByteArray("Asia/Kathmandu") << QDate(2024, 10, 27) << 24;
    QTest::newRow("santiago-midnight-gap") << QByteArray("America/Santiago") << QDate(2024, 9, 8) << 23;
    QTest::newRow("santiago-day-before-gap") << QByteArray("America/Santiago") << QDate(2024, 9, 7) << 24;
    QTest::newRow("santiago-fall-back") << QByteArray("America/Santiago") << QDate(2024, 4, 6) << 25;
    QTest::newRow("havana-midnight-twice") << QByteArray("America/Havana") << QDate(2024, 11, 3) << 25;
    QTest::newRow("leap-day") << QByteArray("Europe/Paris") << QDate(2024, 2, 29) << 24;
}

void TestZonedCalendar::localDayHasItsRealLength()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, date);
    QFETCH(int, hours);
    const ZonedCalendar calendar = zone(zoneId);
    const qint64 start = calendar.startOfLocalDate(date);
    const qint64 next = calendar.nextPeriodStart(start, Granularity::Day);
    QCOMPARE(next - start, hours * kHourMs);
    QCOMPARE(calendar.localDate(start), date);
    QCOMPARE(calendar.localDate(start - 1), date.addDays(-1));
    QCOMPARE(calendar.localDate(next - 1), date);
}

void TestZonedCalendar::dayStartsAtFirstValidLocalTime_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expectedUtc");
    QTest::newRow("paris-23h-day") << QByteArray("Europe/Paris") << QDate(2024, 3, 31)
                                   << QStringLiteral("2024-03-30T23:00:00Z");
    // Midnight does not exist: the day starts at 01:00 -03.
    QTest::newRow("santiago-gap") << QByteArray("America/Santiago") << QDate(2024, 9, 8)
                                  << QStringLiteral("2024-09-08T04:00:00Z");
    // 00:00 happens at -04 and again at -05: the day starts at the first.
    QTest::newRow("havana-repeat") << QByteArray("America/Havana") << QDate(2024, 11, 3)
                                   << QStringLiteral("2024-11-03T04:00:00Z");
    QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << QDate(2024, 1, 1)
                               << QStringLiteral("2023-12-31T18:15:00Z");
    QTest::newRow("kolkata-year-boundary")
        << QByteArray("Asia/Kolkata") << QDate(2025, 1, 1) << QStringLiteral("2024-12-31T18:30:00Z");
    QTest::newRow("adelaide-summer") << QByteArray("Australia/Adelaide") << QDate(2024, 1, 1)
                                     << QStringLiteral("2023-12-31T13:30:00Z");
    QTest::newRow("new-york") << QByteArray("America/New_York") << QDate(2024, 11, 3)
                              << QStringLiteral("2024-11-03T04:00:00Z");
}

void TestZonedCalendar::dayStartsAtFirstValidLocalTime()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, date);
    QFETCH(QString, expectedUtc);
    const ZonedCalendar calendar = zone(zoneId);
    const qint64 start = calendar.startOfLocalDate(date);
    QCOMPARE(start, utc(expectedUtc.toLatin1().constData()));
    QCOMPARE(calendar.startOfDay(start + 5 * kHourMs), start);
}

void TestZonedCalendar::subDayPeriodsAlignToLocalQuarterHours_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<QString>("expectedNext");
    // 00:10Z is 05:55 in Kathmandu: its local hour began at 05:00 (23:15Z).
    QTest::newRow("kathmandu-hour") << QByteArray("Asia/Kathmandu") << QStringLiteral("2024-01-01T00:10:00Z")
                                    << int(Granularity::Hour) << QStringLiteral("2023-12-31T23:15:00Z")
                                    << QStringLiteral("2024-01-01T00:15:00Z");
    QTest::newRow("kathmandu-quarter")
        << QByteArray("Asia/Kathmandu") << QStringLiteral("2024-01-01T00:10:00Z")
        << int(Granularity::FifteenMinutes) << QStringLiteral("2024-01-01T00:00:00Z")
        << QStringLiteral("2024-01-01T00:15:00Z");
    QTest::newRow("kolkata-hour") << QByteArray("Asia/Kolkata") << QStringLiteral("2024-06-01T10:00:00Z")
                                  << int(Granularity::Hour) << QStringLiteral("2024-06-01T09:30:00Z")
                                  << QStringLiteral("2024-06-01T10:30:00Z");
    QTest::newRow("adelaide-hour") << QByteArray("Australia/Adelaide")
                                   << QStringLiteral("2024-06-01T10:00:00Z") << int(Granularity::Hour)
                                   << QStringLiteral("2024-06-01T09:30:00Z")
                                   << QStringLiteral("2024-06-01T10:30:00Z");
    // The repeated hour of a fall-back is two periods.
    QTest::newRow("paris-repeated-hour-first")
        << QByteArray("Europe/Paris") << QStringLiteral("2024-10-27T00:30:00Z") << int(Granularity::Hour)
        << QStringLiteral("2024-10-27T00:00:00Z") << QStringLiteral("2024-10-27T01:00:00Z");
    QTest::newRow("paris-repeated-hour-second")
        << QByteArray("Europe/Paris") << QStringLiteral("2024-10-27T01:30:00Z") << int(Granularity::Hour)
        << QStringLiteral("2024-10-27T01:00:00Z") << QStringLiteral("2024-10-27T02:00:00Z");
}

void TestZonedCalendar::subDayPeriodsAlignToLocalQuarterHours()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QString, instant);
    QFETCH(int, granularity);
    QFETCH(QString, expectedStart);
    QFETCH(QString, expectedNext);
    const ZonedCalendar calendar = zone(zoneId);
    const qint64 t = utc(instant.toLatin1().constData());
    QCOMPARE(calendar.periodStart(t, Granularity(granularity)), utc(expectedStart.toLatin1().constData()));
    QCOMPARE(calendar.nextPeriodStart(t, Granularity(granularity)), utc(expectedNext.toLatin1().constData()));
}

void TestZonedCalendar::calendarPeriodsFollowLocalDates_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QDate>("expectedStartDate");
    QTest::addColumn<QDate>("expectedNextDate");
    // 2024-03-06 is a Wednesday; weeks start on Monday.
    QTest::newRow("week-monday") << QByteArray("Europe/Paris") << QStringLiteral("2024-03-06T12:00:00Z")
                                 << int(Granularity::Week) << QDate(2024, 3, 4) << QDate(2024, 3, 11);
    QTest::newRow("week-spanning-dst") << QByteArray("Europe/Paris") << QStringLiteral("2024-03-31T12:00:00Z")
                                       << int(Granularity::Week) << QDate(2024, 3, 25) << QDate(2024, 4, 1);
    QTest::newRow("leap-february") << QByteArray("America/New_York") << QStringLiteral("2024-02-29T12:00:00Z")
                                   << int(Granularity::Month) << QDate(2024, 2, 1) << QDate(2024, 3, 1);
    // 20:00Z on New Year's Eve is already 2025 in Kolkata, still 2024 in New York.
    QTest::newRow("year-kolkata") << QByteArray("Asia/Kolkata") << QStringLiteral("2024-12-31T20:00:00Z")
                                  << int(Granularity::Year) << QDate(2025, 1, 1) << QDate(2026, 1, 1);
    QTest::newRow("year-new-york") << QByteArray("America/New_York") << QStringLiteral("2024-12-31T20:00:00Z")
                                   << int(Granularity::Year) << QDate(2024, 1, 1) << QDate(2025, 1, 1);
    QTest::newRow("day-before-local-midnight")
        << QByteArray("Asia/Kathmandu") << QStringLiteral("2024-05-01T18:14:59Z") << int(Granularity::Day)
        << QDate(2024, 5, 1) << QDate(2024, 5, 2);
    QTest::newRow("day-after-local-midnight")
        << QByteArray("Asia/Kathmandu") << QStringLiteral("2024-05-01T18:15:00Z") << int(Granularity::Day)
        << QDate(2024, 5, 2) << QDate(2024, 5, 3);
    QTest::newRow("month-santiago-gap-day")
        << QByteArray("America/Santiago") << QStringLiteral("2024-09-08T12:00:00Z") << int(Granularity::Month)
        << QDate(2024, 9, 1) << QDate(2024, 10, 1);
}

void TestZonedCalendar::calendarPeriodsFollowLocalDates()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QString, instant);
    QFETCH(int, granularity);
    QFETCH(QDate, expectedStartDate);
    QFETCH(QDate, expectedNextDate);
    const ZonedCalendar calendar = zone(zoneId);
    const qint64 t = utc(instant.toLatin1().constData());
    QCOMPARE(calendar.periodStart(t, Granularity(granularity)), calendar.startOfLocalDate(expectedStartDate));
    QCOMPARE(calendar.nextPeriodStart(t, Granularity(granularity)),
             calendar.startOfLocalDate(expectedNextDate));
}

void TestZonedCalendar::periodEdgesCountQuarterHoursOfShortAndLongDays_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("quarterHours");
    QTest::addColumn<int>("hours");
    QTest::newRow("paris-23h") << QByteArray("Europe/Paris") << QDate(2024, 3, 31) << 92 << 23;
    QTest::newRow("paris-25h") << QByteArray("Europe/Paris") << QDate(2024, 10, 27) << 100 << 25;
    QTest::newRow("new-york-23h") << QByteArray("America/New_York") << QDate(2024, 3, 10) << 92 << 23;
    QTest::newRow("new-york-25h") << QByteArray("America/New_York") << QDate(2024, 11, 3) << 100 << 25;
    QTest::newRow("adelaide-23h") << QByteArray("Australia/Adelaide") << QDate(2024, 10, 6) << 92 << 23;
    QTest::newRow("adelaide-25h") << QByteArray("Australia/Adelaide") << QDate(2024, 4, 7) << 100 << 25;
    QTest::newRow("santiago-23h") << QByteArray("America/Santiago") << QDate(2024, 9, 8) << 92 << 23;
    QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << QDate(2024, 9, 8) << 96 << 24;
}

void TestZonedCalendar::periodEdgesCountQuarterHoursOfShortAndLongDays()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, date);
    QFETCH(int, quarterHours);
    QFETCH(int, hours);
    const ZonedCalendar calendar = zone(zoneId);
    const qint64 from = calendar.startOfLocalDate(date);
    const qint64 to = calendar.startOfLocalDate(date.addDays(1));
    const std::vector<qint64> quarters = calendar.periodEdges(from, to, Granularity::FifteenMinutes);
    QCOMPARE(qsizetype(quarters.size()), quarterHours + 1);
    QCOMPARE(quarters.front(), from);
    QCOMPARE(quarters.back(), to);
    const std::vector<qint64> hourEdges = calendar.periodEdges(from, to, Granularity::Hour);
    QCOMPARE(qsizetype(hourEdges.size()), hours + 1);
    const std::vector<qint64> dayEdges = calendar.periodEdges(from, to, Granularity::Day);
    QCOMPARE(dayEdges, (std::vector<qint64>{from, to}));
}

void TestZonedCalendar::periodsAreConsistentEverywhere_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    for (const char *id :
         {"Europe/Paris", "America/New_York", "Australia/Adelaide", "Asia/Kolkata", "Asia/Kathmandu",
          "America/Santiago", "America/Havana", "Australia/Lord_Howe", "UTC"})
        QTest::newRow(id) << QByteArray(id);
}

void TestZonedCalendar::periodsAreConsistentEverywhere()
{
    // For every granularity, the edges over two years are exactly the chain of nextPeriodStart(),
    // and every instant lies in [periodStart, nextPeriodStart) of its own period.
    QFETCH(QByteArray, zoneId);
    const ZonedCalendar calendar = zone(zoneId);
    const qint64 from = utc("2023-12-20T00:00:00Z");
    const qint64 to = utc("2025-01-10T00:00:00Z");
    for (Granularity granularity : {Granularity::FifteenMinutes, Granularity::Hour, Granularity::Day,
                                    Granularity::Week, Granularity::Month, Granularity::Year}) {
        const std::vector<qint64> edges = calendar.periodEdges(from, to, granularity);
        QVERIFY(edges.size() >= 2);
        QVERIFY(edges.front() <= from);
        QVERIFY(edges.back() >= to);
        for (size_t i = 0; i + 1 < edges.size(); ++i) {
            if (granularity <= Granularity::Hour && i % 97 != 0 &&
                edges[i + 1] - edges[i] == (granularity == Granularity::Hour ? kHourMs : kHourMs / 4))
                continue; // checking every regular quarter-hour would be slow; steps are verified below
            QCOMPARE(calendar.nextPeriodStart(edges[i], granularity), edges[i + 1]);
            QCOMPARE(calendar.periodStart(edges[i], granularity), edges[i]);
        }
        QRandomGenerator random(42);
        for (int i = 0; i < 300; ++i) {
            const qint64 t = from + qint64(random.bounded(double(to - from)));
            const auto after = std::upper_bound(edges.begin(), edges.end(), t);
            QVERIFY(after != edges.begin() && after != edges.end());
            QCOMPARE(calendar.periodStart(t, granularity), *(after - 1));
            QCOMPARE(calendar.nextPeriodStart(t, granularity), *after);
        }
    }
}

void TestZonedCalendar::halfHourShiftStartsItsOwnPeriod()
{
    // Lord Howe Island moves its clocks by 30 minutes: 02:00 +10:30 becomes 02:30 +11:00 at 15:30Z.
    const ZonedCalendar calendar = zone("Australia/Lord_Howe");
    const qint64 transition = utc("2024-10-05T15:30:00Z");
    QCOMPARE(calendar.periodStart(transition + 10 * 60 * 1000, Granularity::Hour), transition);
    QCOMPARE(calendar.nextPeriodStart(transition, Granularity::Hour), utc("2024-10-05T16:00:00Z"));
    QCOMPARE(calendar.nextPeriodStart(transition - 1, Granularity::Hour), transition);
}

void TestZonedCalendar::isoWithOffsetShowsLocalTimeAndOffset_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paris-summer") << QByteArray("Europe/Paris") << QStringLiteral("2024-07-01T10:00:00Z")
                                  << QStringLiteral("2024-07-01T12:00:00+02:00");
    QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << QStringLiteral("2024-07-01T10:00:00Z")
                               << QStringLiteral("2024-07-01T15:45:00+05:45");
    QTest::newRow("new-york-winter") << QByteArray("America/New_York")
                                     << QStringLiteral("2024-01-01T03:00:00Z")
                                     << QStringLiteral("2023-12-31T22:00:00-05:00");
}

void TestZonedCalendar::isoWithOffsetShowsLocalTimeAndOffset()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QString, instant);
    QFETCH(QString, expected);
    QCOMPARE(zone(zoneId).isoWithOffset(utc(instant.toLatin1().constData())), expected);
}

void TestZonedCalendar::wholeHourOffsetsAreDetected_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<bool>("whole");
    QTest::newRow("paris") << QByteArray("Europe/Paris") << true;
    QTest::newRow("new-york") << QByteArray("America/New_York") << true;
    QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << false;
    QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << false;
    QTest::newRow("adelaide") << QByteArray("Australia/Adelaide") << false;
}

void TestZonedCalendar::wholeHourOffsetsAreDetected()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(bool, whole);
    QCOMPARE(zone(zoneId).hasWholeHourOffsets(utc("2024-01-01T00:00:00Z"), utc("2025-01-01T00:00:00Z")),
             whole);
}

void TestZonedCalendar::unknownZoneFallsBackToUtc()
{
    const ZonedCalendar calendar = ZonedCalendar::forZoneId("Mars/Olympus_Mons");
    QCOMPARE(calendar.offsetSeconds(utc("2024-07-01T00:00:00Z")), 0);
    QCOMPARE(calendar.startOfLocalDate(QDate(2024, 7, 1)), utc("2024-07-01T00:00:00Z"));
}

QTEST_GUILESS_MAIN(TestZonedCalendar)
#include "tst_zonedcalendar.moc"
