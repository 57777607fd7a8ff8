// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesaligner.h"

#include "domain/series.h"

#include <algorithm>

namespace meterscope {

AlignedTable SeriesAligner::align(const std::vector<Series> &series, const SeriesAggregator &aggregator,
                                  qint64 fromMs, qint64 toMs, Rows rows)
{
    std::vector<AggregatedSeries> aggregated;
    aggregated.reserve(series.size());
    for (const Series &one : series)
        aggregated.push_back(aggregator.aggregate(one, fromMs, toMs));
    AlignedTable table = align(aggregated, aggregator.calendar(), rows);
    table.granularity = aggregator.granularity();
    table.fromUtcMs = fromMs;
    table.toUtcMs = toMs;
    return table;
}

AlignedTable SeriesAligner::align(const std::vector<AggregatedSeries> &aggregated,
                                  const ZonedCalendar &calendar, Rows rows)
{
    AlignedTable table;
    if (aggregated.empty())
        return table;
    table.granularity = aggregated.front().granularity;
    table.fromUtcMs = aggregated.front().fromUtcMs;
    table.toUtcMs = aggregated.front().toUtcMs;

    if (rows == Rows::AllPeriods) {
        const std::vector<qint64> edges =
            calendar.periodEdges(table.fromUtcMs, table.toUtcMs, table.granularity);
        if (!edges.empty()) {
            table.startUtcMs.assign(edges.begin(), edges.end() - 1);
            table.endUtcMs.assign(edges.begin() + 1, edges.end());
        }
    } else {
        std::vector<std::pair<qint64, qint64>> periods;
        for (const AggregatedSeries &one : aggregated) {
            for (const AggregatedBucket &bucket : one.buckets)
                periods.emplace_back(bucket.startUtcMs, bucket.endUtcMs);
        }
        std::sort(periods.begin(), periods.end());
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
        for (const auto &[start, end] : periods) {
            table.startUtcMs.push_back(start);
            table.endUtcMs.push_back(end);
        }
    }

    for (const AggregatedSeries &one : aggregated) {
        AlignedColumn column;
        column.key = one.key;
        column.name = one.name;
        column.unit = one.unit;
        column.method = one.method;
        column.coveragePercent = one.coveragePercent();
        column.cells.resize(table.startUtcMs.size());
        for (const AggregatedBucket &bucket : one.buckets) {
            const auto row =
                std::lower_bound(table.startUtcMs.begin(), table.startUtcMs.end(), bucket.startUtcMs);
            if (row != table.startUtcMs.end() && *row == bucket.startUtcMs)
                column.cells[size_t(row - table.startUtcMs.begin())] = bucket;
        }
        table.columns.push_back(std::move(column));
    }
    return table;
}

} // namespace meterscope
