// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/aggregatedseries.h"
#include "timeseries/granularity.h"
#include "timeseries/timerange.h"

#include <QString>

namespace meterscope {

class ZonedCalendar;

// "Compare with": the range to overlay on the current one, and the compared data moved onto the
// current timeline so both draw on one axis.
class PeriodComparison
{
public:
    // What the user compares with (the range bar's "Compare with", `--compare` of the command line).
    enum class Mode
    {
        None,
        PreviousPeriod,    // "previous"
        SamePeriodLastYear // "last-year": by calendar date, or by ISO weekday for weeks (kindFor())
    };
    enum class Kind
    {
        PreviousPeriod,      // one ◀ step back (last month for a month, the 7 days before...)
        SameDatesLastYear,   // the same local dates a year earlier (29 Feb → 28 Feb)
        SameWeekdaysLastYear // 52 weeks earlier, so Mondays line up with Mondays
    };

    // "none", "previous", "last-year" (command-line and settings names).
    static QString modeKey(Mode mode);
    static bool modeFromKey(const QString &key, Mode *mode);
    static QString modeDisplayName(Mode mode); // "None", "Previous period", "Same period last year"

    // How a mode compares a chart. The same period last year is the same dates, except for a chart by
    // week or a range of one week (7 local days): there it is the 52 weeks before, so ISO weekdays line
    // up — the same weekdays nearest to the same dates (ISO week 53 of 2026 compares with 29 Dec 2025
    // – 4 Jan 2026, which held the same New Year).
    [[nodiscard]] static Kind kindFor(Mode mode, const TimeRange &current, Granularity granularity,
                                      const ZonedCalendar &calendar);
    // The range to compare [from, to) with, in the calendar's zone.
    [[nodiscard]] static TimeRange comparisonRange(const TimeRange &current, Kind kind,
                                                   const ZonedCalendar &calendar);
    // The compared periods relabelled: the k-th period of the comparison range becomes the k-th
    // period of `current` (same granularity and calendar; by date for the same dates last year, see
    // TimelineShift). Periods without a counterpart (a 31st day, 29 February) are dropped; values,
    // coverage and flags are kept.
    [[nodiscard]] static AggregatedSeries shiftedOnto(const AggregatedSeries &compared,
                                                      const TimeRange &current, Kind kind,
                                                      const ZonedCalendar &calendar);
    // A short name of a compared range in the calendar's zone, the same in every locale (legends, CSV
    // columns): "Oct 2024" for a month, "2024" for a year, "Mon 14 Oct 2024" for a day, else its first
    // and last day, "29 Dec 2025 – 4 Jan 2026".
    [[nodiscard]] static QString label(const TimeRange &compared, const ZonedCalendar &calendar);
};

} // namespace meterscope
