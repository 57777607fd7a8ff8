// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"
#include "models/chartseries.h"
#include "timeseries/periodcomparison.h"
#include "timeseries/timerange.h"

namespace meterscope {

// Turns a fetched Series into what the chart shows for a granularity in the site's zone: the
// interval data itself at 15 minutes (a line), hourly means/sums (a line), or per-period buckets
// aggregated by SeriesAggregator (bars, partial periods marked), plus the totals. Pure and
// thread-safe: the chart controller runs it on a worker thread.
class ChartSeriesBuilder
{
public:
    struct Labels
    {
        QString siteName;
        QString meterName;
        QString timeZoneId;
    };

    // With `nowUtcMs` inside [fromUtcMs, toUtcMs), time that has not passed yet is not missing: the
    // coverage of the periods and of the totals counts only the intervals up to it (today's bar of
    // "this month" is as complete as its data so far, and the days to come are no gap).
    static ChartSeries build(const Series &series, const Labels &labels, Granularity granularity,
                             qint64 fromUtcMs, qint64 toUtcMs, std::optional<qint64> nowUtcMs = std::nullopt);
    // A comparison of the series `current` charts: `compared` (the same measurement fetched over the
    // compared range) charted as build() would, with its own statistics, then moved onto the current
    // range (TimelineShift); titled "<current title> (<label>)". `currentDataEndUtcMs` is where the
    // data of the current series ends: the compared statistics up to the point standing there are
    // what Δ compares with (ChartSeries::matchedStatistics).
    struct Comparison
    {
        TimeRange current;
        TimeRange compared;
        PeriodComparison::Kind kind = PeriodComparison::Kind::PreviousPeriod;
        QString label; // "Oct 2024"
    };
    static ChartSeries buildComparison(const Series &compared, const ChartSeries &current,
                                       const Comparison &comparison, qint64 currentDataEndUtcMs);
    // Where the data of `series` in [fromUtcMs, toUtcMs) ends: the end of its last interval there
    // (fromUtcMs when it has none).
    static qint64 dataEndUtcMs(const Series &series, qint64 fromUtcMs, qint64 toUtcMs,
                               const QString &timeZoneId);
    // "siteId/meterId/measurement": what tells the series of a chart apart (ChartSeries::key).
    static QString keyOf(const Series &series);
    // The Series the charted points belong to (ids, names, unit, interval), without the points: what
    // the CSV export's header says of them.
    static Series seriesInfo(const ChartSeries &charted);
    // Whether a granularity is drawn as bars (calendar periods) or as a line.
    static bool drawsBars(Granularity granularity);
};

} // namespace meterscope
