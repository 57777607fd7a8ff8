// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregatedseries.h"
#include "timeseries/sourceinterval.h"
#include "timeseries/zonedcalendar.h"

#include <span>

namespace meterscope {

struct Series;

// Turns fetched interval data (sorted UTC ms + values; energy values are deltas per interval,
// power values means) into calendar periods of one granularity in a site's zone: per period the
// sum (additive units) or mean (rates), the extremes, intervals present vs expected (a 23 h day of
// quarter-hours expects 92) and negative intervals. Periods are whole calendar periods; points
// outside [from, to) are ignored, so a period cut by the range is partial. Periods without data
// are left out (a gap).
class SeriesAggregator
{
public:
    SeriesAggregator(const ZonedCalendar &calendar, Granularity granularity);

    [[nodiscard]] const ZonedCalendar &calendar() const { return m_calendar; }
    [[nodiscard]] Granularity granularity() const { return m_granularity; }

    // The method follows the series' unit, the source interval its interval name (or data).
    [[nodiscard]] AggregatedSeries aggregate(const Series &series, qint64 fromMs, qint64 toMs) const;
    // The same on bare arrays (sorted by time, equal lengths).
    [[nodiscard]] AggregatedSeries aggregate(std::span<const qint64> utcMs, std::span<const double> values,
                                             AggregationMethod method, const SourceInterval &source,
                                             qint64 fromMs, qint64 toMs) const;

private:
    ZonedCalendar m_calendar;
    Granularity m_granularity;
};

} // namespace meterscope
