// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregatedbucket.h"
#include "timeseries/aggregationmethod.h"
#include "timeseries/granularity.h"

#include <QString>

#include <vector>

namespace meterscope {

// A series turned into calendar periods of one granularity over a range. Only periods holding
// data are in `buckets` (sorted by start); a missing period is a gap, never a zero.
struct AggregatedSeries
{
    QString key;
    QString name;
    QString unit;
    AggregationMethod method = AggregationMethod::Sum;
    Granularity granularity = Granularity::Day;
    qint64 fromUtcMs = 0; // the range that was aggregated, [from, to)
    qint64 toUtcMs = 0;
    std::vector<AggregatedBucket> buckets;
    qint64 intervalsExpected = 0; // over the whole range, gaps included

    [[nodiscard]] qint64 intervalsPresent() const;
    // Share of the range's expected intervals that are present, 0–100 (100 when unknown).
    [[nodiscard]] double coveragePercent() const;
};

} // namespace meterscope
