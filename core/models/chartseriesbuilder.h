// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"
#include "models/chartseries.h"

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

    static ChartSeries build(const Series &series, const Labels &labels, Granularity granularity,
                             qint64 fromUtcMs, qint64 toUtcMs);
    // The Series the charted points belong to (ids, names, unit, interval), without the points: what
    // the CSV export's header says of them.
    static Series seriesInfo(const ChartSeries &charted);
    // Whether a granularity is drawn as bars (calendar periods) or as a line.
    static bool drawsBars(Granularity granularity);
};

} // namespace meterscope
