// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/parsedlist.h"
#include "domain/series.h"

#include <QByteArray>
#include <QTimeZone>

namespace meterscope {

// Parses time-series bodies (api-contract.md §2 endpoints 5–8, every shape of §6) with simdjson
// straight into the vectors of Series: no JSON object per point. Accepts an array of series, one
// series object, or an envelope; values as numbers or numeric strings; null values as gaps; 0–9
// fractional digits; date-only dates (local midnight in `dateOnlyZone`, UTC when invalid);
// duplicates and unsorted points (sorted, last updatedAt wins); a missing unit is derived from the
// commodity. Safe to call from any thread.
class SeriesParser
{
public:
    static ParsedList<Series> parse(const QByteArray &body, const QTimeZone &dateOnlyZone = QTimeZone());
};

} // namespace meterscope
