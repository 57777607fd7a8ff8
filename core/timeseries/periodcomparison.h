// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregatedseries.h"
#include "timeseries/timerange.h"

namespace meterscope {

class ZonedCalendar;

// "Compare with": the range to overlay on the current one, and the compared data moved onto the
// current timeline so both draw on one axis.
class PeriodComparison
{
public:
    enum class Kind
    {
        PreviousPeriod,      // one ◀ step back (last month for a month, the 7 days before...)
        SameDatesLastYear,   // the same local dates a year earlier (29 Feb → 28 Feb)
        SameWeekdaysLastYear // 52 weeks earlier, so Mondays line up with Mondays
    };

    // The range to compare [from, to) with, in the calendar's zone.
    [[nodiscard]] static TimeRange comparisonRange(const TimeRange &current, Kind kind,
                                                   const ZonedCalendar &calendar);
    // The compared periods relabelled: the k-th period of the comparison range becomes the k-th
    // period of `current` (same granularity and calendar). Periods beyond the end of `current`
    // (a 366th day, a longer month) are dropped; values, coverage and flags are kept as they were.
    [[nodiscard]] static AggregatedSeries
    shiftedOnto(const AggregatedSeries &compared, const TimeRange &current, const ZonedCalendar &calendar);
};

} // namespace meterscope
