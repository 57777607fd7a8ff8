// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/alignedcolumn.h"
#include "timeseries/granularity.h"

#include <vector>

namespace meterscope {

// Several series aggregated onto the same calendar periods, for overlays and for the CSV of what
// is charted: row r is the period [startUtcMs[r], endUtcMs[r]), each column holds that series'
// value for it or nothing.
struct AlignedTable
{
    Granularity granularity = Granularity::Day;
    qint64 fromUtcMs = 0;
    qint64 toUtcMs = 0;
    std::vector<qint64> startUtcMs;
    std::vector<qint64> endUtcMs;
    std::vector<AlignedColumn> columns;

    [[nodiscard]] qsizetype rowCount() const { return qsizetype(startUtcMs.size()); }
};

} // namespace meterscope
