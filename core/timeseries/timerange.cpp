// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/timerange.h"

#include "timeseries/keyedname.h"
#include "timeseries/zonedcalendar.h"

#include <QDate>

#include <algorithm>
#include <array>

namespace meterscope {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

using PresetName = KeyedName<TimeRange::Preset>;
constexpr std::array<PresetName, 12> kPresets{{
    {TimeRange::Preset::Today, "today", QT_TRANSLATE_NOOP("TimeRange", "Today")},
    {TimeRange::Preset::Yesterday, "yesterday", QT_TRANSLATE_NOOP("TimeRange", "Yesterday")},
    {TimeRange::Preset::ThisWeek, "this-week", QT_TRANSLATE_NOOP("TimeRange", "This week")},
    {TimeRange::Preset::LastWeek, "last-week", QT_TRANSLATE_NOOP("TimeRange", "Last week")},
    {TimeRange::Preset::ThisMonth, "this-month", QT_TRANSLATE_NOOP("TimeRange", "This month")},
    {TimeRange::Preset::LastMonth, "last-month", QT_TRANSLATE_NOOP("TimeRange", "Last month")},
    {TimeRange::Preset::ThisYear, "this-year", QT_TRANSLATE_NOOP("TimeRange", "This year")},
    {TimeRange::Preset::LastYear, "last-year", QT_TRANSLATE_NOOP("TimeRange", "Last year")},
    {TimeRange::Preset::Last7Days, "last-7-days", QT_TRANSLATE_NOOP("TimeRange", "Last 7 days")},
    {TimeRange::Preset::Last30Days, "last-30-days", QT_TRANSLATE_NOOP("TimeRange", "Last 30 days")},
    {TimeRange::Preset::Last365Days, "last-365-days", QT_TRANSLATE_NOOP("TimeRange", "Last 365 days")},
    {TimeRange::Preset::Custom, "custom", QT_TRANSLATE_NOOP("TimeRange", "Custom")},
}};

// How a range moves: by local days, by calendar months, or (unaligned custom ranges) by its length.
struct StepUnit
{
    enum Kind
    {
        Days,
        Months,
        Fixed
    } kind = Fixed;
    qint64 amount = 0; // days, months or milliseconds
};

StepUnit stepUnitOf(TimeRange::Preset preset, qint64 from, qint64 to, const ZonedCalendar &calendar)
{
    switch (preset) {
    case TimeRange::Preset::Today:
    case TimeRange::Preset::Yesterday:
        return {StepUnit::Days, 1};
    case TimeRange::Preset::ThisWeek:
    case TimeRange::Preset::LastWeek:
    case TimeRange::Preset::Last7Days:
        return {StepUnit::Days, 7};
    case TimeRange::Preset::Last30Days:
        return {StepUnit::Days, 30};
    case TimeRange::Preset::Last365Days:
        return {StepUnit::Days, 365};
    case TimeRange::Preset::ThisMonth:
    case TimeRange::Preset::LastMonth:
        return {StepUnit::Months, 1};
    case TimeRange::Preset::ThisYear:
    case TimeRange::Preset::LastYear:
        return {StepUnit::Months, 12};
    case TimeRange::Preset::Custom:
        break;
    }
    const QDate fromDate = calendar.localDate(from);
    const QDate toDate = calendar.localDate(to);
    const bool midnights =
        calendar.startOfLocalDate(fromDate) == from && calendar.startOfLocalDate(toDate) == to;
    if (midnights && fromDate.day() == 1 && toDate.day() == 1)
        return {StepUnit::Months, (toDate.year() - fromDate.year()) * 12 + toDate.month() - fromDate.month()};
    if (midnights)
        return {StepUnit::Days, fromDate.daysTo(toDate)};
    return {StepUnit::Fixed, to - from};
}
} // namespace

TimeRange::TimeRange(Preset preset, qint64 fromUtcMs, qint64 toUtcMs)
    : m_preset(preset), m_fromUtcMs(fromUtcMs), m_toUtcMs(toUtcMs)
{
}

TimeRange TimeRange::custom(qint64 fromUtcMs, qint64 toUtcMs)
{
    return TimeRange(Preset::Custom, fromUtcMs, toUtcMs);
}

TimeRange TimeRange::fromPreset(Preset preset, qint64 nowUtcMs, const ZonedCalendar &calendar)
{
    const QDate today = calendar.localDate(nowUtcMs);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const QDate firstOfYear(today.year(), 1, 1);
    const auto dates = [&](const QDate &from, const QDate &to) {
        return TimeRange(preset, calendar.startOfLocalDate(from), calendar.startOfLocalDate(to));
    };
    switch (preset) {
    case Preset::Today:
        return dates(today, today.addDays(1));
    case Preset::Yesterday:
        return dates(today.addDays(-1), today);
    case Preset::ThisWeek:
        return dates(monday, monday.addDays(7));
    case Preset::LastWeek:
        return dates(monday.addDays(-7), monday);
    case Preset::ThisMonth:
        return dates(firstOfMonth, firstOfMonth.addMonths(1));
    case Preset::LastMonth:
        return dates(firstOfMonth.addMonths(-1), firstOfMonth);
    case Preset::ThisYear:
        return dates(firstOfYear, firstOfYear.addYears(1));
    case Preset::LastYear:
        return dates(firstOfYear.addYears(-1), firstOfYear);
    case Preset::Last7Days:
        return dates(today.addDays(-7), today);
    case Preset::Last30Days:
        return dates(today.addDays(-30), today);
    case Preset::Last365Days:
        return dates(today.addDays(-365), today);
    case Preset::Custom:
        break;
    }
    return dates(today, today.addDays(1));
}

TimeRange TimeRange::stepped(int steps, const ZonedCalendar &calendar) const
{
    if (!isValid() || steps == 0)
        return *this;
    const StepUnit unit = stepUnitOf(m_preset, m_fromUtcMs, m_toUtcMs, calendar);
    const QDate fromDate = calendar.localDate(m_fromUtcMs);
    const QDate toDate = calendar.localDate(m_toUtcMs);
    switch (unit.kind) {
    case StepUnit::Days:
        return TimeRange(m_preset, calendar.startOfLocalDate(fromDate.addDays(unit.amount * steps)),
                         calendar.startOfLocalDate(toDate.addDays(unit.amount * steps)));
    case StepUnit::Months:
        return TimeRange(m_preset, calendar.startOfLocalDate(fromDate.addMonths(int(unit.amount) * steps)),
                         calendar.startOfLocalDate(toDate.addMonths(int(unit.amount) * steps)));
    case StepUnit::Fixed:
        break;
    }
    return TimeRange(m_preset, m_fromUtcMs + unit.amount * steps, m_toUtcMs + unit.amount * steps);
}

TimeRange TimeRange::steppedUpTo(int steps, qint64 nowUtcMs, const ZonedCalendar &calendar) const
{
    if (steps <= 0)
        return stepped(steps, calendar);
    for (int n = steps; n > 0; --n) {
        const TimeRange candidate = stepped(n, calendar);
        if (candidate.fromUtcMs() <= nowUtcMs)
            return candidate;
    }
    return *this;
}

bool TimeRange::canStepForward(qint64 nowUtcMs, const ZonedCalendar &calendar) const
{
    return isValid() && stepped(1, calendar).fromUtcMs() <= nowUtcMs;
}

bool TimeRange::isPresetAt(qint64 nowUtcMs, const ZonedCalendar &calendar) const
{
    return m_preset != Preset::Custom && *this == fromPreset(m_preset, nowUtcMs, calendar);
}

Granularity TimeRange::automaticGranularity() const
{
    const qint64 length = lengthMs();
    const auto atMostDays = [length](qint64 days) { return length <= days * kDayMs + kHourMs; };
    if (atMostDays(2))
        return Granularity::FifteenMinutes;
    if (atMostDays(14))
        return Granularity::Hour;
    if (atMostDays(92))
        return Granularity::Day;
    if (atMostDays(183))
        return Granularity::Week;
    if (atMostDays(5 * 366))
        return Granularity::Month;
    return Granularity::Year;
}

ApiInterval TimeRange::fetchInterval(Granularity /*chartGranularity*/,
                                     const ZonedCalendar & /*calendar*/) const
{
    return ApiInterval::FifteenMinutes;
}

QString TimeRange::presetKey(Preset preset)
{
    return PresetName::keyOf(kPresets, preset);
}

bool TimeRange::presetFromKey(const QString &key, Preset *preset)
{
    return PresetName::fromKey(kPresets, key, preset);
}

QString TimeRange::presetDisplayName(Preset preset)
{
    return PresetName::displayNameOf(kPresets, preset, "TimeRange");
}

} // namespace meterscope
