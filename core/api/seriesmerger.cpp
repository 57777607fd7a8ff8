// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/seriesmerger.h"

#include <algorithm>
#include <numeric>

namespace meterscope {

void SeriesMerger::normalise(Series *series)
{
    const std::vector<qint64> &times = series->utcMs;
    const size_t count = times.size();
    series->updatedAtUtcMs.resize(count, 0);
    bool strictlyIncreasing = true;
    for (size_t i = 1; i < count && strictlyIncreasing; ++i)
        strictlyIncreasing = times[i - 1] < times[i];
    if (strictlyIncreasing)
        return;

    // Stable order by (time, updatedAt): the last of each run of equal times is the latest update,
    // and among equal updates the one that came last in the body.
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    const std::vector<qint64> &updated = series->updatedAtUtcMs;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return times[a] != times[b] ? times[a] < times[b] : updated[a] < updated[b];
    });
    std::vector<qint64> newTimes, newUpdated;
    std::vector<double> newValues;
    newTimes.reserve(count);
    newUpdated.reserve(count);
    newValues.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const size_t index = order[i];
        if (i + 1 < count && times[order[i + 1]] == times[index])
            continue; // a later version of this point follows
        newTimes.push_back(times[index]);
        newValues.push_back(series->values[index]);
        newUpdated.push_back(updated[index]);
    }
    series->utcMs = std::move(newTimes);
    series->values = std::move(newValues);
    series->updatedAtUtcMs = std::move(newUpdated);
}

int SeriesMerger::dropOutside(Series *series, qint64 fromMs, qint64 toMs, qint64 longestIntervalMs)
{
    series->updatedAtUtcMs.resize(series->utcMs.size(), 0);
    size_t kept = 0;
    for (size_t i = 0; i < series->utcMs.size(); ++i) {
        if (series->utcMs[i] >= toMs || series->utcMs[i] + longestIntervalMs <= fromMs)
            continue;
        series->utcMs[kept] = series->utcMs[i];
        series->values[kept] = series->values[i];
        series->updatedAtUtcMs[kept] = series->updatedAtUtcMs[i];
        ++kept;
    }
    const int dropped = int(series->utcMs.size() - kept);
    series->utcMs.resize(kept);
    series->values.resize(kept);
    series->updatedAtUtcMs.resize(kept);
    return dropped;
}

void SeriesMerger::add(QList<Series> chunk)
{
    for (Series &series : chunk) {
        const auto found = m_indexByKey.constFind(series.key);
        if (found == m_indexByKey.cend()) {
            m_indexByKey.insert(series.key, m_series.size());
            m_series.append(std::move(series));
            continue;
        }
        Series &target = m_series[*found];
        target.utcMs.insert(target.utcMs.end(), series.utcMs.begin(), series.utcMs.end());
        target.values.insert(target.values.end(), series.values.begin(), series.values.end());
        target.updatedAtUtcMs.insert(target.updatedAtUtcMs.end(), series.updatedAtUtcMs.begin(),
                                     series.updatedAtUtcMs.end());
        target.ignoredPoints += series.ignoredPoints;
    }
}

QList<Series> SeriesMerger::take()
{
    for (Series &series : m_series)
        normalise(&series);
    m_indexByKey.clear();
    return std::exchange(m_series, {});
}

} // namespace meterscope
