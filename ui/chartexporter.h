// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvdialect.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QUrl>

namespace meterscope {

class ChartDocument;
class ChartWidget;
class FileExportJob;

// Writes what the chart document holds, over its view (what the chart shows): PNG, SVG (QSvgGenerator) and
// PDF (QPdfWriter, one page) with the title, site and meter names, range, zone and units drawn in; CSV of
// exactly the charted series (same range, granularity and points) on a worker thread with progress and
// cancel.
class ChartExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExporter)
public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
        Csv,            // RFC 4180, for scripts
        SpreadsheetCsv, // the spreadsheet dialect of the exporter's locale
        Xlsx            // an Excel workbook: real numbers and dates, no import dialog
    };
    Q_ENUM(Format)

    // Reads what to write from `document`; draws images with `chart`. Neither is owned.
    ChartExporter(ChartDocument *document, ChartWidget *chart, QObject *parent = nullptr);
    ~ChartExporter() override;

    // The lines drawn above the chart; the first is the title.
    [[nodiscard]] QStringList headerLines() const;
    [[nodiscard]] QString title() const;
    // "Lyon Part-Dieu - Main incomer - 2025-03-01 to 2025-03-31.png"; several meters joined by " + ",
    // or counted ("4 meters", "3 sites").
    [[nodiscard]] QString defaultFileName(Format format) const;
    static QString extension(Format format);
    // Where the API data came from: its host and the CLI command that reproduces an export name it.
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    // Images and documents are written at once; false with a reason on failure.
    bool exportImage(const QString &path, const QSize &sizePx, QString *error);
    bool exportSvg(const QString &path, const QSize &sizePx, QString *error);
    bool exportPdf(const QString &path, QString *error);
    // The locale whose decimal mark and separator SpreadsheetCsv uses (default: the application's).
    void setSpreadsheetLocale(const QLocale &locale) { m_spreadsheetLocale = locale; }
    [[nodiscard]] CsvDialect dialect(Format format) const;
    // Starts the data export (Csv, SpreadsheetCsv or Xlsx) on a worker thread: csvProgress() then
    // csvFinished().
    void startCsv(const QString &path, Format format = Format::Csv);
    void cancelCsv();
    [[nodiscard]] bool isCsvRunning() const;
    // Rows the last CSV export wrote.
    [[nodiscard]] qint64 csvRowsWritten() const;

Q_SIGNALS:
    void csvProgress(int percent);
    void csvFinished(bool ok, const QString &message);

private:
    // What the chart is of: its sites, and the meters charted (none when only sites are).
    struct Subject
    {
        QStringList sites;
        QStringList meters;
    };
    [[nodiscard]] Subject subject() const;

    ChartDocument *m_document;
    ChartWidget *m_chart;
    QPointer<FileExportJob> m_writer;
    QUrl m_baseUrl;
    QLocale m_spreadsheetLocale;
    qint64 m_lastRows = 0;
};

} // namespace meterscope
