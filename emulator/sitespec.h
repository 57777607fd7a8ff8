// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace meterscope::emulator {

// One generated site: what the API serves about it, and what drives its load profile.
struct SiteSpec
{
    // What the building is used for: sets its opening hours and load per square metre.
    enum class Activity
    {
        Retail,
        Office,
        Warehouse,
        Hotel,
        DataCentre,
        School,
        Laboratory
    };

    int index = 0;
    QByteArray id;
    QByteArray name;
    QByteArray type; // the API's "type" ("retail", "office", ...)
    Activity activity = Activity::Office;
    QByteArray address;
    QByteArray city;
    QByteArray countryIsoCode;
    QByteArray zipCode;
    QByteArray stateProvince;
    QByteArray timeZoneId; // IANA
    double latitude = 0.0;
    double longitude = 0.0;
    int sourceSystemId = 0;
    int grossAreaM2 = 0;
    int buildingOccupants = 0;
    int weeklyOperatingHours = 0;
    QByteArray activeEnergyKey; // timeseries key of the site's active-energy series
};

} // namespace meterscope::emulator
