// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "export/csvwriter.h"
#include "export/xlsxwriter.h"
#include "models/chartcsvexport.h"
#include "models/chartdocument.h"
#include "models/chartexportcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace meterscope {

namespace {

const QString kDialect = QStringLiteral("dialect");

} // namespace

ExportCommand::ExportCommand()
    : ChartedSelectionCommand(OptionTexts{
          QCoreApplication::translate("ExportCommand", "Zone of the local-time column: an IANA zone or UTC."),
          QCoreApplication::translate("ExportCommand", "Only rows starting at or after this time."),
          QCoreApplication::translate("ExportCommand", "Only rows starting before this time.")})
{
}

ExportCommand::~ExportCommand() = default;

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("ExportCommand",
                                       "Write what the desktop app charts as the same CSV as its export");
}

QString ExportCommand::syntax() const
{
    return selectionSyntax();
}

QString ExportCommand::description() const
{
    return QCoreApplication::translate(
        "ExportCommand",
        "Charts the targets as the desktop app does and writes its CSV export: one row per interval or\n"
        "period, aggregated in each site's time zone, one value column per series and, for periods\n"
        "(day, week, month, year), its coverage (%), partial and negative-interval columns. A site target\n"
        "charts the site's electricity (and, alone, its other utilities); a meter target alone charts all\n"
        "its measurements, several targets the main measurement of each. '%' and '/' inside an id are\n"
        "written %25 and %2F.\n"
        "The period is [--from, --to); dates without an offset are read in the first target's zone.\n"
        "--granularity defaults to the app's automatic choice for the length of the period.\n"
        "--compare adds, after each series, the previous period or the same period last year (the same\n"
        "dates; for a chart by week or of one week, the 52 weeks before, so weekdays line up) on the rows\n"
        "of the periods it is compared with, then Δ and Δ % columns, as the app's \"Compare with\".\n"
        "--zone is the zone of the local-time column (default: the sites' zone, UTC when they differ).\n"
        "--view-from and --view-to keep only the rows that start inside a zoomed part of the period.\n"
        "While the period is in progress, time after now (or --now) is not counted missing.\n"
        "The output is RFC 4180 CSV: '#' provenance records (with this command), a header, the rows.\n"
        "--dialect spreadsheet writes it for a spreadsheet's CSV import in the locale (LANG, or\n"
        "spreadsheet:fr_FR): its decimal mark, ';' where that is ',', UTF-8 with a BOM, local times as\n"
        "2025-03-01 00:00:00 with the UTC offset and the zone in their own columns, partial as 1/0, the\n"
        "header in the first row and the provenance below the rows, one text cell per record\n"
        "(#site: 00012345), so that no value of digits becomes a number.\n"
        "Every CSV export of the desktop app names the command that writes its rows again.");
}

QList<QCommandLineOption> ExportCommand::ownOptions() const
{
    return {QCommandLineOption(
        kDialect,
        QCoreApplication::translate("ExportCommand", "rfc4180 (default), spreadsheet (the locale of LANG or "
                                                     "LC_ALL) or spreadsheet:LOCALE (fr_FR, de_DE, ...)."),
        QStringLiteral("DIALECT"))};
}

QString ExportCommand::parseOwnOptions(const QCommandLineParser &parser)
{
    m_dialect = CsvDialect::rfc4180();
    if (parser.isSet(kDialect) && !CsvDialect::fromKey(parser.value(kDialect), &m_dialect))
        return QCoreApplication::translate(
                   "ExportCommand",
                   "unknown --dialect \"%1\" — use rfc4180, spreadsheet or spreadsheet:fr_FR")
            .arg(parser.value(kDialect));
    return QString();
}

bool ExportCommand::prepare(CliContext &context)
{
    if (context.format() != OutputFormat::Json)
        return true;
    context.fail(
        CliExitCode::Usage,
        QCoreApplication::translate("ExportCommand", "export writes CSV or XLSX — leave out --format json"));
    return false;
}

void ExportCommand::writeChart(CliContext &context, ChartDocument &document)
{
    if (context.format() == OutputFormat::Xlsx) {
        XlsxWriter workbook;
        workbook.setTable(ChartCsvExport::table(
            document,
            ChartCsvExport::Source{context.settings().baseUrl.host(),
                                   ChartExportCommand::commandLine(document, context.settings().baseUrl,
                                                                   m_dialect, QStringLiteral("xlsx"))}));
        return context.finishWithFile([&workbook](const QString &path, QString *error) {
            return workbook.writeFile(path, error) == FileExportJob::Status::Ok;
        });
    }
    CsvWriter writer;
    writer.setDialect(m_dialect);
    ChartCsvExport::configure(&writer, document,
                              ChartCsvExport::Source{context.settings().baseUrl.host(),
                                                     ChartExportCommand::commandLine(
                                                         document, context.settings().baseUrl, m_dialect)});
    context.finishWithWriter([&writer](QIODevice *device, QString *error) {
        return writer.write(device, error) == CsvWriter::Status::Ok;
    });
}

} // namespace meterscope
