// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"
#include "domain/meter.h"
#include "domain/series.h"

namespace meterscope {

// Fills in what a series does not say about itself (some servers send neither "unit" nor
// "commodity"): first from its meter, already fetched (the measurement's unit, the meter's
// commodity), then from what the endpoint serves (`endpointCommodity`: the site's active energy is
// electricity), then from the API contract's defaults for the measurement's name. Never overrides
// what the series says. `meter` may be null (site-level series).
void completeSeriesMetadata(Series *series, const Meter *meter,
                            Commodity endpointCommodity = Commodity::Unknown);

} // namespace meterscope
