// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "cli/datetimeargument.h"
#include "cli/periodoptions.h"
#include "export/csvwriter.h"
#include "export/xlsxwriter.h"
#include "models/chartcontroller.h"
#include "models/chartcsvexport.h"
#include "models/chartdocument.h"
#include "models/chartexportcommand.h"
#include "store/seriesrepository.h"
#include "timeseries/timerange.h"
#include "timeseries/zonedcalendar.h"

#include <QCommandLineParser>

namespace meterscope {

namespace {

const QString kTarget = QStringLiteral("target");
const QString kGranularity = QStringLiteral("granularity");
const QString kCompare = QStringLiteral("compare");
const QString kZone = QStringLiteral("zone");
const QString kViewFrom = QStringLiteral("view-from");
const QString kViewTo = QStringLiteral("view-to");
const QString kDialect = QStringLiteral("dialect");
const QString kNow = QStringLiteral("now");

} // namespace

ExportCommand::ExportCommand() = default;
ExportCommand::~ExportCommand() = default;

QString ExportCommand::summary() const
{
    return QStringLiteral("Write what the desktop app charts as the same CSV as its export");
}

QString ExportCommand::syntax() const
{
    return QStringLiteral("--target SITE[/METER] [--target ...] --from DATE|DATETIME --to DATE|DATETIME "
                          "[--granularity 15min|hour|day|week|month|year] [--compare previous|last-year] "
                          "[--zone ZONE|UTC] "
                          "[--view-from DATETIME --view-to DATETIME] [--no-cache|--refresh]");
}

QString ExportCommand::description() const
{
    return QStringLiteral(
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
        "header in the first row and the provenance records below the rows.\n"
        "Every CSV export of the desktop app names the command that writes its rows again.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return QList<QCommandLineOption>{
               QCommandLineOption(kTarget,
                                  QStringLiteral("A site, or a meter of a site (repeat for several)."),
                                  QStringLiteral("SITE[/METER]")),
               QCommandLineOption(kGranularity, QStringLiteral("15min, hour, day, week, month or year."),
                                  QStringLiteral("GRANULARITY")),
               QCommandLineOption(kCompare,
                                  QStringLiteral("Also the previous period or the same period last year."),
                                  QStringLiteral("previous|last-year")),
               QCommandLineOption(kZone,
                                  QStringLiteral("Zone of the local-time column: an IANA zone or UTC."),
                                  QStringLiteral("ZONE")),
               QCommandLineOption(kViewFrom, QStringLiteral("Only rows starting at or after this time."),
                                  QStringLiteral("DATETIME")),
               QCommandLineOption(kViewTo, QStringLiteral("Only rows starting before this time."),
                                  QStringLiteral("DATETIME")),
               QCommandLineOption(kNow,
                                  QStringLiteral("Count coverage up to this time instead of the clock's "
                                                 "(time after it is to come, not missing)."),
                                  QStringLiteral("DATETIME")),
               QCommandLineOption(kDialect,
                                  QStringLiteral("rfc4180 (default), spreadsheet (the locale of LANG or "
                                                 "LC_ALL) or spreadsheet:LOCALE (fr_FR, de_DE, ...)."),
                                  QStringLiteral("DIALECT")),
           } +
           PeriodOptions::options();
}

QString ExportCommand::parse(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return QStringLiteral("unexpected argument \"%1\" — export takes options only (see export --help)")
            .arg(arguments.first());
    m_requested.clear();
    for (const QString &value : parser.values(kTarget)) {
        RequestedTarget target;
        if (!ChartExportCommand::parseTargetArgument(value, &target.siteId, &target.meterId))
            return QStringLiteral("cannot read --target \"%1\" — use SITE or SITE/METER").arg(value);
        m_requested.append(target);
    }
    if (m_requested.isEmpty())
        return QStringLiteral("export needs at least one --target SITE[/METER]");
    if (QString error = m_period.parse(parser, name()); !error.isEmpty())
        return error;
    m_viewFromText = parser.value(kViewFrom);
    m_viewToText = parser.value(kViewTo);
    if (m_viewFromText.isEmpty() != m_viewToText.isEmpty())
        return QStringLiteral("--view-from and --view-to go together");
    m_nowText = parser.value(kNow);
    for (const QString &text : {m_viewFromText, m_viewToText, m_nowText}) {
        if (!text.isEmpty() && !parseDateTimeArgument(text, QTimeZone::utc()).isValid())
            return PeriodOptions::badDate(text);
    }
    m_granularity.reset();
    if (parser.isSet(kGranularity)) {
        Granularity granularity = Granularity::Day;
        if (!granularityFromKey(parser.value(kGranularity), &granularity))
            return QStringLiteral("unknown --granularity \"%1\" — use 15min, hour, day, week, month or year")
                .arg(parser.value(kGranularity));
        m_granularity = granularity;
    }
    m_comparison = PeriodComparison::Mode::None;
    if (parser.isSet(kCompare) && !PeriodComparison::modeFromKey(parser.value(kCompare), &m_comparison))
        return QStringLiteral("unknown --compare \"%1\" — use previous or last-year")
            .arg(parser.value(kCompare));
    m_zoneText = parser.value(kZone).trimmed();
    if (!m_zoneText.isEmpty() && m_zoneText.compare(QLatin1String("UTC"), Qt::CaseInsensitive) != 0 &&
        !QTimeZone(m_zoneText.toUtf8()).isValid())
        return QStringLiteral("unknown --zone \"%1\" — use an IANA zone such as Europe/Paris, or UTC")
            .arg(m_zoneText);
    m_cacheMode = m_period.cacheMode();
    m_dialect = CsvDialect::rfc4180();
    if (parser.isSet(kDialect) && !CsvDialect::fromKey(parser.value(kDialect), &m_dialect))
        return QStringLiteral("unknown --dialect \"%1\" — use rfc4180, spreadsheet or spreadsheet:fr_FR")
            .arg(parser.value(kDialect));
    return QString();
}

void ExportCommand::run(CliContext &context)
{
    if (context.format() == OutputFormat::Json)
        return context.fail(CliExitCode::Usage,
                            QStringLiteral("export writes CSV or XLSX — leave out --format json"));
    m_targets.clear();
    resolveTarget(context, 0);
}

void ExportCommand::resolveTarget(CliContext &context, int index)
{
    if (index == m_requested.size())
        return chart(context);
    SeriesRepository *repository = context.repository(m_cacheMode != CacheMode::Bypass);
    const RequestedTarget requested = m_requested.at(index);
    repository->fetchSite(requested.siteId, m_cacheMode, context.guard(),
                          [this, &context, repository, requested,
                           index](const Site &site, std::optional<qint64> cachedAt, const ApiError &error) {
                              if (error.isError() && !cachedAt)
                                  return context.fail(error);
                              ChartTarget target;
                              target.site = site;
                              if (requested.meterId.isEmpty()) {
                                  m_targets.append(target);
                                  return resolveTarget(context, index + 1);
                              }
                              repository->fetchMeter(
                                  requested.siteId, requested.meterId, m_cacheMode, context.guard(),
                                  [this, &context, target, index](const Meter &meter,
                                                                  std::optional<qint64> meterCachedAt,
                                                                  const ApiError &meterError) mutable {
                                      if (meterError.isError() && !meterCachedAt)
                                          return context.fail(meterError);
                                      target.meter = meter;
                                      m_targets.append(target);
                                      resolveTarget(context, index + 1);
                                  });
                          });
}

void ExportCommand::chart(CliContext &context)
{
    // Dates without an offset are read in the first target's zone, as `series` reads them.
    const QTimeZone firstZone = ZonedCalendar::forZoneId(m_targets.front().site.timeZoneId.toUtf8()).zone();
    const qint64 from = parseDateTimeArgument(m_period.fromText(), firstZone).toMSecsSinceEpoch();
    const qint64 to = parseDateTimeArgument(m_period.toText(), firstZone).toMSecsSinceEpoch();
    if (to <= from)
        return context.fail(CliExitCode::Usage, QStringLiteral("--to must be after --from"));
    const TimeRange range = TimeRange::custom(from, to);

    // The axis zone as the app picks it: the sites' zone, UTC when they are in several.
    QTimeZone zone = QTimeZone::utc();
    if (m_zoneText.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0) {
        zone = QTimeZone::utc();
    } else if (!m_zoneText.isEmpty()) {
        zone = QTimeZone(m_zoneText.toUtf8());
    } else {
        QStringList zones;
        for (const ChartTarget &target : std::as_const(m_targets)) {
            if (!zones.contains(target.site.timeZoneId))
                zones.append(target.site.timeZoneId);
        }
        if (zones.size() == 1)
            zone = firstZone;
    }

    m_document = std::make_unique<ChartDocument>();
    m_document->setAxisZone(zone);
    m_controller = std::make_unique<ChartController>(m_document.get());
    m_controller->setRepository(context.repository(m_cacheMode != CacheMode::Bypass));
    if (!m_nowText.isEmpty()) {
        const qint64 now = parseDateTimeArgument(m_nowText, firstZone).toMSecsSinceEpoch();
        m_controller->setClock([now] { return now; });
    }
    QObject::connect(m_controller.get(), &ChartController::failed, context.guard(),
                     [this](const ChartTarget &, const ApiError &error) {
                         if (!m_failure.isError())
                             m_failure = error;
                     });
    QObject::connect(m_controller.get(), &ChartController::ready, context.guard(),
                     [this, &context] { write(context); });
    m_controller->load(m_targets, range, m_granularity.value_or(range.automaticGranularity()), m_comparison);
}

void ExportCommand::write(CliContext &context)
{
    if (m_failure.isError())
        return context.fail(m_failure);
    if (!m_viewFromText.isEmpty()) {
        const QTimeZone zone = m_document->axisZone();
        m_document->setView(parseDateTimeArgument(m_viewFromText, zone).toMSecsSinceEpoch(),
                            parseDateTimeArgument(m_viewToText, zone).toMSecsSinceEpoch());
    }
    if (context.format() == OutputFormat::Xlsx) {
        XlsxWriter workbook;
        workbook.setTable(ChartCsvExport::table(
            *m_document,
            ChartCsvExport::Source{context.settings().baseUrl.host(),
                                   ChartExportCommand::commandLine(*m_document, context.settings().baseUrl,
                                                                   m_dialect, QStringLiteral("xlsx"))}));
        return context.finishWithFile([&workbook](const QString &path, QString *error) {
            return workbook.writeFile(path, error) == FileExportJob::Status::Ok;
        });
    }
    CsvWriter writer;
    writer.setDialect(m_dialect);
    ChartCsvExport::configure(
        &writer, *m_document,
        ChartCsvExport::Source{
            context.settings().baseUrl.host(),
            ChartExportCommand::commandLine(*m_document, context.settings().baseUrl, m_dialect)});
    context.finishWithWriter([&writer](QIODevice *device, QString *error) {
        return writer.write(device, error) == CsvWriter::Status::Ok;
    });
}

} // namespace meterscope
