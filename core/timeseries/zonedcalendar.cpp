// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/zonedcalendar.h"

#include <QDateTime>

namespace meterscope {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kQuarterMs = 15 * kMinuteMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
} // namespace

ZonedCalendar::ZonedCalendar(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc()) {}

ZonedCalendar ZonedCalendar::forZoneId(const QByteArray &ianaId)
{
    if (ianaId.isEmpty())
        return ZonedCalendar(QTimeZone::utc());
    return ZonedCalendar(QTimeZone(ianaId));
}

QDateTime ZonedCalendar::toLocal(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
}

qint64 ZonedCalendar::startOfLocalDate(const QDate &date) const
{
    // Midnight may not exist (a DST gap at 00:00, e.g. America/Santiago); Qt then moves forward
    // by the gap, which is the first valid local time of that date.
    return QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

qint64 ZonedCalendar::periodStart(qint64 utcMs, Granularity granularity) const
{
    switch (granularity) {
    case Granularity::FifteenMinutes:
    case Granularity::Hour: {
        // Align in local time: offsets are whole quarter-hours in every zone in use today.
        const qint64 offsetMs = qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
        const qint64 step = granularity == Granularity::Hour ? kHourMs : kQuarterMs;
        const qint64 local = utcMs + offsetMs;
        const qint64 aligned = local - (((local % step) + step) % step);
        return aligned - offsetMs;
    }
    case Granularity::Day:
        return startOfLocalDate(toLocal(utcMs).date());
    case Granularity::Week: {
        const QDate date = toLocal(utcMs).date();
        return startOfLocalDate(date.addDays(1 - date.dayOfWeek()));
    }
    case Granularity::Month: {
        const QDate date = toLocal(utcMs).date();
        return startOfLocalDate(QDate(date.year(), date.month(), 1));
    }
    case Granularity::Year:
        return startOfLocalDate(QDate(toLocal(utcMs).date().year(), 1, 1));
    }
    return utcMs;
}

qint64 ZonedCalendar::nextPeriodStart(qint64 utcMs, Granularity granularity) const
{
    const qint64 start = periodStart(utcMs, granularity);
    switch (granularity) {
    case Granularity::FifteenMinutes:
        return periodStart(start + kQuarterMs, granularity) > start ? periodStart(start + kQuarterMs, granularity)
                                                                      : start + kQuarterMs;
    case Granularity::Hour:
        return periodStart(start + kHourMs, granularity) > start ? periodStart(start + kHourMs, granularity)
                                                                  : start + kHourMs;
    case Granularity::Day:
        return startOfLocalDate(toLocal(start).date().addDays(1));
    case Granularity::Week:
        return startOfLocalDate(toLocal(start).date().addDays(7));
    case Granularity::Month:
        return startOfLocalDate(toLocal(start).date().addMonths(1));
    case Granularity::Year:
        return startOfLocalDate(toLocal(start).date().addYears(1));
    }
    return start;
}

} // namespace meterscope
