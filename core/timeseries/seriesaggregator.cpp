// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesaggregator.h"

#include "domain/series.h"

#include <algorithm>

namespace meterscope {

SeriesAggregator::SeriesAggregator(const ZonedCalendar &calendar, Granularity granularity)
    : m_calendar(calendar), m_granularity(granularity)
{
}

AggregatedSeries SeriesAggregator::aggregate(const Series &series, qint64 fromMs, qint64 toMs) const
{
    const size_t count = std::min(series.utcMs.size(), series.values.size());
    AggregatedSeries result =
        aggregate(std::span(series.utcMs).first(count), std::span(series.values).first(count),
                  aggregationMethodForUnit(series.unit), SourceInterval::forSeries(series), fromMs, toMs);
    result.key = series.key;
    result.name = series.name;
    result.unit = series.unit;
    return result;
}

AggregatedSeries SeriesAggregator::aggregate(std::span<const qint64> utcMs, std::span<const double> values,
                                             AggregationMethod method, const SourceInterval &source,
                                             qint64 fromMs, qint64 toMs) const
{
    AggregatedSeries result;
    result.method = method;
    result.granularity = m_granularity;
    result.fromUtcMs = fromMs;
    result.toUtcMs = toMs;
    if (toMs <= fromMs)
        return result;
    result.intervalsExpected = source.expectedCount(fromMs, toMs, m_calendar);

    const std::vector<qint64> edges = m_calendar.periodEdges(fromMs, toMs, m_granularity);
    auto point = std::lower_bound(utcMs.begin(), utcMs.end(), fromMs);
    const auto last = std::lower_bound(point, utcMs.end(), toMs);
    auto edge = edges.begin();
    while (point != last) {
        // The period holding this point: the last edge at or before it (skips empty periods).
        edge = std::upper_bound(edge, edges.end() - 1, *point) - 1;
        const qint64 start = *edge;
        const qint64 end = *(edge + 1);
        const auto periodEnd = std::lower_bound(point, last, end);
        const size_t first = size_t(point - utcMs.begin());
        const size_t n = size_t(periodEnd - point);
        AggregatedBucket bucket = AggregatedBucket::fromPoints(utcMs.subspan(first, n),
                                                               values.subspan(first, n), method, start, end);
        bucket.intervalsExpected =
            source.isKnown() ? source.expectedCount(start, end, m_calendar) : bucket.intervalsPresent;
        result.buckets.push_back(bucket);
        point = periodEnd;
        ++edge;
    }
    if (!source.isKnown())
        result.intervalsExpected = result.intervalsPresent();
    return result;
}

} // namespace meterscope
