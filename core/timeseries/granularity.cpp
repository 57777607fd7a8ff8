// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/granularity.h"

#include <array>

namespace meterscope {

namespace {
struct GranularityName
{
    Granularity granularity;
    const char *key;
    const char *displayName;
};
constexpr std::array<GranularityName, 6> kNames{{
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
    for (const auto &entry : kNames) {
        if (entry.granularity == granularity)
            return QString::fromLatin1(entry.key);
    }
    return QString();
}

QString granularityDisplayName(Granularity granularity)
{
    for (const auto &entry : kNames) {
        if (entry.granularity == granularity)
            return QString::fromLatin1(entry.displayName);
    }
    return QString();
}

bool granularityFromKey(const QString &key, Granularity *granularity)
{
    for (const auto &entry : kNames) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0) {
            *granularity = entry.granularity;
            return true;
        }
    }
    return false;
}

} // namespace meterscope
