// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregatedseries.h"
#include "timeseries/alignedtable.h"
#include "timeseries/seriesaggregator.h"

#include <vector>

namespace meterscope {

struct Series;

// Puts several series on one timeline of calendar periods (one SeriesAggregator for all, so the
// periods are the same for every series; series of sites in different zones share the calendar
// passed in, e.g. UTC or the zone the user picked).
class SeriesAligner
{
public:
    enum class Rows
    {
        WithData,  // only periods where at least one series has data
        AllPeriods // every period of the range, empty rows included (a gap stays visible)
    };

    [[nodiscard]] static AlignedTable align(const std::vector<Series> &series,
                                            const SeriesAggregator &aggregator, qint64 fromMs, qint64 toMs,
                                            Rows rows = Rows::WithData);
    // The same from series aggregated beforehand with one aggregator over one range.
    [[nodiscard]] static AlignedTable align(const std::vector<AggregatedSeries> &aggregated,
                                            const ZonedCalendar &calendar, Rows rows = Rows::WithData);
};

} // namespace meterscope
