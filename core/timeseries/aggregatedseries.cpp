// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/aggregatedseries.h"

namespace meterscope {

qint64 AggregatedSeries::intervalsPresent() const
{
    qint64 present = 0;
    for (const AggregatedBucket &bucket : buckets)
        present += bucket.intervalsPresent;
    return present;
}

double AggregatedSeries::coveragePercent() const
{
    return AggregatedBucket::coveragePercentOf(intervalsPresent(), intervalsExpected);
}

} // namespace meterscope
