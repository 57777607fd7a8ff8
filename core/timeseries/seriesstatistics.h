// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregationmethod.h"

#include <QtGlobal>

#include <limits>

namespace meterscope {

class ZonedCalendar;
struct AggregatedBucket;
struct AggregatedSeries;
struct Series;

// Totals shown under a chart: over the intervals of a range, or over the periods of an aggregated
// series. Every total carries its coverage. Nothing is zero-filled: with no data, count is 0 and
// the value fields stay 0 and must not be shown as figures (hasData() is false).
struct SeriesStatistics
{
    AggregationMethod method = AggregationMethod::Sum;
    double sum = 0;     // sum of the intervals present (the total for additive units)
    double mean = 0;    // mean interval value (ofSeries) or mean period value (ofBuckets)
    double minimum = 0; // smallest interval (or period) value
    double maximum = 0; // largest interval (or period) value
    qint64 minimumAtUtcMs = 0;
    qint64 maximumAtUtcMs = 0; // start of the interval (or period) holding the peak
    qint64 count = 0;          // intervals present
    qint64 expected = 0;       // intervals the range should hold (0 when unknown)
    qint64 negativeIntervals = 0;
    // What Min, Max and Mean are taken over. Per interval (ofSeries): periods is 0. Per period
    // (ofBuckets): over the complete periods only, so that a day in progress or a day with a gap is
    // not the month's minimum and does not pull the mean down; the periods left out are counted. When
    // no period is complete, over all of them (completePeriodsOnly is false).
    qint64 periods = 0;
    qint64 partialPeriodsLeftOut = 0;
    qint64 periodsInProgressLeftOut = 0;
    bool completePeriodsOnly = false;

    [[nodiscard]] bool hasData() const { return count > 0; }
    [[nodiscard]] bool isPerPeriod() const { return periods > 0; }
    [[nodiscard]] qint64 periodsLeftOut() const { return partialPeriodsLeftOut + periodsInProgressLeftOut; }
    [[nodiscard]] double coveragePercent() const;
    // Mean over the intervals present (for rates, the average over the range).
    [[nodiscard]] double intervalMean() const { return count > 0 ? sum / double(count) : 0; }
    // The figure a total shows: the sum for additive units, the interval mean for rates.
    [[nodiscard]] double total() const { return method == AggregationMethod::Sum ? sum : intervalMean(); }

    // Over the intervals of `series` in [fromMs, toMs); expected intervals counted in `calendar`.
    static SeriesStatistics ofSeries(const Series &series, qint64 fromMs, qint64 toMs,
                                     const ZonedCalendar &calendar);
    // Over the periods of an aggregated series (what a bar chart shows): min, max and mean of the
    // complete period values, sum of the intervals, coverage of the whole aggregated range. A period
    // ending after `nowUtcMs` is in progress, however complete its data so far.
    static SeriesStatistics ofBuckets(const AggregatedSeries &aggregated,
                                      qint64 nowUtcMs = std::numeric_limits<qint64>::max());

private:
    void takeExtremes(const AggregatedBucket &bucket);
};

} // namespace meterscope
