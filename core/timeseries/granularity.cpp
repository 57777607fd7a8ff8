// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/granularity.h"

#include "timeseries/keyedname.h"

#include <array>

namespace meterscope {

namespace {
using Name = KeyedName<Granularity>;
constexpr std::array<Name, 6> kNames{{
    {Granularity::FifteenMinutes, "15min", "15 minutes"},
    {Granularity::Hour, "hour", "Hour"},
    {Granularity::Day, "day", "Day"},
    {Granularity::Week, "week", "Week"},
    {Granularity::Month, "month", "Month"},
    {Granularity::Year, "year", "Year"},
}};
} // namespace

QString granularityKey(Granularity granularity)
{
    return Name::keyOf(kNames, granularity);
}

QString granularityDisplayName(Granularity granularity)
{
    return Name::displayNameOf(kNames, granularity);
}

bool granularityFromKey(const QString &key, Granularity *granularity)
{
    return Name::fromKey(kNames, key, granularity);
}

} // namespace meterscope
