// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/seriesmetadata.h"

#include <algorithm>

namespace meterscope {

void completeSeriesMetadata(Series *series, const Meter *meter, Commodity endpointCommodity)
{
    if (meter) {
        if (series->commodity == Commodity::Unknown)
            series->commodity = meter->commodity;
        if (series->unit.isEmpty()) {
            // The measurement the series is of: by id, else by its time series key, else by name.
            const auto &measurements = meter->measurements;
            auto found = std::find_if(measurements.cbegin(), measurements.cend(), [&](const Measurement &m) {
                return !series->measurementId.isEmpty() && m.id == series->measurementId;
            });
            if (found == measurements.cend())
                found = std::find_if(measurements.cbegin(), measurements.cend(), [&](const Measurement &m) {
                    return !series->key.isEmpty() && m.timeseriesKey == series->key;
                });
            if (found == measurements.cend())
                found = std::find_if(measurements.cbegin(), measurements.cend(), [&](const Measurement &m) {
                    return !series->name.isEmpty() && m.name.compare(series->name, Qt::CaseInsensitive) == 0;
                });
            if (found != measurements.cend())
                series->unit = found->unit;
        }
    }
    if (series->commodity == Commodity::Unknown)
        series->commodity = endpointCommodity;
    if (series->unit.isEmpty())
        series->unit = defaultUnitFor(series->commodity, series->name);
}

} // namespace meterscope
