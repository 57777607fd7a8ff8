// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// The intervals the API serves. Their wire names and maximum spans come from the ApiProfile.
enum class ApiInterval
{
    Raw,
    FifteenMinutes,
    Hourly,
    Daily,
    Monthly
};

// Profile key of an interval: "raw", "15min", "hourly", "daily", "monthly".
QString apiIntervalKey(ApiInterval interval);
// Inverse of apiIntervalKey(); false when the key is unknown.
bool apiIntervalFromKey(const QString &key, ApiInterval *interval);
// The longest one interval can last, in milliseconds (a day of a DST change has 25 hours, a month 31
// days; a raw reading is taken as at most an hour long).
qint64 apiIntervalLongestMs(ApiInterval interval);

} // namespace meterscope
