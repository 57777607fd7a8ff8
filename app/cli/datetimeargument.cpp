// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/datetimeargument.h"

#include <QRegularExpression>

namespace meterscope {

namespace {

// A local date and time in `zone`. A time skipped by a DST change (02:30 on a spring-forward night)
// becomes the moment the clocks jump, the first valid local time after it. (Qt 6.4 makes such a
// QDateTime invalid; Qt 6.8 moves it forward by the length of the gap, to 03:30.)
QDateTime inZone(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QDateTime local(date, time, zone);
    if (local.isValid() && local.date() == date && local.time() == time)
        return local;
    const QTimeZone::OffsetData jump =
        zone.nextTransition(QDateTime(date, time, QTimeZone::utc()).addDays(-1));
    return jump.atUtc;
}

} // namespace

QDateTime parseDateTimeArgument(const QString &text, const QTimeZone &zone)
{
    QString value = text.trimmed();
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d)(?:[T "
                       "](\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d{1,3})?)?)(Z|[+-]\\d\\d:?\\d\\d)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(value);
    if (!match.hasMatch())
        return QDateTime();
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time =
        match.captured(2).isEmpty() ? QTime(0, 0) : QTime::fromString(match.captured(2), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    if (match.captured(3).isEmpty())
        return inZone(date, time, zone);
    value[10] = u'T';
    return QDateTime::fromString(value.toUpper(), Qt::ISODateWithMs).toUTC();
}

} // namespace meterscope
