// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// The period a chart bar or a CSV row stands for. Days, weeks and months are calendar periods in
// the site's time zone (a day may last 23 or 25 hours).
enum class Granularity
{
    FifteenMinutes,
    Hour,
    Day,
    Week,
    Month,
    Year
};

QString granularityKey(Granularity granularity);         // "15min", "hour", "day", "week", "month", "year"
QString granularityDisplayName(Granularity granularity); // "15 minutes", "Hour", ...
bool granularityFromKey(const QString &key, Granularity *granularity);

} // namespace meterscope
