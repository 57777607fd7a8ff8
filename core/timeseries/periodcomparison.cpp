// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/periodcomparison.h"

#include "timeseries/zonedcalendar.h"

#include <algorithm>

namespace meterscope {

TimeRange PeriodComparison::comparisonRange(const TimeRange &current, Kind kind,
                                            const ZonedCalendar &calendar)
{
    if (kind == Kind::PreviousPeriod)
        return current.stepped(-1, calendar);
    const auto moved = [&](qint64 utcMs) {
        // Keep the time of day: move the local date, then add back the time since that day began.
        const QDate date = calendar.localDate(utcMs);
        const qint64 sinceMidnight = utcMs - calendar.startOfLocalDate(date);
        const QDate earlier = kind == Kind::SameDatesLastYear ? date.addYears(-1) : date.addDays(-364);
        return calendar.startOfLocalDate(earlier) + sinceMidnight;
    };
    return TimeRange::custom(moved(current.fromUtcMs()), moved(current.toUtcMs()));
}

AggregatedSeries PeriodComparison::shiftedOnto(const AggregatedSeries &compared, const TimeRange &current,
                                               const ZonedCalendar &calendar)
{
    AggregatedSeries shifted = compared;
    shifted.buckets.clear();
    shifted.fromUtcMs = current.fromUtcMs();
    shifted.toUtcMs = current.toUtcMs();
    const std::vector<qint64> from =
        calendar.periodEdges(compared.fromUtcMs, compared.toUtcMs, compared.granularity);
    const std::vector<qint64> to =
        calendar.periodEdges(current.fromUtcMs(), current.toUtcMs(), compared.granularity);
    for (const AggregatedBucket &bucket : compared.buckets) {
        const auto found = std::lower_bound(from.begin(), from.end(), bucket.startUtcMs);
        const size_t index = size_t(found - from.begin());
        if (found == from.end() || *found != bucket.startUtcMs || index + 1 >= to.size())
            continue;
        AggregatedBucket moved = bucket;
        const qint64 offset = to[index] - bucket.startUtcMs;
        moved.startUtcMs = to[index];
        moved.endUtcMs = to[index + 1];
        moved.minimumAtUtcMs += offset;
        moved.maximumAtUtcMs += offset;
        shifted.buckets.push_back(moved);
    }
    return shifted;
}

} // namespace meterscope
