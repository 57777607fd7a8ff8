// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace meterscope {

// The patterns (QLocale::toString) of the dates and times Meterscope shows people. The names of days
// and months come from the locale; the order and punctuation of the parts differ by language
// ("5 Oct 2026", "5. Okt. 2026"), so each pattern is translated. Machine formats (CSV, JSON) use
// ISO 8601 and never these.
class DatePatterns final
{
    Q_DECLARE_TR_FUNCTIONS(DatePatterns)
public:
    [[nodiscard]] static QString weekdayDayMonthYearLong(); // "Monday 5 October 2026"
    [[nodiscard]] static QString dayMonthYearLong();        // "5 October 2026"
    [[nodiscard]] static QString monthYearLong();           // "October 2026"
    [[nodiscard]] static QString monthYear();               // "Oct 2026"
    [[nodiscard]] static QString dayMonthYear();            // "5 Oct 2026"
    [[nodiscard]] static QString dayMonth();                // "5 Oct"
    [[nodiscard]] static QString weekdayDayMonth();         // "Mon 5 Oct"
    [[nodiscard]] static QString weekdayDayMonthYear();     // "Mon 5 Oct 2026"
    [[nodiscard]] static QString weekdayDayMonthTime();     // "Mon 5 Oct 14:00"
    [[nodiscard]] static QString weekdayDayMonthYearTime(); // "Mon 5 Oct 2026 14:00"
    [[nodiscard]] static QString dayMonthYearTime();        // "5 Oct 2026 14:00"
};

} // namespace meterscope
