// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apiinterval.h"

#include <QDateTime>
#include <QStringList>

namespace meterscope {

// What to fetch from one of the time-series endpoints (api-contract.md §2, endpoints 5–8).
struct SeriesQuery
{
    enum class Source
    {
        SiteMeasurements,  // /sites/{siteId}/measurements
        MeterMeasurements, // /sites/{siteId}/meters/{meterId}/measurements
        ActiveEnergy,      // /sites/{siteId}/active-energy
        OtherUtilities     // /sites/{siteId}/other-utilities
    };

    Source source = Source::MeterMeasurements;
    QString siteId;
    QString meterId;          // MeterMeasurements only
    QStringList measurements; // ids or names; empty = all
    QStringList commodities;  // OtherUtilities only; empty = all
    QDateTime from;           // inclusive, UTC
    QDateTime to;             // exclusive, UTC
    ApiInterval interval = ApiInterval::FifteenMinutes;
};

} // namespace meterscope
