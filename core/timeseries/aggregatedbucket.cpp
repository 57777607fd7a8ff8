// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/aggregatedbucket.h"

#include <algorithm>

namespace meterscope {

double AggregatedBucket::coveragePercentOf(qint64 present, qint64 expected)
{
    if (expected <= 0)
        return 100.0;
    return 100.0 * double(std::min(present, expected)) / double(expected);
}

AggregatedBucket AggregatedBucket::fromPoints(std::span<const qint64> utcMs, std::span<const double> values,
                                              AggregationMethod method, qint64 startUtcMs, qint64 endUtcMs)
{
    AggregatedBucket bucket;
    bucket.startUtcMs = startUtcMs;
    bucket.endUtcMs = endUtcMs;
    bucket.intervalsPresent = qint64(values.size());
    if (values.empty())
        return bucket;
    double sum = 0;
    size_t minIndex = 0;
    size_t maxIndex = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        const double value = values[i];
        sum += value;
        if (value < values[minIndex])
            minIndex = i;
        if (value > values[maxIndex])
            maxIndex = i;
        if (value < 0)
            ++bucket.negativeIntervals;
    }
    bucket.minimum = values[minIndex];
    bucket.maximum = values[maxIndex];
    bucket.minimumAtUtcMs = utcMs[minIndex];
    bucket.maximumAtUtcMs = utcMs[maxIndex];
    bucket.value = method == AggregationMethod::Sum ? sum : sum / double(values.size());
    return bucket;
}

} // namespace meterscope
