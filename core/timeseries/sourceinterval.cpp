// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/sourceinterval.h"

#include "domain/apiinterval.h"
#include "domain/series.h"
#include "timeseries/zonedcalendar.h"

#include <algorithm>
#include <limits>

namespace meterscope {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 ceilDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value > 0) == (divisor > 0)) ? quotient + 1 : quotient;
}
} // namespace

SourceInterval SourceInterval::fixed(qint64 lengthMs)
{
    SourceInterval interval;
    interval.m_fixedMs = std::max<qint64>(0, lengthMs);
    return interval;
}

SourceInterval SourceInterval::calendar(Granularity granularity)
{
    switch (granularity) {
    case Granularity::FifteenMinutes:
        return fixed(15 * kMinuteMs);
    case Granularity::Hour:
        return fixed(kHourMs);
    case Granularity::Day:
    case Granularity::Week:
    case Granularity::Month:
    case Granularity::Year:
        break;
    }
    SourceInterval interval;
    interval.m_isCalendar = true;
    interval.m_granularity = granularity;
    return interval;
}

SourceInterval SourceInterval::fromApiName(const QString &apiName, std::span<const qint64> sortedUtcMs)
{
    ApiInterval api = ApiInterval::Raw;
    if (apiIntervalFromKey(apiName, &api)) {
        switch (api) {
        case ApiInterval::FifteenMinutes:
            return calendar(Granularity::FifteenMinutes);
        case ApiInterval::Hourly:
            return calendar(Granularity::Hour);
        case ApiInterval::Daily:
            return calendar(Granularity::Day);
        case ApiInterval::Monthly:
            return calendar(Granularity::Month);
        case ApiInterval::Raw:
            break;
        }
    }
    // Already aggregated data names its period with a granularity key ("hour", "day", "week"...).
    Granularity granularity = Granularity::Day;
    if (granularityFromKey(apiName, &granularity))
        return calendar(granularity);
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (size_t i = 1; i < sortedUtcMs.size(); ++i) {
        const qint64 step = sortedUtcMs[i] - sortedUtcMs[i - 1];
        if (step > 0)
            smallest = std::min(smallest, step);
    }
    return smallest == std::numeric_limits<qint64>::max() ? SourceInterval() : fixed(smallest);
}

SourceInterval SourceInterval::forSeries(const Series &series)
{
    return fromApiName(series.interval, series.utcMs);
}

qint64 SourceInterval::maxLengthMs() const
{
    if (!m_isCalendar)
        return m_fixedMs;
    switch (m_granularity) {
    case Granularity::FifteenMinutes:
    case Granularity::Hour:
    case Granularity::Day:
        return kDayMs + kHourMs;
    case Granularity::Week:
        return 7 * kDayMs + kHourMs;
    case Granularity::Month:
        return 31 * kDayMs + kHourMs;
    case Granularity::Year:
        return 366 * kDayMs + kHourMs;
    }
    return 0;
}

qint64 SourceInterval::expectedCount(qint64 fromMs, qint64 toMs, const ZonedCalendar &calendar) const
{
    if (toMs <= fromMs || !isKnown())
        return 0;
    if (!m_isCalendar)
        return ceilDiv(toMs, m_fixedMs) - ceilDiv(fromMs, m_fixedMs);
    const std::vector<qint64> edges = calendar.periodEdges(fromMs, toMs, m_granularity);
    return qint64(std::count_if(edges.begin(), edges.end(),
                                [&](qint64 edge) { return edge >= fromMs && edge < toMs; }));
}

} // namespace meterscope
