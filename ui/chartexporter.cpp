// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartwidget.h"
#include "export/csvwriter.h"
#include "export/xlsxwriter.h"
#include "i18n/datepatterns.h"
#include "models/chartcsvexport.h"
#include "models/chartdisplayunits.h"
#include "models/chartdocument.h"
#include "models/chartexportcommand.h"
#include "models/chartlegendnames.h"
#include "models/seriestotalsmodel.h"
#include "timeseries/zonedcalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <algorithm>

namespace meterscope {

namespace {

// Event loop passes that let a resized chart settle (its axis labels change the plot width once).
constexpr int kLayoutPasses = 8;
// The totals table takes at most this share of an image; rows beyond it are counted, not drawn.
constexpr qreal kMaxTotalsShare = 0.4;
// The colours of text on the exported page (always white paper, whatever the screen's theme).
const QColor kInk(0x1b, 0x26, 0x33);
const QColor kMutedInk(0x4a, 0x55, 0x60);
const QColor kRule(0xc8, 0xcd, 0xd2);

// Lays the chart out at `size` as the event loop does on screen: the charts take their new size, then
// the points are decimated again for the plot width their axis labels leave.
void layOut(ChartWidget &chart, const QSize &size)
{
    chart.resize(size);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    for (int pass = 1; pass < kLayoutPasses && chart.decimationWidthPx() != chart.plotWidthPx(); ++pass)
        QCoreApplication::processEvents();
}

// The columns of the totals table drawn in an image: those the on-screen table shows (Δ and Δ % only
// when a series is compared).
QList<int> totalsColumns(const SeriesTotalsModel &totals)
{
    QList<int> columns;
    for (int column = 0; column < SeriesTotalsModel::ColumnCount; ++column) {
        if (column == SeriesTotalsModel::DeltaColumn || column == SeriesTotalsModel::DeltaPercentColumn) {
            bool compared = false;
            for (int row = 0; row < totals.rowCount(); ++row)
                compared = compared || !totals.index(row, column).data().toString().isEmpty();
            if (!compared)
                continue;
        }
        columns.append(column);
    }
    return columns;
}

// A cell as an image shows it: Min and Max with when they were, since an image has no tooltips.
QString totalsCellText(const SeriesTotalsModel &totals, int row, int column)
{
    const QModelIndex index = totals.index(row, column);
    const QString text = index.data().toString();
    const QString when = index.data(SeriesTotalsModel::WhenRole).toString();
    return when.isEmpty() ? text : ChartExporter::tr("%1 (%2)").arg(text, when);
}

} // namespace

ChartExporter::ChartExporter(ChartDocument *document, ChartWidget *chart, QObject *parent)
    : QObject(parent), m_document(document), m_chart(chart)
{
    connect(m_document, &ChartDocument::viewChanged, this, &ChartExporter::rangeChanged);
    connect(m_document, &ChartDocument::seriesChanged, this, &ChartExporter::rangeChanged);
}

QPageLayout ChartExporter::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Point);
}

QSize ChartExporter::pdfPagePx()
{
    return pdfPageLayout().paintRectPixels(kPdfResolutionDpi).size();
}

bool ChartExporter::makeFolderFor(const QString &filePath, QString *error)
{
    const QFileInfo file(filePath);
    const QString folder = file.absolutePath();
    if (QFileInfo(folder).isDir())
        return true;
    // The nearest part of the path that exists says why the folder cannot be made.
    QString existing = folder;
    while (!QFileInfo::exists(existing) && !QDir(existing).isRoot())
        existing = QFileInfo(existing).absolutePath();
    QString reason;
    if (!QFileInfo(existing).isDir())
        reason = tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(existing));
    else if (!QFileInfo(existing).isWritable())
        reason = tr("permission denied in %1").arg(QDir::toNativeSeparators(existing));
    else if (QDir().mkpath(folder))
        return true;
    else
        reason = tr("it could not be created in %1").arg(QDir::toNativeSeparators(existing));
    if (error)
        *error = tr("The folder %1 does not exist and %2.").arg(QDir::toNativeSeparators(folder), reason);
    return false;
}

void ChartExporter::setRange(Range range)
{
    if (m_range == range)
        return;
    m_range = range;
    Q_EMIT rangeChanged();
}

std::pair<qint64, qint64> ChartExporter::span(Range range) const
{
    if (range == Range::Whole)
        return {m_document->fromUtcMs(), m_document->toUtcMs()};
    return {m_document->viewFromUtcMs(), m_document->viewToUtcMs()};
}

bool ChartExporter::isZoomed() const
{
    return m_document->isZoomed();
}

qint64 ChartExporter::exportFromUtcMs() const
{
    return span(m_range).first;
}

qint64 ChartExporter::exportToUtcMs() const
{
    return span(m_range).second;
}

QString ChartExporter::rangeText(Range range) const
{
    const auto [fromMs, toMs] = span(range);
    const ZonedCalendar calendar(m_document->axisZone());
    const QLocale locale;
    if (calendar.startOfDay(fromMs) == fromMs && calendar.startOfDay(toMs) == toMs) {
        // Whole local days: the first and the last day included.
        return tr("%1 – %2").arg(locale.toString(calendar.localDate(fromMs), DatePatterns::dayMonthYear()),
                                 locale.toString(calendar.localDate(toMs - 1), DatePatterns::dayMonthYear()));
    }
    return tr("%1 – %2").arg(locale.toString(calendar.toLocal(fromMs), DatePatterns::dayMonthYearTime()),
                             locale.toString(calendar.toLocal(toMs), DatePatterns::dayMonthYearTime()));
}

ChartExporter::~ChartExporter()
{
    cancelCsv();
    delete m_writer;
}

ChartExporter::Subject ChartExporter::subject() const
{
    Subject out;
    for (const ChartSeries &s : m_document->series()) {
        if (s.isComparison())
            continue;
        if (!out.sites.contains(s.siteName))
            out.sites.append(s.siteName);
        // A meter charted: named once; a site's own series (active energy, other utilities) are the site.
        if (!s.meterId.isEmpty() && !s.meterName.isEmpty() && s.meterName != s.siteName) {
            const QString meter = ChartLegendNames::ownerOf(s);
            if (!out.meters.contains(meter))
                out.meters.append(meter);
        }
    }
    out.sites.removeAll(QString());
    // A site charted itself (its electricity, and its other utilities named after their meters): the
    // site is the subject, not its meters.
    const auto &series = m_document->series();
    if (std::any_of(series.cbegin(), series.cend(), [](const ChartSeries &s) { return s.meterId.isEmpty(); }))
        out.meters.clear();
    return out;
}

QString ChartExporter::title() const
{
    const Subject what = subject();
    if (what.sites.isEmpty())
        return tr("Consumption");
    if (what.sites.size() > 3)
        return tr("Consumption of %1 sites").arg(what.sites.size());
    const QString sites = what.sites.join(QStringLiteral(", "));
    // Each site named once, then the meters when there are few enough to name.
    if (what.meters.isEmpty() || what.sites.size() > 1)
        return tr("Consumption — %1").arg(sites);
    if (what.meters.size() > 3)
        return tr("Consumption — %1: %2 meters").arg(sites).arg(what.meters.size());
    return tr("Consumption — %1: %2").arg(sites, what.meters.join(QStringLiteral(", ")));
}

QStringList ChartExporter::headerLines() const
{
    QStringList lines{title()};
    const auto &series = m_document->series();
    QStringList sites;
    QStringList units;
    const ChartDisplayUnits displayUnits(series);
    QString granularity;
    for (const ChartSeries &s : series) {
        if (!sites.contains(s.siteName))
            sites.append(s.siteName);
        // The units as the axes show them ("MWh", "m³"), not as the server names them.
        const QString unit = displayUnits.values(s.unit).text();
        if (!unit.isEmpty() && !units.contains(unit))
            units.append(unit);
        granularity = granularityDisplayName(s.granularity);
    }
    if (!sites.isEmpty())
        lines.append(tr("Site: %1").arg(sites.join(QStringLiteral(", "))));
    const QString zone = m_document->axisZone() == QTimeZone::utc()
                             ? QStringLiteral("UTC")
                             : QString::fromUtf8(m_document->axisZone().id());
    lines.append(tr("Range: %1 (%2) · %3").arg(rangeText(m_range), zone, granularity));
    if (!units.isEmpty())
        lines.append(tr("Units: %1").arg(units.join(QStringLiteral(", "))));
    return lines;
}

QString ChartExporter::extension(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
    case Format::SpreadsheetCsv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return QString();
}

QString ChartExporter::defaultFileName(Format format) const
{
    QStringList parts;
    const Subject what = subject();
    if (what.sites.isEmpty())
        parts.append(QStringLiteral("meterscope"));
    else if (what.sites.size() > 2)
        parts.append(tr("%1 sites").arg(what.sites.size()));
    else
        parts.append(what.sites.join(QStringLiteral(" + ")));
    if (what.sites.size() == 1 && !what.meters.isEmpty())
        parts.append(what.meters.size() > 2 ? tr("%1 meters").arg(what.meters.size())
                                            : what.meters.join(QStringLiteral(" + ")));
    const ZonedCalendar calendar(m_document->axisZone());
    const QDate first = calendar.localDate(exportFromUtcMs());
    const QDate last = calendar.localDate(std::max(exportToUtcMs() - 1, exportFromUtcMs()));
    if (first == last) {
        parts.append(first.toString(Qt::ISODate));
    } else {
        parts.append(tr("%1 to %2", "an export's file name: its first and last day, ISO 8601")
                         .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    }
    QString name = parts.join(QStringLiteral(" - "));
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name + QLatin1Char('.') + extension(format);
}

void ChartExporter::draw(QPainter *painter, const QRectF &target) const
{
    const auto [fromMs, toMs] = span(m_range);
    SeriesTotalsModel totals;
    totals.setSeries(m_document->series(), fromMs, toMs);
    const qreal tableHeight = totalsHeight(totals, target, painter->device());
    const QRectF chartArea(target.topLeft(), QSizeF(target.width(), target.height() - tableHeight));
    const QStringList header = headerLines();

    // A chart of its own, never on screen, laid out for the file: the chart on screen keeps its size
    // and view while the file is drawn.
    ChartWidget chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    if (m_chart)
        chart.setFont(m_chart->font());
    if (m_document->isEmpty())
        chart.clear(m_document->message());
    else
        chart.setSeries(m_document->series(), m_document->fromUtcMs(), m_document->toUtcMs(),
                        m_document->axisZone());
    chart.setView(fromMs, toMs);
    layOut(chart, chartArea.size().toSize());
    chart.show();
    // Sized as its plots are drawn below the header lines, so that they fill the room at the scale
    // they are laid out at, as on screen.
    QPicture measure;
    QPainter measuring(&measure);
    const QRectF plots = chart.render(&measuring, chartArea, header);
    measuring.end();
    layOut(chart, plots.size().toSize());

    chart.render(painter, chartArea, header);
    if (tableHeight > 0) {
        QFont font = chart.font();
        font.setPixelSize(std::max(9, int(target.height() * 0.016)));
        drawTotals(painter, totals,
                   QRectF(target.left() + target.width() * 0.03, chartArea.bottom(), target.width() * 0.94,
                          tableHeight),
                   font);
    }
}

qreal ChartExporter::totalsHeight(const SeriesTotalsModel &totals, const QRectF &target,
                                  QPaintDevice *device) const
{
    if (!m_totalsIncluded || totals.rowCount() == 0)
        return 0;
    QFont font;
    font.setPixelSize(std::max(9, int(target.height() * 0.016)));
    const qreal rowHeight = QFontMetricsF(font, device).height() * 1.5;
    // The heading, the rows (as many as fit), a line counting those left out, and a margin below.
    const int fitting = int(target.height() * kMaxTotalsShare / rowHeight) - 3;
    const int rows = std::min(totals.rowCount(), std::max(1, fitting));
    return rowHeight * (rows + (rows < totals.rowCount() ? 2 : 1) + 1);
}

void ChartExporter::drawTotals(QPainter *painter, const SeriesTotalsModel &totals, const QRectF &area,
                               const QFont &font)
{
    painter->save();
    // Measured on the device drawn on: an SVG or a PDF has another resolution than the screen.
    const QFontMetricsF metrics(font, painter->device());
    const qreal rowHeight = metrics.height() * 1.5;
    const qreal gap = metrics.horizontalAdvance(QStringLiteral("MM"));
    const QList<int> columns = totalsColumns(totals);
    const int shown =
        std::min(totals.rowCount(), int(area.height() / rowHeight) - 1 -
                                        (int(area.height() / rowHeight) - 1 < totals.rowCount()));
    // Each column as wide as its widest text; the series names and the flags share what is left.
    QList<qreal> widths;
    QFont bold = font;
    bold.setBold(true);
    for (const int column : columns) {
        qreal width = QFontMetricsF(bold, painter->device())
                          .horizontalAdvance(totals.headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < shown; ++row)
            width = std::max(width, metrics.horizontalAdvance(totalsCellText(totals, row, column)));
        widths.append(width);
    }
    const qsizetype seriesAt = columns.indexOf(int(SeriesTotalsModel::SeriesColumn));
    const qsizetype flagsAt = columns.indexOf(int(SeriesTotalsModel::FlagsColumn));
    qreal fixed = gap * qreal(columns.size() - 1);
    for (qsizetype i = 0; i < widths.size(); ++i)
        fixed += i == seriesAt || i == flagsAt ? 0 : widths[i];
    const qreal room = std::max<qreal>(0, area.width() - fixed);
    if (widths[seriesAt] + widths[flagsAt] > room) {
        widths[seriesAt] = std::min(widths[seriesAt], room * 0.6);
        widths[flagsAt] = std::max<qreal>(0, room - widths[seriesAt]);
    }

    const auto drawRow = [&](qreal y, const auto &textOf, const auto &alignmentOf) {
        qreal x = area.left();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            // A pixel of slack: the width was measured in fractions, the text is laid out in whole ones.
            const QRectF cell(x, y, widths[i] + 1, rowHeight);
            painter->drawText(cell, int(alignmentOf(columns[i])) | Qt::AlignVCenter,
                              QFontMetricsF(painter->font(), painter->device())
                                  .elidedText(textOf(columns[i]), Qt::ElideRight, cell.width()));
            x += widths[i] + gap;
        }
    };
    const auto alignment = [&totals](int column) {
        return Qt::Alignment(totals.index(0, column).data(Qt::TextAlignmentRole).toInt()) &
               Qt::AlignHorizontal_Mask;
    };
    qreal y = area.top() + rowHeight * 0.5;
    painter->setFont(bold);
    painter->setPen(kInk);
    drawRow(
        y, [&totals](int column) { return totals.headerData(column, Qt::Horizontal).toString(); }, alignment);
    y += rowHeight;
    painter->setPen(QPen(kRule, std::max<qreal>(1, metrics.height() / 16)));
    // Under the headings, as wide as the table.
    qreal tableWidth = gap * qreal(columns.size() - 1);
    for (const qreal width : std::as_const(widths))
        tableWidth += width;
    painter->drawLine(QPointF(area.left(), y), QPointF(area.left() + std::min(tableWidth, area.width()), y));
    painter->setFont(font);
    painter->setPen(kInk);
    for (int row = 0; row < shown; ++row, y += rowHeight)
        drawRow(
            y, [&totals, row](int column) { return totalsCellText(totals, row, column); }, alignment);
    if (shown < totals.rowCount()) {
        painter->setPen(kMutedInk);
        painter->drawText(QRectF(area.left(), y, area.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("… and %n more series", nullptr, int(totals.rowCount() - shown)));
    }
    painter->restore();
}

bool ChartExporter::exportImage(const QString &path, const QSize &sizePx, QString *error)
{
    QImage image(sizePx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(&painter, QRectF(QPointF(0, 0), QSizeF(sizePx)));
    }
    if (!makeFolderFor(path, error))
        return false;
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("The image could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartExporter::exportSvg(const QString &path, const QSize &sizePx, QString *error)
{
    if (!makeFolderFor(path, error))
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(sizePx);
    generator.setViewBox(QRect(QPoint(0, 0), sizePx));
    generator.setTitle(title());
    generator.setDescription(headerLines().join(QLatin1Char('\n')));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("The SVG file could not be written to %1.").arg(path);
        return false;
    }
    draw(&painter, QRectF(QPointF(0, 0), QSizeF(sizePx)));
    painter.end();
    return true;
}

bool ChartExporter::exportPdf(const QString &path, QString *error)
{
    if (!makeFolderFor(path, error))
        return false;
    QPdfWriter writer(path);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Meterscope"));
    writer.setPageLayout(pdfPageLayout());
    writer.setResolution(kPdfResolutionDpi);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The PDF file could not be written to %1.").arg(path);
        return false;
    }
    draw(&painter, QRectF(QPointF(0, 0), QSizeF(pdfPagePx())));
    painter.end();
    return true;
}

CsvDialect ChartExporter::dialect(Format format) const
{
    return format == Format::SpreadsheetCsv ? CsvDialect::spreadsheet(m_spreadsheetLocale)
                                            : CsvDialect::rfc4180();
}

void ChartExporter::startCsv(const QString &path, Format format)
{
    cancelCsv();
    delete m_writer;
    if (QString error; !makeFolderFor(path, &error)) {
        // Said as a writer's failure is: once the caller is back in the event loop.
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT csvFinished(false, error); }, Qt::QueuedConnection);
        return;
    }
    const CsvDialect csvDialect = dialect(format);
    const bool workbook = format == Format::Xlsx;
    // The rows of the range the images and the file name hold.
    const auto exported = span(m_range);
    const ChartCsvExport::Source source{
        m_baseUrl.host(),
        ChartExportCommand::commandLine(*m_document, m_baseUrl, csvDialect,
                                        workbook ? QStringLiteral("xlsx") : QStringLiteral("csv"), exported)};
    if (workbook) {
        auto *writer = new XlsxWriter(this);
        writer->setTable(ChartCsvExport::table(*m_document, source, exported));
        m_writer = writer;
    } else {
        auto *writer = new CsvWriter(this);
        writer->setDialect(csvDialect);
        ChartCsvExport::configure(writer, *m_document, source, exported);
        m_writer = writer;
    }
    connect(
        m_writer, &FileExportJob::progress, this,
        [this](qint64 done, qint64 total) { Q_EMIT csvProgress(total > 0 ? int(done * 100 / total) : 0); },
        Qt::QueuedConnection);
    connect(
        m_writer, &FileExportJob::finished, this,
        [this, path](FileExportJob::Status status, const QString &error) {
            m_lastRows = m_writer ? m_writer->rowsWritten() : 0;
            switch (status) {
            case FileExportJob::Status::Ok:
                Q_EMIT csvFinished(true, tr("Exported %1 rows to %2.").arg(m_lastRows).arg(path));
                break;
            case FileExportJob::Status::Cancelled:
                Q_EMIT csvFinished(false, tr("Export cancelled; no file was written."));
                break;
            case FileExportJob::Status::Failed:
                Q_EMIT csvFinished(false, error);
                break;
            }
        },
        Qt::QueuedConnection);
    m_writer->startWriteFile(path);
}

void ChartExporter::cancelCsv()
{
    if (m_writer)
        m_writer->cancel();
}

bool ChartExporter::isCsvRunning() const
{
    return m_writer && m_writer->isRunning();
}

qint64 ChartExporter::csvRowsWritten() const
{
    return m_lastRows;
}

} // namespace meterscope
