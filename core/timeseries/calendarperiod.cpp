// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/calendarperiod.h"

#include "i18n/datepatterns.h"
#include "timeseries/timerange.h"
#include "timeseries/zonedcalendar.h"

#include <QCoreApplication>

namespace meterscope {

namespace {
QString dayText(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, DatePatterns::weekdayDayMonthYear());
}

// "1 Sep – 30 Sep 2026" within a year, "1 Dec 2025 – 31 Jan 2026" across years.
QString spanText(const QDate &first, const QDate &last, const QLocale &locale)
{
    if (first == last)
        return dayText(first, locale);
    const QString firstFormat =
        first.year() == last.year() ? DatePatterns::dayMonth() : DatePatterns::dayMonthYear();
    return QCoreApplication::translate("CalendarPeriod", "%1 – %2")
        .arg(locale.toString(first, firstFormat), locale.toString(last, DatePatterns::dayMonthYear()));
}

// True when a whole period of `granularity` lies in [from, to).
bool holdsAWholePeriod(qint64 from, qint64 to, Granularity granularity, const ZonedCalendar &calendar)
{
    const qint64 first =
        calendar.periodStart(from, granularity) == from ? from : calendar.nextPeriodStart(from, granularity);
    return first < to && calendar.nextPeriodStart(first, granularity) <= to;
}
} // namespace

CalendarPeriod::CalendarPeriod(const TimeRange &range, const ZonedCalendar &calendar)
{
    if (!range.isValid())
        return;
    const qint64 from = range.fromUtcMs();
    const qint64 to = range.toUtcMs();
    const QDate fromDate = calendar.localDate(from);
    const QDate toDate = calendar.localDate(to);
    m_first = fromDate;
    m_last = calendar.localDate(to - 1);
    const bool midnights =
        calendar.startOfLocalDate(fromDate) == from && calendar.startOfLocalDate(toDate) == to;
    if (midnights) {
        if (toDate == fromDate.addDays(1))
            m_kind = Kind::Day;
        else if (fromDate.dayOfWeek() == Qt::Monday && toDate == fromDate.addDays(7))
            m_kind = Kind::Week;
        else if (fromDate.day() == 1 && fromDate.month() == 1 && toDate == fromDate.addYears(1))
            m_kind = Kind::Year;
        else if (fromDate.day() == 1 && toDate == fromDate.addMonths(1))
            m_kind = Kind::Month;
    }
    for (Granularity granularity : {Granularity::FifteenMinutes, Granularity::Hour, Granularity::Day,
                                    Granularity::Week, Granularity::Month, Granularity::Year})
        m_offered.at(std::size_t(granularity)) = holdsAWholePeriod(from, to, granularity, calendar);
}

QString CalendarPeriod::name(const QLocale &locale) const
{
    if (!m_first.isValid())
        return {};
    switch (m_kind) {
    case Kind::Day:
        return dayText(m_first, locale);
    case Kind::Week: {
        int isoYear = 0;
        const int week = m_first.weekNumber(&isoYear);
        return QCoreApplication::translate("CalendarPeriod", "Week %1, %2")
            .arg(QString::number(week), QString::number(isoYear));
    }
    case Kind::Month:
        return QCoreApplication::translate("CalendarPeriod", "%1 %2")
            .arg(locale.standaloneMonthName(m_first.month(), QLocale::LongFormat),
                 QString::number(m_first.year()));
    case Kind::Year:
        return QString::number(m_first.year());
    case Kind::Span:
        break;
    }
    return spanText(m_first, m_last, locale);
}

QString CalendarPeriod::datesText(const QLocale &locale) const
{
    if (!m_first.isValid())
        return {};
    if (m_first == m_last)
        return dayText(m_first, locale);
    return QCoreApplication::translate("CalendarPeriod", "%1 – %2")
        .arg(locale.toString(m_first, DatePatterns::dayMonthYear()),
             locale.toString(m_last, DatePatterns::dayMonthYear()));
}

bool CalendarPeriod::offers(Granularity granularity) const
{
    return m_offered.at(std::size_t(granularity));
}

} // namespace meterscope
