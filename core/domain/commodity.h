// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// What a meter measures. The API spells these in several ways ("Electricity", "ELECTRICITY",
// "district_heating"); commodityFromApi() accepts them all.
enum class Commodity
{
    Unknown,
    Electricity,
    Gas,
    Water,
    DistrictHeating,
    Steam,
    ChilledWater,
    Solar,
    Other
};

Commodity commodityFromApi(const QString &text);
// The canonical API spelling ("Electricity", "DistrictHeating", ...).
QString commodityApiName(Commodity commodity);
// A name for people ("District heating").
QString commodityDisplayName(Commodity commodity);
// The unit a measurement of this commodity has when the API omits it.
QString defaultUnitFor(Commodity commodity, const QString &measurementName);

} // namespace meterscope
