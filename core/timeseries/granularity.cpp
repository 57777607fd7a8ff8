// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/granularity.h"

#include "timeseries/keyedname.h"

#include <array>

namespace meterscope {

namespace {
using Name = KeyedName<Granularity>;
constexpr std::array<Name, 6> kNames{{
    {Granularity::FifteenMinutes, "15min", QT_TRANSLATE_NOOP("Granularity", "15 minutes")},
    {Granularity::Hour, "hour", QT_TRANSLATE_NOOP("Granularity", "Hour")},
    {Granularity::Day, "day", QT_TRANSLATE_NOOP("Granularity", "Day")},
    {Granularity::Week, "week", QT_TRANSLATE_NOOP("Granularity", "Week")},
    {Granularity::Month, "month", QT_TRANSLATE_NOOP("Granularity", "Month")},
    {Granularity::Year, "year", QT_TRANSLATE_NOOP("Granularity", "Year")},
}};
} // namespace

QString granularityKey(Granularity granularity)
{
    return Name::keyOf(kNames, granularity);
}

QString granularityDisplayName(Granularity granularity)
{
    return Name::displayNameOf(kNames, granularity, "Granularity");
}

bool granularityFromKey(const QString &key, Granularity *granularity)
{
    return Name::fromKey(kNames, key, granularity);
}

} // namespace meterscope
