// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/granularity.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <array>

namespace meterscope {

class TimeRange;
class ZonedCalendar;

// What a range is in the calendar of a zone, for naming it and for choosing how to chart it:
// one local day, one ISO week (Monday to Monday), one calendar month, one calendar year, or any
// other span of time. Limits are compared with local midnights, so a 23- or 25-hour DST day, a
// month holding a DST change and a day whose midnight a DST gap skips are still whole periods.
//
// Names (month and day names from the locale):
//   day   "Wed 14 Oct 2026"        week  "Week 41, 2026" (ISO week and its ISO year: the week
//   month "October 2026"                 from Mon 28 Dec 2026 is "Week 53, 2026")
//   year  "2026"                   span  "3 Sep – 2 Oct 2026", "1 Dec 2025 – 31 Jan 2026"
// The dates (datesText()) are the first and last local days shown: "6 Oct 2026 – 12 Oct 2026",
// or "Wed 14 Oct 2026" for a single day.
//
// Granularities offered for a range (offers()): those of which at least one whole calendar period
// lies in the range. Finer ones are always offered; coarser ones would draw a single partial bar
// or a few fractions of one (a month by year, a week by month). So a month is offered by
// 15 minutes, hour, day, week (its whole weeks, with partial ones at the ends) and month; a week
// starting on Monday by week but not by month; "last 7 days" starting on a Wednesday by day and
// finer.
class CalendarPeriod
{
public:
    enum class Kind
    {
        Day,
        Week,
        Month,
        Year,
        Span
    };

    CalendarPeriod(const TimeRange &range, const ZonedCalendar &calendar);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // First and last local dates the range touches (the last one is the day before the end when
    // the range ends at a midnight).
    [[nodiscard]] QDate firstDate() const { return m_first; }
    [[nodiscard]] QDate lastDate() const { return m_last; }

    [[nodiscard]] QString name(const QLocale &locale = QLocale()) const;
    [[nodiscard]] QString datesText(const QLocale &locale = QLocale()) const;
    [[nodiscard]] bool offers(Granularity granularity) const;

private:
    Kind m_kind = Kind::Span;
    QDate m_first;
    QDate m_last;
    std::array<bool, 6> m_offered{}; // by Granularity
};

} // namespace meterscope
