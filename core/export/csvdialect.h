// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace meterscope {

// How a CSV file is spelled. Two dialects:
//   rfc4180      for scripts: comma, '.', UTF-8 without BOM, ISO 8601 times ("…Z" and "…+02:00"),
//                provenance records first.
//   spreadsheet  for a spreadsheet's CSV import in a given locale: the locale's decimal mark and a
//                separator that is not it (';' where the mark is ','), UTF-8 with a BOM, times as
//                "YYYY-MM-DD HH:MM:SS" (which spreadsheets read as dates in every locale) with the UTC
//                offset ("UTC+02:00", text) and the zone in columns of their own, then the UTC time, partial
//                as 1/0, the header in the first row and the provenance records after the rows, below an
//                empty line.
struct CsvDialect
{
    enum class Kind
    {
        Rfc4180,
        Spreadsheet
    };
    Kind kind = Kind::Rfc4180;
    char separator = ',';
    char decimalMark = '.';
    QString localeName; // spreadsheet: the locale whose marks are used, "fr_FR"

    [[nodiscard]] static CsvDialect rfc4180() { return CsvDialect(); }
    [[nodiscard]] static CsvDialect spreadsheet(const QLocale &locale);
    // "rfc4180", "spreadsheet" (the system's locale) or "spreadsheet:fr_FR"; false for anything else.
    static bool fromKey(const QString &key, CsvDialect *dialect);
    // The key that gives this dialect again: "rfc4180" or "spreadsheet:fr_FR".
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool isSpreadsheet() const { return kind == Kind::Spreadsheet; }
};

} // namespace meterscope
