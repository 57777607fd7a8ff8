// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/apiinterval.h"

#include <array>

namespace meterscope {

namespace {
constexpr std::array<std::pair<ApiInterval, const char *>, 5> kKeys{{
    {ApiInterval::Raw, "raw"},
    {ApiInterval::FifteenMinutes, "15min"},
    {ApiInterval::Hourly, "hourly"},
    {ApiInterval::Daily, "daily"},
    {ApiInterval::Monthly, "monthly"},
}};
} // namespace

QString apiIntervalKey(ApiInterval interval)
{
    for (const auto &[value, key] : kKeys) {
        if (value == interval)
            return QString::fromLatin1(key);
    }
    return QString();
}

bool apiIntervalFromKey(const QString &key, ApiInterval *interval)
{
    for (const auto &[value, name] : kKeys) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *interval = value;
            return true;
        }
    }
    return false;
}

qint64 apiIntervalLongestMs(ApiInterval interval)
{
    constexpr qint64 hour = 3600LL * 1000;
    switch (interval) {
    case ApiInterval::FifteenMinutes:
        return hour / 4;
    case ApiInterval::Daily:
        return 25 * hour;
    case ApiInterval::Monthly:
        return 31 * 24 * hour + hour;
    case ApiInterval::Raw:
    case ApiInterval::Hourly:
        break;
    }
    return hour;
}

} // namespace meterscope
