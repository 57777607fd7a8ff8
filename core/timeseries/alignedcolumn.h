// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregatedbucket.h"
#include "timeseries/aggregationmethod.h"

#include <QString>

#include <optional>
#include <vector>

namespace meterscope {

// One series on a shared timeline (see AlignedTable): a cell per row, empty where the series has
// no data in that period.
struct AlignedColumn
{
    QString key;
    QString name;
    QString unit;
    AggregationMethod method = AggregationMethod::Sum;
    std::vector<std::optional<AggregatedBucket>> cells; // one per table row
    double coveragePercent = 100.0;                     // over the table's whole range
};

} // namespace meterscope
