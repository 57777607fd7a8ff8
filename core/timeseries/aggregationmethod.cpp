// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/aggregationmethod.h"

#include <array>

namespace meterscope {

namespace {
// Compared case-insensitively after removing spaces; "kWh" and "KWH" are the same unit.
constexpr std::array<const char *, 34> kAdditiveUnits{{
    "wh",   "kwh",  "mwh",   "gwh",  "twh",   "j",   "kj",     "mj",     "gj",    "therm", "therms", "btu",
    "kbtu", "mbtu", "mmbtu", "varh", "kvarh", "m3",  "m³",     "nm3",    "l",     "kl",    "ml",     "gal",
    "ft3",  "ccf",  "mcf",   "kg",   "t",     "ton", "tonnes", "kgco2e", "tco2e", "vah",
}};
} // namespace

AggregationMethod aggregationMethodForUnit(const QString &unit)
{
    QString normalized = unit.trimmed().toLower();
    normalized.remove(QLatin1Char(' '));
    if (normalized.isEmpty() || normalized.contains(QLatin1Char('/')))
        return AggregationMethod::Mean;
    for (const char *additive : kAdditiveUnits) {
        if (normalized == QString::fromUtf8(additive))
            return AggregationMethod::Sum;
    }
    return AggregationMethod::Mean;
}

} // namespace meterscope
