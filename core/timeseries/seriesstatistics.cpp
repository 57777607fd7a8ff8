// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesstatistics.h"

#include "domain/series.h"
#include "timeseries/aggregatedseries.h"
#include "timeseries/sourceinterval.h"

#include <algorithm>
#include <vector>

namespace meterscope {

double SeriesStatistics::coveragePercent() const
{
    return AggregatedBucket::coveragePercentOf(count, expected);
}

void SeriesStatistics::takeExtremes(const AggregatedBucket &bucket)
{
    minimum = bucket.minimum;
    maximum = bucket.maximum;
    minimumAtUtcMs = bucket.minimumAtUtcMs;
    maximumAtUtcMs = bucket.maximumAtUtcMs;
}

SeriesStatistics SeriesStatistics::ofSeries(const Series &series, qint64 fromMs, qint64 toMs,
                                            const ZonedCalendar &calendar)
{
    SeriesStatistics stats;
    stats.method = aggregationMethodForUnit(series.unit);
    if (toMs <= fromMs)
        return stats;
    const size_t n = std::min(series.utcMs.size(), series.values.size());
    const std::span<const qint64> times = std::span(series.utcMs).first(n);
    const auto begin = std::lower_bound(times.begin(), times.end(), fromMs);
    const auto end = std::lower_bound(begin, times.end(), toMs);
    const size_t first = size_t(begin - times.begin());
    const size_t count = size_t(end - begin);
    const AggregatedBucket all = AggregatedBucket::fromPoints(times.subspan(first, count),
                                                              std::span(series.values).subspan(first, count),
                                                              AggregationMethod::Sum, fromMs, toMs);
    const SourceInterval source = SourceInterval::forSeries(series);
    stats.sum = all.value;
    stats.count = all.intervalsPresent;
    stats.mean = stats.intervalMean();
    stats.takeExtremes(all);
    stats.negativeIntervals = all.negativeIntervals;
    stats.expected = source.isKnown() ? source.expectedCount(fromMs, toMs, calendar) : stats.count;
    return stats;
}

SeriesStatistics SeriesStatistics::ofBuckets(const AggregatedSeries &aggregated, qint64 nowUtcMs)
{
    SeriesStatistics stats;
    stats.method = aggregated.method;
    const auto inProgress = [nowUtcMs](const AggregatedBucket &bucket) { return bucket.endUtcMs > nowUtcMs; };
    const auto complete = [&](const AggregatedBucket &bucket) {
        return !bucket.isPartial() && !inProgress(bucket);
    };
    const bool anyComplete = std::any_of(aggregated.buckets.cbegin(), aggregated.buckets.cend(), complete);
    std::vector<qint64> starts;
    std::vector<double> periodValues;
    starts.reserve(aggregated.buckets.size());
    periodValues.reserve(aggregated.buckets.size());
    for (const AggregatedBucket &bucket : aggregated.buckets) {
        stats.sum += aggregated.method == AggregationMethod::Sum
                         ? bucket.value
                         : bucket.value * double(bucket.intervalsPresent);
        stats.count += bucket.intervalsPresent;
        stats.negativeIntervals += bucket.negativeIntervals;
        if (anyComplete && !complete(bucket)) {
            ++(inProgress(bucket) ? stats.periodsInProgressLeftOut : stats.partialPeriodsLeftOut);
            continue;
        }
        starts.push_back(bucket.startUtcMs);
        periodValues.push_back(bucket.value);
    }
    const AggregatedBucket periods = AggregatedBucket::fromPoints(
        starts, periodValues, AggregationMethod::Mean, aggregated.fromUtcMs, aggregated.toUtcMs);
    stats.mean = periods.value;
    stats.takeExtremes(periods);
    stats.periods = qint64(starts.size());
    stats.completePeriodsOnly = anyComplete;
    stats.expected = aggregated.intervalsExpected;
    return stats;
}

} // namespace meterscope
