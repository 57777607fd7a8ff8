// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregationmethod.h"

#include <QtGlobal>

#include <span>

namespace meterscope {

// One period of an aggregated series: [startUtcMs, endUtcMs) in the site's calendar, the value of
// the intervals present in it (their sum or mean), their extremes, and how complete it is.
// A bucket only exists when at least one interval is present: a period with no data is a gap.
struct AggregatedBucket
{
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    double value = 0;   // sum (additive units) or mean (rates) of the intervals present
    double minimum = 0; // smallest interval value
    double maximum = 0; // largest interval value
    qint64 minimumAtUtcMs = 0;
    qint64 maximumAtUtcMs = 0;
    qint64 intervalsPresent = 0;
    qint64 intervalsExpected = 0; // from the source interval and the period's real length
    qint64 negativeIntervals = 0; // negative deltas (a counter reset or correction): kept, flagged

    // Fewer intervals than the period should hold (a gap, or a period cut by the range).
    [[nodiscard]] bool isPartial() const { return intervalsPresent < intervalsExpected; }
    [[nodiscard]] bool hasNegative() const { return negativeIntervals > 0; }
    // Share of expected intervals present, 0–100; 100 when the expected count is unknown (0).
    [[nodiscard]] double coveragePercent() const
    {
        return coveragePercentOf(intervalsPresent, intervalsExpected);
    }
    // present / expected as 0–100, capped at 100; 100 when expected is unknown (0).
    static double coveragePercentOf(qint64 present, qint64 expected);

    // Combines the points [begin, end) of parallel time/value arrays into one bucket spanning
    // [startUtcMs, endUtcMs). The caller sets intervalsExpected.
    static AggregatedBucket fromPoints(std::span<const qint64> utcMs, std::span<const double> values,
                                       AggregationMethod method, qint64 startUtcMs, qint64 endUtcMs);
};

} // namespace meterscope
