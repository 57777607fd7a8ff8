// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// How interval values combine into a longer period. Energy, volume and mass per interval are
// deltas and add up (Sum); power, flow, temperature and any other rate or level are averaged (Mean).
enum class AggregationMethod
{
    Sum,
    Mean
};

// Sum for additive units (Wh, kWh, MWh, GWh, J…GJ, therm, BTU, varh, kvarh, m3, m³, L, gal, ft3,
// kg, t, kgCO2e…), Mean for everything else, including rates ("m3/h") and unknown or empty units:
// adding values of an unknown kind could invent a total that does not exist.
AggregationMethod aggregationMethodForUnit(const QString &unit);

} // namespace meterscope
