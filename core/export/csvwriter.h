// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"
#include "export/csvdialect.h"
#include "export/csvprovenance.h"
#include "export/exporttable.h"
#include "export/fileexportjob.h"

#include <QObject>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <span>
#include <vector>

class QIODevice;

namespace meterscope {

// Streams time series into RFC 4180 CSV (comma, '.', UTF-8, LF): provenance records first — two-field
// records whose first field starts with '#' ("#zone,Europe/Paris": Meterscope version, source host,
// site, zone, granularity, range, generated-at, coverage, each series' meter, measurement and unit,
// the command that re-runs the export), which readers skip by that '#' (pandas: comment='#') — then
// the header record and one row per timestamp. Text cells are spreadsheet-safe (csvField()). Columns: UTC ISO
// 8601 ("…Z"), local ISO 8601 with the offset in force, zone name, then either one value column per series
// aligned on timestamps (Aligned: a series with no point at a row's timestamp leaves its cell empty) or
// value, unit, meter id and measurement id (OneRowPerPoint). Gaps stay gaps: nothing is zero-filled. Values
// use '.' and up to 6 decimals. A series of periods (bars) also gets "<label> coverage (%)", "<label>
// partial" (true/false) and "<label> negative intervals" columns in the Aligned layout.
// Rows are built in one large buffer with precomputed per-day date text, so writing runs at disk speed.
class CsvWriter final : public FileExportJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvWriter)
public:
    enum class Layout
    {
        Aligned,
        OneRowPerPoint
    };
    Q_ENUM(Layout)

    explicit CsvWriter(QObject *parent = nullptr);
    // Cancels a running startWriteFile() and waits for it (the partial file is discarded).
    ~CsvWriter() override;

    void setLayout(Layout layout);
    // RFC 4180 (the default) or a spreadsheet's dialect; see CsvDialect.
    void setDialect(const CsvDialect &dialect);
    [[nodiscard]] const CsvDialect &dialect() const { return m_dialect; }
    // The zone of the local column; invalid = UTC.
    void setTimeZone(const QTimeZone &zone);
    void setProvenance(const CsvProvenance &provenance);
    // `meterName` goes into the header; `label` heads the series' value column in the Aligned layout
    // (empty = "<measurement> (<unit>)", with the meter id when several meters are exported).
    void addSeries(Series series, const QString &meterName = QString(), const QString &label = QString());
    using Points = ExportTable::Points;
    // `info` names the series (its points, if any, are not written); `points` are written.
    void addSeries(Series info, Points points, const QString &meterName = QString(),
                   const QString &label = QString());
    void clearSeries();
    [[nodiscard]] qint64 pointCount() const;
    // What is written: series, zone, provenance (XlsxWriter writes the same table).
    void setTable(ExportTable table) { m_table = std::move(table); }
    [[nodiscard]] const ExportTable &table() const { return m_table; }

    // Writes everything to `device` on the calling thread. Cancelled when cancel() was called.
    Status write(QIODevice *device, QString *error);
    // Writes through a QSaveFile: the file appears only when complete; on failure or cancel
    // nothing is left at `path` (an existing file is kept unchanged).
    Status writeFile(const QString &path, QString *error) override;

private:
    [[nodiscard]] QByteArray provenanceText() const;
    [[nodiscard]] QByteArray columnsText() const;

    Layout m_layout = Layout::Aligned;
    CsvDialect m_dialect;
    ExportTable m_table;
};

} // namespace meterscope
