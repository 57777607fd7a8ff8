// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/datetimeargument.h"

#include <QRegularExpression>

namespace meterscope {

QDateTime parseDateTimeArgument(const QString &text, const QTimeZone &zone)
{
    QString value = text.trimmed();
    if (const QDate date = QDate::fromString(value, Qt::ISODate); date.isValid() && value.size() == 10)
        return QDateTime(date, QTime(0, 0), zone);
    if (value.size() > 10 && value.at(10) == u' ')
        value[10] = u'T';
    static const QRegularExpression withZone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?"));
    if (!shape.match(value).hasMatch())
        return QDateTime();
    const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return QDateTime();
    if (withZone.match(value).hasMatch())
        return parsed.toUTC();
    return QDateTime(parsed.date(), parsed.time(), zone);
}

} // namespace meterscope
