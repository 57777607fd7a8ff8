// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartwidget.h"
#include "export/csvwriter.h"
#include "export/xlsxwriter.h"
#include "models/chartcsvexport.h"
#include "models/chartdisplayunits.h"
#include "models/chartdocument.h"
#include "models/chartexportcommand.h"
#include "models/chartlegendnames.h"
#include "timeseries/zonedcalendar.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace meterscope {

ChartExporter::ChartExporter(ChartDocument *document, ChartWidget *chart, QObject *parent)
    : QObject(parent), m_document(document), m_chart(chart)
{
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
    const ZonedCalendar calendar(m_document->axisZone());
    const QLocale locale;
    const QString zone = m_document->axisZone() == QTimeZone::utc()
                             ? QStringLiteral("UTC")
                             : QString::fromUtf8(m_document->axisZone().id());
    const qint64 fromMs = m_document->viewFromUtcMs();
    const qint64 toMs = m_document->viewToUtcMs();
    QString from;
    QString to;
    if (calendar.startOfDay(fromMs) == fromMs && calendar.startOfDay(toMs) == toMs) {
        // Whole local days: name the first and the last day included.
        from = locale.toString(calendar.localDate(fromMs), QStringLiteral("d MMM yyyy"));
        to = locale.toString(calendar.localDate(toMs - 1), QStringLiteral("d MMM yyyy"));
    } else {
        from = locale.toString(calendar.toLocal(fromMs), QStringLiteral("d MMM yyyy HH:mm"));
        to = locale.toString(calendar.toLocal(toMs), QStringLiteral("d MMM yyyy HH:mm"));
    }
    lines.append(tr("Range: %1 – %2 (%3) · %4").arg(from, to, zone, granularity));
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
    const QDate first = calendar.localDate(m_document->viewFromUtcMs());
    const QDate last =
        calendar.localDate(std::max(m_document->viewToUtcMs() - 1, m_document->viewFromUtcMs()));
    parts.append(first == last
                     ? first.toString(Qt::ISODate)
                     : first.toString(Qt::ISODate) + QStringLiteral(" to ") + last.toString(Qt::ISODate));
    QString name = parts.join(QStringLiteral(" - "));
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name + QLatin1Char('.') + extension(format);
}

bool ChartExporter::exportImage(const QString &path, const QSize &sizePx, QString *error)
{
    QImage image(sizePx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(sizePx)), headerLines());
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("The image could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartExporter::exportSvg(const QString &path, const QSize &sizePx, QString *error)
{
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
    m_chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(sizePx)), headerLines());
    painter.end();
    return true;
}

bool ChartExporter::exportPdf(const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Meterscope"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The PDF file could not be written to %1.").arg(path);
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    m_chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(page.size())), headerLines());
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
    const CsvDialect csvDialect = dialect(format);
    const bool workbook = format == Format::Xlsx;
    const ChartCsvExport::Source source{
        m_baseUrl.host(),
        ChartExportCommand::commandLine(*m_document, m_baseUrl, csvDialect,
                                        workbook ? QStringLiteral("xlsx") : QStringLiteral("csv"))};
    if (workbook) {
        auto *writer = new XlsxWriter(this);
        writer->setTable(ChartCsvExport::table(*m_document, source));
        m_writer = writer;
    } else {
        auto *writer = new CsvWriter(this);
        writer->setDialect(csvDialect);
        ChartCsvExport::configure(writer, *m_document, source);
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
