// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporttable.h"
#include "export/fileexportjob.h"

namespace meterscope {

// Writes an export table as an Excel workbook (XLSX, with Debian's libxlsxwriter): the format that
// opens in any spreadsheet without an import dialog. Sheet "Data": a header row (frozen, with a
// filter) of "local time", "UTC offset", "zone", "UTC time" and one column per series with its unit
// in the label (and coverage (%), partial, negative intervals for periods); local and UTC times are
// real dates ("yyyy-mm-dd hh:mm:ss"), values real numbers, partial 1/0, offset ("UTC+02:00")
// and zone text; gaps are empty cells. Sheet "Provenance": the export's records as key and value
// text. Text never becomes a formula (strings are written as strings, and made spreadsheet-safe as in
// CSV). A workbook holds at most 1,048,575 data rows: a larger table fails with a message that says
// so before anything is written.
class XlsxWriter final : public FileExportJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XlsxWriter)
public:
    static constexpr qint64 kMaxRows = 1048575; // Excel's 1,048,576 rows, less the header

    explicit XlsxWriter(QObject *parent = nullptr);
    ~XlsxWriter() override;

    void setTable(ExportTable table) { m_table = std::move(table); }
    [[nodiscard]] const ExportTable &table() const { return m_table; }
    // The rows the Data sheet will have (one per distinct time).
    [[nodiscard]] qint64 rowCount() const;

    // Writes through a temporary file next to `path`, renamed over it when complete.
    Status writeFile(const QString &path, QString *error) override;

private:
    ExportTable m_table;
};

} // namespace meterscope
