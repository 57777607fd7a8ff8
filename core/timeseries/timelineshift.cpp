// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/timelineshift.h"

#include <QDate>

#include <algorithm>

namespace meterscope {

namespace {
// The index of the period of `edges` holding `utcMs`; -1 outside them.
qsizetype periodIndex(const std::vector<qint64> &edges, qint64 utcMs)
{
    if (edges.size() < 2 || utcMs < edges.front() || utcMs >= edges.back())
        return -1;
    return qsizetype(std::upper_bound(edges.cbegin(), edges.cend(), utcMs) - edges.cbegin()) - 1;
}

// `date` moved by whole years; empty for 29 February in a year that has none.
std::optional<QDate> sameDate(const QDate &date, int years)
{
    const QDate moved = date.addYears(years);
    return moved.day() == date.day() ? std::optional(moved) : std::nullopt;
}
} // namespace

TimelineShift::TimelineShift(const TimeRange &compared, const TimeRange &current, Granularity granularity,
                             PeriodComparison::Kind kind, const ZonedCalendar &calendar)
    : m_calendar(calendar), m_compared(compared), m_current(current),
      m_periodsAreBars(granularity != Granularity::FifteenMinutes && granularity != Granularity::Hour)
{
    const Granularity unit = m_periodsAreBars ? granularity : Granularity::Day;
    m_comparedEdges = calendar.periodEdges(compared.fromUtcMs(), compared.toUtcMs(), unit);
    m_currentEdges = calendar.periodEdges(current.fromUtcMs(), current.toUtcMs(), unit);
    m_fixedShift =
        m_comparedEdges.empty() || m_currentEdges.empty() ||
        compared.fromUtcMs() - m_comparedEdges.front() != current.fromUtcMs() - m_currentEdges.front();
    if (kind == PeriodComparison::Kind::SameDatesLastYear && unit == Granularity::Day && !m_fixedShift &&
        m_comparedEdges.size() != m_currentEdges.size()) {
        m_yearsByDate =
            calendar.localDate(current.fromUtcMs()).year() - calendar.localDate(compared.fromUtcMs()).year();
    }
}

std::optional<std::pair<qint64, qint64>> TimelineShift::toCurrent(qint64 startUtcMs, qint64 endUtcMs) const
{
    if (m_fixedShift) {
        const qint64 shift = m_current.fromUtcMs() - m_compared.fromUtcMs();
        return std::pair{startUtcMs + shift, endUtcMs + shift};
    }
    if (m_yearsByDate != 0)
        return dateToCurrent(startUtcMs, endUtcMs);
    const qsizetype k = periodIndex(m_comparedEdges, startUtcMs);
    if (k < 0 || size_t(k) + 1 >= m_currentEdges.size())
        return std::nullopt;
    const qint64 periodStart = m_currentEdges[size_t(k)];
    const qint64 periodEnd = m_currentEdges[size_t(k) + 1];
    const qint64 start = periodStart + (startUtcMs - m_comparedEdges[size_t(k)]);
    if (start >= periodEnd)
        return std::nullopt;
    // A period (bar) takes the length of the period it stands on; an interval keeps its own.
    const qint64 end = m_periodsAreBars && endUtcMs == m_comparedEdges[size_t(k) + 1]
                           ? periodEnd
                           : std::min(start + (endUtcMs - startUtcMs), periodEnd);
    return std::pair{start, end};
}

std::optional<std::pair<qint64, qint64>> TimelineShift::dateToCurrent(qint64 startUtcMs,
                                                                      qint64 endUtcMs) const
{
    const QDate date = m_calendar.localDate(startUtcMs);
    const std::optional<QDate> target = sameDate(date, m_yearsByDate);
    if (!target)
        return std::nullopt;
    const qint64 dayStart = m_calendar.startOfLocalDate(*target);
    const qint64 dayEnd = m_calendar.startOfLocalDate(target->addDays(1));
    const qint64 start = dayStart + (startUtcMs - m_calendar.startOfLocalDate(date));
    if (start >= dayEnd || start < m_currentEdges.front() || start >= m_currentEdges.back())
        return std::nullopt;
    const qint64 end = m_periodsAreBars ? dayEnd : std::min(start + (endUtcMs - startUtcMs), dayEnd);
    return std::pair{start, end};
}

qint64 TimelineShift::toCompared(qint64 currentUtcMs) const
{
    if (currentUtcMs >= m_current.toUtcMs())
        return m_compared.toUtcMs();
    if (currentUtcMs <= m_current.fromUtcMs())
        return m_compared.fromUtcMs();
    qint64 compared = currentUtcMs - m_current.fromUtcMs() + m_compared.fromUtcMs();
    if (m_yearsByDate != 0) {
        compared = dateToCompared(currentUtcMs);
    } else if (!m_fixedShift) {
        const qsizetype k = periodIndex(m_currentEdges, currentUtcMs);
        if (k < 0 || size_t(k) + 1 >= m_comparedEdges.size())
            return m_compared.toUtcMs();
        compared = std::min(m_comparedEdges[size_t(k)] + (currentUtcMs - m_currentEdges[size_t(k)]),
                            m_comparedEdges[size_t(k) + 1]);
    }
    return std::clamp(compared, m_compared.fromUtcMs(), m_compared.toUtcMs());
}

qint64 TimelineShift::dateToCompared(qint64 currentUtcMs) const
{
    const QDate date = m_calendar.localDate(currentUtcMs);
    const std::optional<QDate> target = sameDate(date, -m_yearsByDate);
    if (!target) // 29 February, which the compared year has not: all of its February
        return m_calendar.startOfLocalDate(QDate(date.year() - m_yearsByDate, 3, 1));
    const qint64 dayStart = m_calendar.startOfLocalDate(*target);
    return std::min(dayStart + (currentUtcMs - m_calendar.startOfLocalDate(date)),
                    m_calendar.startOfLocalDate(target->addDays(1)));
}

} // namespace meterscope
