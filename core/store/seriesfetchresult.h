// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/series.h"
#include "store/timespan.h"

#include <QList>

#include <optional>

namespace meterscope {

// One answer of SeriesRepository::fetchSeries: the series over the requested range as far as they
// are known, where they came from and what is still missing.
struct SeriesFetchResult
{
    QList<Series> series;
    // When the oldest data in `series` was fetched from the API (empty: no data).
    std::optional<qint64> asOfUtcMs;
    // False for an early answer (what the cache held, or the first chunk to arrive); the last
    // answer of a fetch is complete.
    bool complete = true;
    // The API could not be reached (or refused): `series` is what the cache held, `error` says why.
    bool servedFromCache = false;
    // Spans of the range for which neither the API nor the cache had an answer (ascending).
    QList<TimeSpan> missing;
    ApiError error;
};

} // namespace meterscope
