// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apiinterval.h"
#include "timeseries/granularity.h"

#include <QString>

namespace meterscope {

class ZonedCalendar;

// A half-open range [from, to) in UTC ms, usually made from a preset in the site's zone.
//
// Presets (local dates of the site's zone, whole days from local midnight):
//   today, yesterday; this/last week (Monday to Monday); this/last month; this/last year;
//   last 7 / 30 / 365 days = that many complete days ending at today's midnight (today, still
//   being measured, is left out so every day shown is complete); custom.
// Stepping (◀ ▶) moves by the preset's calendar unit: a day, a week, a month, a year, or 7 / 30 /
// 365 local days. Months and years move by calendar date (back one month from March is February,
// whatever its length). A custom range moves by whole months when it starts and ends on the 1st,
// by whole local days when it starts and ends at midnight, else by its length. Forward steps stop at
// the present: steppedUpTo() never moves the range to one that starts after "now", so ▶ on this
// month does nothing, and "last 7 days" can step once forward (to the week starting today).
//
// Automatic granularity, from the length (a DST hour of slack on each limit):
//   ≤ 2 days → 15 min (≤ 200 points), ≤ 14 days → hour (≤ 336), ≤ 92 days → day (≤ 92),
//   ≤ 183 days → week (≤ 27), ≤ 5 years → month (≤ 61), longer → year.
//
// Interval to fetch (fetchInterval()): 15 minutes, the finest the API serves, whatever the chart's
// granularity and length, so that the client aggregates in the site's zone and its coverage counts
// every missing quarter-hour. (Hourly data beyond a year counted an hour that had one of its four
// quarter-hours as complete: a two-year monthly chart of a Paris site said 99.709 % where 99.498 %
// of the quarter-hours were there, and showed partial weeks as complete.) A meter-year is 35,040
// points; the local cache keeps long ranges from being fetched twice.
class TimeRange
{
public:
    enum class Preset
    {
        Today,
        Yesterday,
        ThisWeek,
        LastWeek,
        ThisMonth,
        LastMonth,
        ThisYear,
        LastYear,
        Last7Days,
        Last30Days,
        Last365Days,
        Custom
    };

    TimeRange() = default; // empty, invalid
    static TimeRange custom(qint64 fromUtcMs, qint64 toUtcMs);
    static TimeRange fromPreset(Preset preset, qint64 nowUtcMs, const ZonedCalendar &calendar);

    [[nodiscard]] bool isValid() const { return m_toUtcMs > m_fromUtcMs; }
    // The preset the range was made from; it stays the stepping unit after stepping.
    [[nodiscard]] Preset preset() const { return m_preset; }
    [[nodiscard]] qint64 fromUtcMs() const { return m_fromUtcMs; }
    [[nodiscard]] qint64 toUtcMs() const { return m_toUtcMs; }
    [[nodiscard]] qint64 lengthMs() const { return m_toUtcMs - m_fromUtcMs; }
    [[nodiscard]] bool contains(qint64 utcMs) const { return utcMs >= m_fromUtcMs && utcMs < m_toUtcMs; }

    // `steps` units forward (positive) or back (negative).
    [[nodiscard]] TimeRange stepped(int steps, const ZonedCalendar &calendar) const;
    // stepped(), except that forward it goes no further than the last range starting at or before
    // nowUtcMs (the range itself when even one step would start later).
    [[nodiscard]] TimeRange steppedUpTo(int steps, qint64 nowUtcMs, const ZonedCalendar &calendar) const;
    // Whether one step forward starts at or before nowUtcMs.
    [[nodiscard]] bool canStepForward(qint64 nowUtcMs, const ZonedCalendar &calendar) const;
    // Whether the range is what its preset gives at nowUtcMs (this month is "this month"; October
    // reached by ◀ from November is not). Never true for a custom range.
    [[nodiscard]] bool isPresetAt(qint64 nowUtcMs, const ZonedCalendar &calendar) const;
    [[nodiscard]] Granularity automaticGranularity() const;
    [[nodiscard]] ApiInterval fetchInterval(Granularity chartGranularity,
                                            const ZonedCalendar &calendar) const;

    // "today", "yesterday", "this-week", "last-week", "this-month", "last-month", "this-year",
    // "last-year", "last-7-days", "last-30-days", "last-365-days", "custom" (command-line names).
    static QString presetKey(Preset preset);
    static bool presetFromKey(const QString &key, Preset *preset);
    static QString presetDisplayName(Preset preset); // "Today", "Last 7 days", ...

    friend bool operator==(const TimeRange &, const TimeRange &) = default;

private:
    TimeRange(Preset preset, qint64 fromUtcMs, qint64 toUtcMs);

    Preset m_preset = Preset::Custom;
    qint64 m_fromUtcMs = 0;
    qint64 m_toUtcMs = 0;
};

} // namespace meterscope
