// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"
#include "store/timespan.h"

#include <QList>

#include <optional>

namespace meterscope {

// What the cache holds for one series over a requested range: its points (sorted, within the
// range), the spans still to fetch (never fetched, or stale under the policy given) and the
// "as of" stamps of the cached data used.
struct CachedSeries
{
    Series series;
    QList<TimeSpan> missing;                    // ascending, merged
    std::optional<qint64> oldestFetchedAtUtcMs; // the "as of" to show for the view
    std::optional<qint64> newestFetchedAtUtcMs;
    // The oldest stamp among chunks whose data could still change when they were fetched (their
    // span had not settled); empty when every chunk used had settled, so its copy is current.
    std::optional<qint64> oldestUnsettledFetchedAtUtcMs;

    [[nodiscard]] bool isComplete() const { return missing.isEmpty(); }
};

} // namespace meterscope
