// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvdialect.h"

#include <QLocale>
#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <utility>

class QPaintDevice;
class QPainter;
class QRectF;
class QFont;

namespace meterscope {

class ChartDocument;
class ChartWidget;
class FileExportJob;
class SeriesTotalsModel;

// Writes what the chart document holds over one range — the view (what the chart shows) or the whole
// range: PNG, SVG (QSvgGenerator) and PDF (QPdfWriter, one page) with the title, site and meter names,
// range, zone and units drawn in and the totals table below the chart; CSV of exactly the charted series
// (same range, granularity and points) on a worker thread with progress and cancel. The images are drawn
// by a chart of their own, laid out for the size of the file, so the chart fills it.
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
    // What an export covers: the part of the range the chart shows (zoomed) or all of it.
    enum class Range
    {
        View,
        Whole
    };
    Q_ENUM(Range)

    // The size of an image export (PNG, SVG): the default and the smallest and largest accepted.
    static constexpr QSize kDefaultImageSize{1600, 900};
    static constexpr QSize kMinimumImageSize{320, 240};
    static constexpr QSize kMaximumImageSize{8000, 6000};
    // The PDF page: A4 landscape with 12 pt margins, drawn at kPdfResolutionDpi.
    static constexpr int kPdfResolutionDpi = 150;
    [[nodiscard]] static QPageLayout pdfPageLayout();
    // The part of the page drawn on, in pixels at kPdfResolutionDpi.
    [[nodiscard]] static QSize pdfPagePx();
    // Makes the folder `filePath` is to be written in, if it does not exist; false with the reason
    // (a file in its way, no permission) when it cannot be.
    static bool makeFolderFor(const QString &filePath, QString *error);

    // Reads what to write from `document`; draws images with `chart`. Neither is owned.
    ChartExporter(ChartDocument *document, ChartWidget *chart, QObject *parent = nullptr);
    ~ChartExporter() override;

    // Every export covers this range (default: the view); the file names and header lines name it.
    void setRange(Range range);
    [[nodiscard]] Range range() const { return m_range; }
    // The chart shows a part of its range: the view and the whole range are a choice.
    [[nodiscard]] bool isZoomed() const;
    [[nodiscard]] qint64 exportFromUtcMs() const;
    [[nodiscard]] qint64 exportToUtcMs() const;
    // The exported range as people read it: "3 Oct 2026 – 10 Oct 2026" (whole local days) or with times.
    [[nodiscard]] QString rangeText(Range range) const;
    // Whether images have the totals table below the chart (default: yes).
    void setTotalsIncluded(bool included) { m_totalsIncluded = included; }
    [[nodiscard]] bool totalsIncluded() const { return m_totalsIncluded; }

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
    // The exported range changed: the view moved, or the document charts something else.
    void rangeChanged();
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
    // The view, or the whole range (Range::Whole, or when the chart is not zoomed).
    [[nodiscard]] std::pair<qint64, qint64> span(Range range) const;
    // Draws the header lines, the chart over the exported range and the totals table into `target`.
    void draw(QPainter *painter, const QRectF &target) const;
    // The height the totals table takes at the bottom of `target` (0 when it is left out).
    [[nodiscard]] qreal totalsHeight(const SeriesTotalsModel &totals, const QRectF &target,
                                     QPaintDevice *device) const;
    static void drawTotals(QPainter *painter, const SeriesTotalsModel &totals, const QRectF &area,
                           const QFont &font);

    ChartDocument *m_document;
    ChartWidget *m_chart;
    QPointer<FileExportJob> m_writer;
    QUrl m_baseUrl;
    QLocale m_spreadsheetLocale;
    qint64 m_lastRows = 0;
    Range m_range = Range::View;
    bool m_totalsIncluded = true;
};

} // namespace meterscope
