// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/granularity.h"

#include <QString>

#include <span>

namespace meterscope {

class ZonedCalendar;
struct Series;

// The length of one interval of a fetched series: either a fixed duration ("15min", "hourly", or
// the step detected in "raw" data) or a calendar period in the site's zone ("daily", "monthly",
// whose length varies with DST and the month). It says how many intervals a period should hold,
// which is what coverage and gap detection are measured against.
class SourceInterval
{
public:
    SourceInterval() = default; // unknown
    static SourceInterval fixed(qint64 lengthMs);
    static SourceInterval calendar(Granularity granularity);
    // From the API's interval name ("15min", "hourly", "daily", "monthly") or a granularity key
    // ("hour", "day", "week", "month", "year"); for "raw", an empty or unknown name, the smallest
    // step between consecutive (sorted) timestamps.
    static SourceInterval fromApiName(const QString &apiName, std::span<const qint64> sortedUtcMs);
    static SourceInterval forSeries(const Series &series);

    [[nodiscard]] bool isKnown() const { return m_fixedMs > 0 || m_isCalendar; }
    [[nodiscard]] bool isCalendar() const { return m_isCalendar; }
    [[nodiscard]] qint64 fixedMs() const { return m_fixedMs; }
    [[nodiscard]] Granularity calendarGranularity() const { return m_granularity; }
    // The longest one interval can last (a fixed length, or 25 h for a day, 31 days + 1 h for a
    // month...): consecutive points further apart than this have a gap between them.
    [[nodiscard]] qint64 maxLengthMs() const;
    // Number of interval starts in [fromMs, toMs): for fixed lengths the multiples of the length
    // since the epoch (15-minute and hourly API intervals are UTC-aligned), for calendar lengths the
    // period starts in the calendar's zone. 0 when the interval is unknown.
    [[nodiscard]] qint64 expectedCount(qint64 fromMs, qint64 toMs, const ZonedCalendar &calendar) const;

private:
    qint64 m_fixedMs = 0;
    bool m_isCalendar = false;
    Granularity m_granularity = Granularity::FifteenMinutes;
};

} // namespace meterscope
