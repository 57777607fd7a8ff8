// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/datepatterns.h"

namespace meterscope {

// Each comment says what the pattern is to the translator: the letters are QLocale's (d day, ddd/dddd
// weekday, MMM/MMMM month, yyyy year, HH:mm time); text in quotes is kept as it is.

QString DatePatterns::weekdayDayMonthYearLong()
{
    return tr("dddd d MMMM yyyy", "date pattern: Monday 5 October 2026");
}

QString DatePatterns::dayMonthYearLong()
{
    return tr("d MMMM yyyy", "date pattern: 5 October 2026");
}

QString DatePatterns::monthYearLong()
{
    return tr("MMMM yyyy", "date pattern: October 2026");
}

QString DatePatterns::monthYear()
{
    return tr("MMM yyyy", "date pattern: Oct 2026");
}

QString DatePatterns::dayMonthYear()
{
    return tr("d MMM yyyy", "date pattern: 5 Oct 2026");
}

QString DatePatterns::dayMonth()
{
    return tr("d MMM", "date pattern: 5 Oct");
}

QString DatePatterns::weekdayDayMonth()
{
    return tr("ddd d MMM", "date pattern: Mon 5 Oct");
}

QString DatePatterns::weekdayDayMonthYear()
{
    return tr("ddd d MMM yyyy", "date pattern: Mon 5 Oct 2026");
}

QString DatePatterns::weekdayDayMonthTime()
{
    return tr("ddd d MMM HH:mm", "date and time pattern: Mon 5 Oct 14:00");
}

QString DatePatterns::weekdayDayMonthYearTime()
{
    return tr("ddd d MMM yyyy HH:mm", "date and time pattern: Mon 5 Oct 2026 14:00");
}

QString DatePatterns::dayMonthYearTime()
{
    return tr("d MMM yyyy HH:mm", "date and time pattern: 5 Oct 2026 14:00");
}

} // namespace meterscope
