// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/chartcommand.h"

#include "cli/clicontext.h"
#include "models/chartdocument.h"
#include "models/chartseries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cmath>

namespace meterscope {

namespace {

const QString kPng = QStringLiteral("png");
const QString kSvg = QStringLiteral("svg");
const QString kPdf = QStringLiteral("pdf");
const QString kSize = QStringLiteral("size");
const QString kNoTotals = QStringLiteral("no-totals");

// "1600x900"
QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Whether a series has a value in the document's view.
bool hasData(const ChartDocument &document)
{
    for (const ChartSeries &series : document.series()) {
        const auto [first, last] = series.indicesStartingIn(document.viewFromUtcMs(), document.viewToUtcMs());
        for (size_t i = first; i < last && i < series.values.size(); ++i) {
            if (std::isfinite(series.values[i]))
                return true;
        }
    }
    return false;
}

} // namespace

ChartCommand::ChartCommand()
    : ChartedSelectionCommand(OptionTexts{
          QCoreApplication::translate("ChartCommand", "Zone of the time axis: an IANA zone or UTC."),
          QCoreApplication::translate("ChartCommand", "Draw only the part of the period from this time."),
          QCoreApplication::translate("ChartCommand", "Draw only the part of the period before this time.")})
{
}

ChartCommand::~ChartCommand() = default;

QString ChartCommand::summary() const
{
    return QCoreApplication::translate(
        "ChartCommand", "Draw what the desktop app charts as the same PNG, SVG or PDF as its export");
}

QString ChartCommand::syntax() const
{
    return QStringLiteral("--png FILE|--svg FILE|--pdf FILE [--size WIDTHxHEIGHT] [--no-totals] ") +
           selectionSyntax();
}

QString ChartCommand::description() const
{
    //: %1 is the default image size, %2 to %3 the allowed sizes; %4 and %5 stand for the escapes
    //: "%25" and "%2F".
    return QCoreApplication::translate(
               "ChartCommand",
               "Charts the targets as the desktop app does and writes its image export: the chart below its\n"
               "title, sites, range (with zone and granularity) and units, and the totals table below it "
               "(leave\n"
               "it out with --no-totals) — bars for periods (dotted when a few\n"
               "intervals are missing, hatched when more are, pale while in progress), lines for intervals, "
               "one\n"
               "axis per unit and the legend with a key to those marks. --png, --svg and --pdf name the\n"
               "files; several write several files from one fetch. --size is the PNG's and the SVG's size "
               "in\n"
               "pixels (default %1, as the app's export; %2 to %3); a PDF is one A4 landscape\n"
               "page. A site target charts the site's electricity (and, alone, its other utilities); a "
               "meter\n"
               "target alone charts all its measurements, several targets the main measurement of each. '%' "
               "and\n"
               "'/' inside an id are written %4 and %5.\n"
               "The period is [--from, --to); dates without an offset are read in the first target's zone.\n"
               "--granularity defaults to the app's automatic choice for the length of the period.\n"
               "--compare draws the previous period or the same period last year beside each series, as the\n"
               "app's \"Compare with\".\n"
               "--zone is the zone of the time axis (default: the sites' zone, UTC when they differ).\n"
               "--view-from and --view-to draw only that part of the period, as the app's zoom.\n"
               "While the period is in progress, time after now (or --now) is not counted missing.\n"
               "Each file is written whole or not at all; none is written when the targets have no data in\n"
               "the period (exit code 5). It needs no display: unless QT_QPA_PLATFORM chooses a platform, "
               "it\n"
               "draws offscreen, so it runs from cron.")
        .arg(sizeText(ChartExporter::kDefaultImageSize), sizeText(ChartExporter::kMinimumImageSize),
             sizeText(ChartExporter::kMaximumImageSize), QStringLiteral("%25"), QStringLiteral("%2F"));
}

QList<QCommandLineOption> ChartCommand::ownOptions() const
{
    return {
        QCommandLineOption(
            kPng, QCoreApplication::translate("ChartCommand", "Write the chart as a PNG image to FILE."),
            QStringLiteral("FILE")),
        QCommandLineOption(
            kSvg, QCoreApplication::translate("ChartCommand", "Write the chart as an SVG drawing to FILE."),
            QStringLiteral("FILE")),
        QCommandLineOption(kPdf,
                           QCoreApplication::translate(
                               "ChartCommand", "Write the chart as a one-page PDF (A4 landscape) to FILE."),
                           QStringLiteral("FILE")),
        QCommandLineOption(kSize,
                           QCoreApplication::translate("ChartCommand",
                                                       "Size of the PNG and the SVG in pixels (default: %1).")
                               .arg(sizeText(ChartExporter::kDefaultImageSize)),
                           QStringLiteral("WIDTHxHEIGHT")),
        QCommandLineOption(kNoTotals, QCoreApplication::translate(
                                          "ChartCommand", "Leave out the totals table below the chart.")),
    };
}

QString ChartCommand::parseOwnOptions(const QCommandLineParser &parser)
{
    struct Kind
    {
        QString option;
        ChartExporter::Format format;
    };
    const std::array<Kind, 3> kinds{Kind{kPng, ChartExporter::Format::Png},
                                    Kind{kSvg, ChartExporter::Format::Svg},
                                    Kind{kPdf, ChartExporter::Format::Pdf}};
    m_outputs.clear();
    for (const Kind &kind : kinds) {
        const QStringList paths = parser.values(kind.option);
        if (paths.size() > 1)
            return QCoreApplication::translate("ChartCommand",
                                               "--%1 is given more than once — one file per format")
                .arg(kind.option);
        if (paths.isEmpty())
            continue;
        if (paths.first().trimmed().isEmpty())
            return QCoreApplication::translate("ChartCommand", "--%1 needs a file name").arg(kind.option);
        for (const Output &other : std::as_const(m_outputs)) {
            if (QFileInfo(other.path).absoluteFilePath() == QFileInfo(paths.first()).absoluteFilePath())
                return QCoreApplication::translate("ChartCommand", "--%1 and --%2 name the same file \"%3\"")
                    .arg(ChartExporter::extension(other.format), kind.option, paths.first());
        }
        m_outputs.append(Output{kind.format, paths.first()});
    }
    if (m_outputs.isEmpty())
        return QCoreApplication::translate("ChartCommand",
                                           "chart needs --png FILE, --svg FILE or --pdf FILE");

    m_totals = !parser.isSet(kNoTotals);
    m_size = ChartExporter::kDefaultImageSize;
    if (!parser.isSet(kSize))
        return QString();
    const bool sized = std::any_of(m_outputs.cbegin(), m_outputs.cend(), [](const Output &output) {
        return output.format != ChartExporter::Format::Pdf;
    });
    if (!sized)
        return QCoreApplication::translate("ChartCommand",
                                           "--size is for --png and --svg — a PDF is one A4 page");
    const QString text = parser.value(kSize);
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*[x×]\\s*(\\d{1,9})\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return QCoreApplication::translate(
                   "ChartCommand", "cannot read --size \"%1\" — use WIDTHxHEIGHT in pixels, such as 1600x900")
            .arg(text);
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const QSize smallest = ChartExporter::kMinimumImageSize;
    const QSize largest = ChartExporter::kMaximumImageSize;
    if (size.width() < smallest.width() || size.height() < smallest.height() ||
        size.width() > largest.width() || size.height() > largest.height())
        return QCoreApplication::translate("ChartCommand", "--size %1 is out of range — from %2 to %3 pixels")
            .arg(sizeText(size), sizeText(smallest), sizeText(largest));
    m_size = size;
    return QString();
}

bool ChartCommand::prepare(CliContext &context)
{
    if (!context.settings().outputPath.isEmpty()) {
        context.fail(
            CliExitCode::Usage,
            QCoreApplication::translate(
                "ChartCommand", "chart writes the files of --png, --svg and --pdf — leave out --output"));
        return false;
    }
    if (context.format() != OutputFormat::Table) {
        context.fail(
            CliExitCode::Usage,
            QCoreApplication::translate("ChartCommand", "chart writes PNG, SVG or PDF — leave out --format"));
        return false;
    }
    // A file that cannot be written is said before anything is fetched.
    for (const Output &output : std::as_const(m_outputs)) {
        QSaveFile probe(output.path);
        if (!probe.open(QIODevice::WriteOnly)) {
            context.fail(CliExitCode::Failure,
                         QCoreApplication::translate("ChartCommand", "Cannot write %1: %2")
                             .arg(output.path, probe.errorString()));
            return false;
        }
        probe.cancelWriting();
    }
    return true;
}

void ChartCommand::writeChart(CliContext &context, ChartDocument &document)
{
    if (!hasData(document)) {
        const QTimeZone zone = document.axisZone();
        return context.fail(
            CliExitCode::Failure,
            QCoreApplication::translate(
                "ChartCommand",
                "no data to chart — the targets have no readings from %1 to %2; no file written")
                .arg(QDateTime::fromMSecsSinceEpoch(document.viewFromUtcMs(), zone).toString(Qt::ISODate),
                     QDateTime::fromMSecsSinceEpoch(document.viewToUtcMs(), zone).toString(Qt::ISODate)));
    }
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return context.fail(
            CliExitCode::Failure,
            QCoreApplication::translate("ChartCommand", "Cannot draw the chart: no temporary folder (%1)")
                .arg(scratch.errorString()));

    // The app's exporter: it draws with a chart widget of its own, laid out for each file, never on screen.
    ChartExporter exporter(&document, nullptr);
    exporter.setBaseUrl(context.settings().baseUrl);
    exporter.setTotalsIncluded(m_totals);
    // Every file is drawn before any is written: a drawing that fails leaves all of them as they were.
    QStringList drawn;
    for (qsizetype i = 0; i < m_outputs.size(); ++i) {
        const Output &output = m_outputs.at(i);
        QString error;
        drawn.append(scratch.filePath(QString::number(i) + u'.' + ChartExporter::extension(output.format)));
        if (!draw(output, exporter, drawn.last(), &error))
            return context.fail(CliExitCode::Failure, error);
    }
    context.finishWithFile([this, &drawn](const QString &, QString *error) {
        for (qsizetype i = 0; i < m_outputs.size(); ++i) {
            if (!copy(drawn.at(i), m_outputs.at(i).path, error))
                return false;
        }
        return true;
    });
}

bool ChartCommand::draw(const Output &output, ChartExporter &exporter, const QString &scratchPath,
                        QString *error) const
{
    QString drawError;
    bool drawn = false;
    if (output.format == ChartExporter::Format::Png)
        drawn = exporter.exportImage(scratchPath, m_size, &drawError);
    else if (output.format == ChartExporter::Format::Svg)
        drawn = exporter.exportSvg(scratchPath, m_size, &drawError);
    else
        drawn = exporter.exportPdf(scratchPath, &drawError);
    if (!drawn)
        *error =
            QCoreApplication::translate("ChartCommand", "Cannot draw %1: %2").arg(output.path, drawError);
    return drawn;
}

bool ChartCommand::copy(const QString &scratchPath, const QString &path, QString *error)
{
    QFile drawn(scratchPath);
    if (!drawn.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("ChartCommand", "Cannot write %1: %2").arg(path, drawn.errorString());
        return false;
    }
    const QByteArray bytes = drawn.readAll();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error =
            QCoreApplication::translate("ChartCommand", "Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace meterscope
