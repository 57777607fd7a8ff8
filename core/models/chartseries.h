// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"
#include "timeseries/granularity.h"
#include "timeseries/seriesstatistics.h"

#include <QMetaType>
#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace meterscope {

// One series exactly as the chart shows it and the CSV export writes it: interval data (lines) or
// per-period buckets aggregated in the site's zone (bars), with the buckets that lack data marked.
struct ChartSeries
{
    QString key;   // unique within a chart: siteId/meterId/measurement
    QString title; // "Main incomer · ActiveEnergy"
    QString siteId;
    QString siteName;
    QString meterId; // empty for site-level series (active energy, other utilities)
    QString meterName;
    QString measurementId;
    QString measurementName; // "ActiveEnergy", "Volume", ...
    QString unit;
    QString timeZoneId; // the site's IANA zone
    Commodity commodity = Commodity::Unknown;
    Granularity granularity = Granularity::FifteenMinutes;
    bool bars = false;            // per-period buckets (bars) or interval data (line)
    bool summable = true;         // energy/volume: buckets are sums; power: buckets are means
    std::vector<qint64> utcMs;    // period or interval starts
    std::vector<qint64> endUtcMs; // period or interval ends (same length)
    std::vector<double> values;
    std::vector<double> coverage; // 0..1 per point: share of the period that had data
    // Per period (bars): intervals with a negative value in it (a counter reset or a correction),
    // kept in the value as they are; empty for interval data, where a negative value is its own point.
    std::vector<qint64> negativeIntervals;
    qint64 fromUtcMs = 0; // the charted range [from, to)
    qint64 toUtcMs = 0;
    SeriesStatistics statistics; // the totals under the chart: sum/mean, min, max, coverage
    // A comparison ("Compare with"): the same measurement over another range, its points moved onto
    // the charted range [fromUtcMs, toUtcMs) so that both draw on one time axis (TimelineShift).
    QString comparisonOf;         // the key of the series it is compared with; empty: not a comparison
    QString comparedLabel;        // the compared range as its legend and CSV column name it: "Oct 2024"
    qint64 comparedFromUtcMs = 0; // the compared range [from, to), its real dates
    qint64 comparedToUtcMs = 0;
    std::vector<qint64> comparedUtcMs; // per point: where its interval or period really starts
    // What Δ compares with: the compared range up to the point that stands where the data of the
    // series it is compared with ends (this month so far against the same days last year), so that a
    // period in progress is not compared with a whole one. The whole range when that data is complete.
    SeriesStatistics matchedStatistics;
    qint64 matchedToUtcMs = 0;

    [[nodiscard]] qsizetype size() const { return qsizetype(utcMs.size()); }
    [[nodiscard]] bool isEmpty() const { return utcMs.empty(); }
    [[nodiscard]] bool isComparison() const { return !comparisonOf.isEmpty(); }
    // Any share of the period missing, however small (coverage is exactly 1 only when complete).
    [[nodiscard]] bool isPartial(size_t i) const { return i < coverage.size() && coverage[i] < 1.0; }
    // The negative intervals in point i: counted per period, or the point itself when it is negative.
    [[nodiscard]] qint64 negativesAt(size_t i) const
    {
        if (!negativeIntervals.empty())
            return i < negativeIntervals.size() ? negativeIntervals[i] : 0;
        return i < values.size() && values[i] < 0 ? 1 : 0;
    }
    // [first, last): the indices of the points whose interval or period starts in [fromMs, toMs).
    [[nodiscard]] std::pair<size_t, size_t> indicesStartingIn(qint64 fromMs, qint64 toMs) const
    {
        const auto begin = std::lower_bound(utcMs.cbegin(), utcMs.cend(), fromMs);
        const auto end = std::lower_bound(begin, utcMs.cend(), std::max(fromMs, toMs));
        return {size_t(begin - utcMs.cbegin()), size_t(end - utcMs.cbegin())};
    }
};

} // namespace meterscope

Q_DECLARE_METATYPE(meterscope::ChartSeries)
