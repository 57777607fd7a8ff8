// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/granularity.h"
#include "timeseries/periodcomparison.h"
#include "timeseries/timerange.h"
#include "timeseries/zonedcalendar.h"

#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace meterscope {

// Puts the points of a compared range on the timeline of the current range, period by period, so that
// both draw on one time axis: the k-th period of the compared range stands on the k-th period of the
// current one. The periods are the chart's (days, weeks, months, years) for per-period charts and local
// days for 15-minute and hourly charts, where a point keeps the time since its day began. A period
// with no counterpart (the 31st of a month onto a 30-day month, the 25th hour of a day onto a 24-hour
// day) is not placed. The same dates last year stand on their dates when the two ranges hold a different
// number of days (a leap year's 29 February has no counterpart, and 1 March stands on 1 March); with as
// many days, day k stands on day k (29 February 2024 alone compares with 28 February 2023). Ranges that
// do not start at the same point of their periods (a custom range of 36 hours stepped back) are
// shifted by the distance between their starts instead.
class TimelineShift
{
public:
    TimelineShift(const TimeRange &compared, const TimeRange &current, Granularity granularity,
                  PeriodComparison::Kind kind, const ZonedCalendar &calendar);

    // Where the compared interval [startUtcMs, endUtcMs) is drawn on the current timeline; nullopt when
    // its period has no counterpart there.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> toCurrent(qint64 startUtcMs,
                                                                     qint64 endUtcMs) const;
    // The instant of the compared range that stands where `currentUtcMs` is on the current timeline,
    // within the compared range (the end of the current range gives the end of the compared one).
    [[nodiscard]] qint64 toCompared(qint64 currentUtcMs) const;

private:
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> dateToCurrent(qint64 startUtcMs,
                                                                         qint64 endUtcMs) const;
    [[nodiscard]] qint64 dateToCompared(qint64 currentUtcMs) const;

    ZonedCalendar m_calendar;
    TimeRange m_compared;
    TimeRange m_current;
    bool m_periodsAreBars = false; // the chart's own periods (a point stands for its whole period)
    bool m_fixedShift = false;
    int m_yearsByDate = 0; // not 0: days stand on the same date that many years later
    std::vector<qint64> m_comparedEdges;
    std::vector<qint64> m_currentEdges;
};

} // namespace meterscope
