// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvdialect.h"

namespace meterscope {

CsvDialect CsvDialect::spreadsheet(const QLocale &locale)
{
    CsvDialect dialect;
    dialect.kind = Kind::Spreadsheet;
    dialect.localeName = locale.name();
    dialect.decimalMark = locale.decimalPoint() == QStringLiteral(",") ? ',' : '.';
    dialect.separator = dialect.decimalMark == ',' ? ';' : ',';
    return dialect;
}

bool CsvDialect::fromKey(const QString &key, CsvDialect *dialect)
{
    const QString trimmed = key.trimmed();
    if (trimmed.compare(QLatin1String("rfc4180"), Qt::CaseInsensitive) == 0) {
        *dialect = rfc4180();
        return true;
    }
    if (trimmed.compare(QLatin1String("spreadsheet"), Qt::CaseInsensitive) == 0) {
        *dialect = spreadsheet(QLocale::system());
        return true;
    }
    const QString prefix = QStringLiteral("spreadsheet:");
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    const QString name = trimmed.mid(prefix.size());
    const QLocale locale(name);
    // QLocale falls back to "C" for names it does not know.
    if (name.isEmpty() || (locale.language() == QLocale::C && name != QLatin1String("C")))
        return false;
    *dialect = spreadsheet(locale);
    return true;
}

QString CsvDialect::key() const
{
    return isSpreadsheet() ? QStringLiteral("spreadsheet:") + localeName : QStringLiteral("rfc4180");
}

} // namespace meterscope
