// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/periodcomparison.h"

#include "i18n/datepatterns.h"
#include "timeseries/keyedname.h"
#include "timeseries/timelineshift.h"
#include "timeseries/zonedcalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace meterscope {

namespace {
constexpr int kDaysPerWeek = 7;

using ModeName = KeyedName<PeriodComparison::Mode>;
constexpr std::array<ModeName, 3> kModes{{
    {PeriodComparison::Mode::None, "none", QT_TRANSLATE_NOOP("PeriodComparison", "None")},
    {PeriodComparison::Mode::PreviousPeriod, "previous",
     QT_TRANSLATE_NOOP("PeriodComparison", "Previous period")},
    {PeriodComparison::Mode::SamePeriodLastYear, "last-year",
     QT_TRANSLATE_NOOP("PeriodComparison", "Same period last year")},
}};
} // namespace

QString PeriodComparison::modeKey(Mode mode)
{
    return ModeName::keyOf(kModes, mode);
}

bool PeriodComparison::modeFromKey(const QString &key, Mode *mode)
{
    return ModeName::fromKey(kModes, key, mode);
}

QString PeriodComparison::modeDisplayName(Mode mode)
{
    return ModeName::displayNameOf(kModes, mode, "PeriodComparison");
}

PeriodComparison::Kind PeriodComparison::kindFor(Mode mode, const TimeRange &current, Granularity granularity,
                                                 const ZonedCalendar &calendar)
{
    if (mode != Mode::SamePeriodLastYear)
        return Kind::PreviousPeriod;
    const QDate first = calendar.localDate(current.fromUtcMs());
    const QDate end = calendar.localDate(current.toUtcMs());
    const bool oneWeek = calendar.startOfLocalDate(first) == current.fromUtcMs() &&
                         calendar.startOfLocalDate(end) == current.toUtcMs() &&
                         first.daysTo(end) == kDaysPerWeek;
    return granularity == Granularity::Week || oneWeek ? Kind::SameWeekdaysLastYear : Kind::SameDatesLastYear;
}

TimeRange PeriodComparison::comparisonRange(const TimeRange &current, Kind kind,
                                            const ZonedCalendar &calendar)
{
    if (kind == Kind::PreviousPeriod)
        return current.stepped(-1, calendar);
    const auto moved = [&](qint64 utcMs) {
        // Keep the time of day: move the local date, then add back the time since that day began.
        const QDate date = calendar.localDate(utcMs);
        const qint64 sinceMidnight = utcMs - calendar.startOfLocalDate(date);
        const QDate earlier =
            kind == Kind::SameDatesLastYear ? date.addYears(-1) : date.addDays(-52 * kDaysPerWeek);
        return calendar.startOfLocalDate(earlier) + sinceMidnight;
    };
    return TimeRange::custom(moved(current.fromUtcMs()), moved(current.toUtcMs()));
}

AggregatedSeries PeriodComparison::shiftedOnto(const AggregatedSeries &compared, const TimeRange &current,
                                               Kind kind, const ZonedCalendar &calendar)
{
    AggregatedSeries shifted = compared;
    shifted.buckets.clear();
    shifted.fromUtcMs = current.fromUtcMs();
    shifted.toUtcMs = current.toUtcMs();
    const TimelineShift shift(TimeRange::custom(compared.fromUtcMs, compared.toUtcMs), current,
                              compared.granularity, kind, calendar);
    for (const AggregatedBucket &bucket : compared.buckets) {
        const auto placed = shift.toCurrent(bucket.startUtcMs, bucket.endUtcMs);
        if (!placed)
            continue;
        AggregatedBucket moved = bucket;
        const qint64 offset = placed->first - bucket.startUtcMs;
        moved.startUtcMs = placed->first;
        moved.endUtcMs = placed->second;
        moved.minimumAtUtcMs += offset;
        moved.maximumAtUtcMs += offset;
        shifted.buckets.push_back(moved);
    }
    return shifted;
}

QString PeriodComparison::label(const TimeRange &compared, const ZonedCalendar &calendar)
{
    const QLocale locale;
    const QDate first = calendar.localDate(compared.fromUtcMs());
    const QDate end = calendar.localDate(compared.toUtcMs());
    const bool wholeDays = calendar.startOfLocalDate(first) == compared.fromUtcMs() &&
                           calendar.startOfLocalDate(end) == compared.toUtcMs();
    if (wholeDays && first.day() == 1 && first.addMonths(1) == end)
        return locale.toString(first, DatePatterns::monthYear());
    if (wholeDays && first.dayOfYear() == 1 && first.addYears(1) == end)
        return locale.toString(first, QStringLiteral("yyyy"));
    const QDate last = calendar.localDate(compared.toUtcMs() - 1);
    if (first == last)
        return locale.toString(first, DatePatterns::weekdayDayMonthYear());
    return QCoreApplication::translate("PeriodComparison", "%1 – %2")
        .arg(locale.toString(first, DatePatterns::dayMonthYear()),
             locale.toString(last, DatePatterns::dayMonthYear()));
}

} // namespace meterscope
