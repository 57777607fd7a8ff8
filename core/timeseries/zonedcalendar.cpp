// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/zonedcalendar.h"

#include <QDateTime>

#include <limits>

namespace meterscope {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kQuarterMs = 15 * kMinuteMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 subDayStepMs(Granularity granularity)
{
    return granularity == Granularity::Hour ? kHourMs : kQuarterMs;
}

bool isSubDay(Granularity granularity)
{
    return granularity == Granularity::FifteenMinutes || granularity == Granularity::Hour;
}

qint64 floorToStep(qint64 value, qint64 step)
{
    return value - (((value % step) + step) % step);
}
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

QDate ZonedCalendar::localDate(qint64 utcMs) const
{
    return toLocal(utcMs).date();
}

int ZonedCalendar::offsetSeconds(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

qint64 ZonedCalendar::startOfLocalDate(const QDate &date) const
{
    // Qt 6.4 gives an invalid QDateTime for a local time inside a DST gap (America/Santiago skips
    // 00:00 in September), and QDate::startOfDay() picks the later of two midnights when a
    // fall-back happens at 01:00 (America/Havana). The day starts at the first instant whose local
    // date is `date`, so refine Qt's answer with a search when the instant before it is still on
    // that date.
    const QDateTime qtStart = date.startOfDay(m_zone);
    qint64 high = qtStart.isValid() ? qtStart.toMSecsSinceEpoch()
                                    : QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    if (localDate(high) < date)
        high = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + kDayMs;
    if (localDate(high - 1) < date)
        return high;
    // Binary search in whole seconds (offsets change on whole seconds) for the first instant on
    // `date`; two days back is before `date` whatever the UTC offset.
    qint64 lowS = floorToStep(high, 1000) / 1000 - 2 * kDayMs / 1000;
    qint64 highS = (high + 999) / 1000;
    while (highS - lowS > 1) {
        const qint64 midS = lowS + (highS - lowS) / 2;
        if (localDate(midS * 1000) < date)
            lowS = midS;
        else
            highS = midS;
    }
    return highS * 1000;
}

qint64 ZonedCalendar::alignedSubDayStart(qint64 utcMs, qint64 stepMs) const
{
    // Align in local time; if the UTC offset changed inside that local step (a shift that is not a
    // whole step), the change itself starts the period.
    const qint64 offsetMs = qint64(offsetSeconds(utcMs)) * 1000;
    const qint64 aligned = floorToStep(utcMs + offsetMs, stepMs) - offsetMs;
    if (aligned == utcMs || qint64(offsetSeconds(aligned)) * 1000 == offsetMs)
        return aligned;
    const auto transition =
        m_zone.previousTransition(QDateTime::fromMSecsSinceEpoch(utcMs + 1, QTimeZone::utc()));
    if (!transition.atUtc.isValid())
        return aligned;
    return std::max(aligned, transition.atUtc.toMSecsSinceEpoch());
}

qint64 ZonedCalendar::periodStart(qint64 utcMs, Granularity granularity) const
{
    switch (granularity) {
    case Granularity::FifteenMinutes:
    case Granularity::Hour:
        return alignedSubDayStart(utcMs, subDayStepMs(granularity));
    case Granularity::Day:
        return startOfLocalDate(localDate(utcMs));
    case Granularity::Week: {
        const QDate date = localDate(utcMs);
        return startOfLocalDate(date.addDays(1 - date.dayOfWeek()));
    }
    case Granularity::Month: {
        const QDate date = localDate(utcMs);
        return startOfLocalDate(QDate(date.year(), date.month(), 1));
    }
    case Granularity::Year:
        return startOfLocalDate(QDate(localDate(utcMs).year(), 1, 1));
    }
    return utcMs;
}

qint64 ZonedCalendar::nextPeriodStart(qint64 utcMs, Granularity granularity) const
{
    const qint64 start = periodStart(utcMs, granularity);
    switch (granularity) {
    case Granularity::FifteenMinutes:
    case Granularity::Hour: {
        const qint64 step = subDayStepMs(granularity);
        const qint64 next = periodStart(start + step, granularity);
        return next > start ? next : start + step;
    }
    case Granularity::Day:
        return startOfLocalDate(localDate(start).addDays(1));
    case Granularity::Week:
        return startOfLocalDate(localDate(start).addDays(7));
    case Granularity::Month:
        return startOfLocalDate(localDate(start).addMonths(1));
    case Granularity::Year:
        return startOfLocalDate(localDate(start).addYears(1));
    }
    return start;
}

std::vector<qint64> ZonedCalendar::periodEdges(qint64 fromMs, qint64 toMs, Granularity granularity) const
{
    std::vector<qint64> edges;
    if (toMs <= fromMs)
        return edges;
    qint64 edge = periodStart(fromMs, granularity);
    edges.push_back(edge);
    if (!isSubDay(granularity)) {
        while (edge < toMs) {
            edge = nextPeriodStart(edge, granularity);
            edges.push_back(edge);
        }
        return edges;
    }
    const qint64 step = subDayStepMs(granularity);
    edges.reserve(size_t((toMs - edge) / step + 2));
    while (edge < toMs) {
        // From a locally aligned edge, fixed UTC steps are exact up to the next offset change; the
        // step that reaches or crosses it (and any step from an unaligned edge) is computed in full.
        const qint64 offsetMs = qint64(offsetSeconds(edge)) * 1000;
        if (floorToStep(edge + offsetMs, step) == edge + offsetMs) {
            const auto transition =
                m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(edge, QTimeZone::utc()));
            const qint64 transitionMs = transition.atUtc.isValid() ? transition.atUtc.toMSecsSinceEpoch()
                                                                   : std::numeric_limits<qint64>::max();
            while (edge < toMs && edge + step < transitionMs) {
                edge += step;
                edges.push_back(edge);
            }
        }
        if (edge < toMs) {
            edge = nextPeriodStart(edge, granularity);
            edges.push_back(edge);
        }
    }
    return edges;
}

QString ZonedCalendar::isoWithOffset(qint64 utcMs) const
{
    const QDateTime local = toLocal(utcMs);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

bool ZonedCalendar::hasWholeHourOffsets(qint64 fromMs, qint64 toMs) const
{
    if (offsetSeconds(fromMs) % 3600 != 0)
        return false;
    const auto transitions = m_zone.transitions(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()),
                                                QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()));
    for (const auto &transition : transitions) {
        if (transition.offsetFromUtc % 3600 != 0)
            return false;
    }
    return true;
}

} // namespace meterscope
