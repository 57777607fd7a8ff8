// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace meterscope {

// When cached series data is still good. Data that had settled when it was fetched (its span
// ended `settleMs` or more before the fetch) stays good for ever: old intervals do not change.
// Recent data (today's, or late corrections within the settle time) is good for `maxAgeMs` only,
// then fetched again.
struct FreshnessPolicy
{
    qint64 nowUtcMs = 0;
    qint64 maxAgeMs = 15 * 60 * 1000;         // recent data: refetch after 15 minutes
    qint64 settleMs = 3 * 24 * 3600 * 1000LL; // late corrections arrive within about three days

    [[nodiscard]] bool hadSettled(qint64 spanToUtcMs, qint64 fetchedAtUtcMs) const
    {
        return spanToUtcMs + settleMs <= fetchedAtUtcMs;
    }
    [[nodiscard]] bool isFresh(qint64 spanToUtcMs, qint64 fetchedAtUtcMs) const
    {
        return hadSettled(spanToUtcMs, fetchedAtUtcMs) || nowUtcMs - fetchedAtUtcMs <= maxAgeMs;
    }
};

} // namespace meterscope
