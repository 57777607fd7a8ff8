// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"
#include "timeseries/granularity.h"
#include "timeseries/seriesstatistics.h"

#include <QMetaType>
#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace meterscope {

// One series exactly as the chart shows it and the CSV export writes it: interval data (lines) or
// per-period buckets aggregated in the site's zone (bars), with the buckets that lack data marked.
struct ChartSeries
{
    // How a period (a bar, or a point of an hourly line) is marked: complete; a few intervals missing
    // (at most kFewMissingShare of it: a subtle mark, so that a year of 99.6 % complete months does
    // not look broken); a larger share missing (hatched); or not over yet (its data so far, no gap).
    enum class PeriodState
    {
        Complete,
        FewMissing,
        Partial,
        InProgress
    };
    static constexpr double kFewMissingShare = 0.02;

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
    // Where the time that has passed ends: "now" while the range is in progress, else toUtcMs. A period
    // ending after it is in progress (its data so far, not a gap); time after it is never missing.
    qint64 measuredToUtcMs = std::numeric_limits<qint64>::max();
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
    // The period or interval at i has not ended yet (bars and hourly lines: today, this hour).
    [[nodiscard]] bool isInProgress(size_t i) const
    {
        return granularity != Granularity::FifteenMinutes && i < endUtcMs.size() &&
               endUtcMs[i] > measuredToUtcMs;
    }
    [[nodiscard]] PeriodState stateAt(size_t i) const
    {
        if (isInProgress(i))
            return PeriodState::InProgress;
        if (!isPartial(i))
            return PeriodState::Complete;
        return coverage[i] >= 1.0 - kFewMissingShare ? PeriodState::FewMissing : PeriodState::Partial;
    }
    // The time without data in point i: its missing share of the time that has passed in it.
    [[nodiscard]] qint64 missingMsAt(size_t i) const
    {
        if (!isPartial(i) || i >= endUtcMs.size())
            return 0;
        const qint64 passed = std::min(endUtcMs[i], measuredToUtcMs) - utcMs[i];
        return std::llround(double(std::max<qint64>(passed, 0)) * (1.0 - coverage[i]));
    }
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
