// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/seriescommand.h"

#include "api/apiclient.h"
#include "api/untrustedtext.h"
#include "auth/logredactor.h"
#include "cli/clicontext.h"
#include "cli/datetimeargument.h"
#include "cli/periodoptions.h"
#include "cli/resulttable.h"
#include "domain/seriesmetadata.h"
#include "export/csvwriter.h"
#include "export/isotimestampwriter.h"
#include "export/shellquoting.h"
#include "store/seriesrepository.h"
#include "timeseries/zonedcalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace meterscope {

namespace {

const QString kSite = QStringLiteral("site");
const QString kMeter = QStringLiteral("meter");
const QString kMeasurement = QStringLiteral("measurement");
const QString kActiveEnergy = QStringLiteral("active-energy");
const QString kOtherUtilities = QStringLiteral("other-utilities");
const QString kCommodity = QStringLiteral("commodity");
const QString kInterval = QStringLiteral("interval");

QString isoUtc(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toUTC().toString(Qt::ISODate); // "…Z"
}

QStringList commaSeparated(const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            items.append(item.trimmed());
    }
    return items;
}

} // namespace

QString SeriesCommand::summary() const
{
    return QCoreApplication::translate("SeriesCommand",
                                       "Print the time series of a site or a meter over a period");
}

QString SeriesCommand::syntax() const
{
    return QStringLiteral(
        "--site SITE [--meter METER] [--measurement NAME|ID] [--active-energy|--other-utilities] "
        "--from DATE|DATETIME --to DATE|DATETIME [--interval raw|15min|hourly|daily|monthly] "
        "[--no-cache|--refresh]");
}

QString SeriesCommand::description() const
{
    return QCoreApplication::translate(
        "SeriesCommand",
        "Without --meter: every series of the site (--measurement filters them), or with --active-energy "
        "the\n"
        "site's electricity consumption, or with --other-utilities its gas, water, heat... series.\n"
        "The period is [--from, --to): --to is exclusive, so --from 2025-03-01 --to 2025-04-01 is March.\n"
        "A DATE (2025-03-01) means its midnight; a DATETIME is 2025-03-01T10:00[:00]. Values without \"Z\" "
        "or an\n"
        "offset (+02:00) are read in the site's time zone; a site without a time zone uses UTC.\n"
        "One row per point: utc (interval start, ISO 8601 with Z), local (the same instant in the site's "
        "zone,\n"
        "with its offset), zone, value (consumption within the interval), unit, meterId, measurementId.\n"
        "Missing intervals are absent rows, never zeros. CSV output starts with '#' provenance lines.\n"
        "Default interval: raw (daily with --active-energy or --other-utilities).\n"
        "The local cache (shared with the desktop app) answers for data it holds that cannot have changed\n"
        "(older than three days when it was fetched, or fetched in the last 15 minutes); the rest is asked\n"
        "of the server and kept. When the server cannot be reached, a range the cache holds whole is\n"
        "printed from it with an \"as of\" line on stderr (exit 0); otherwise the missing span is named.\n"
        "--refresh asks the server for everything (and keeps it); --no-cache neither reads nor writes it.");
}

QList<QCommandLineOption> SeriesCommand::options() const
{
    return QList<QCommandLineOption>{
               QCommandLineOption(kSite, QCoreApplication::translate("SeriesCommand", "The site (required)."),
                                  QStringLiteral("SITE")),
               QCommandLineOption(
                   kMeter, QCoreApplication::translate("SeriesCommand", "Only this meter of the site."),
                   QStringLiteral("METER")),
               QCommandLineOption(
                   kMeasurement,
                   QCoreApplication::translate(
                       "SeriesCommand",
                       "Only these measurements (names or ids; repeat or separate with commas)."),
                   QStringLiteral("NAME|ID")),
               QCommandLineOption(kActiveEnergy, QCoreApplication::translate(
                                                     "SeriesCommand", "The site's electricity consumption.")),
               QCommandLineOption(
                   kOtherUtilities,
                   QCoreApplication::translate("SeriesCommand", "The site's non-electric utilities.")),
               QCommandLineOption(
                   kCommodity,
                   QCoreApplication::translate(
                       "SeriesCommand", "With --other-utilities: only these commodities (Gas, Water, ...)."),
                   QStringLiteral("NAME")),
               QCommandLineOption(
                   kInterval,
                   QCoreApplication::translate("SeriesCommand", "raw, 15min, hourly, daily or monthly."),
                   QStringLiteral("INTERVAL")),
           } +
           PeriodOptions::options();
}

QString SeriesCommand::parse(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return QCoreApplication::translate(
                   "SeriesCommand",
                   "unexpected argument \"%1\" — series takes options only (see series --help)")
            .arg(arguments.first());
    m_query = SeriesQuery();
    m_query.siteId = parser.value(kSite).trimmed();
    if (m_query.siteId.isEmpty())
        return QCoreApplication::translate("SeriesCommand", "series needs --site SITE");
    const bool activeEnergy = parser.isSet(kActiveEnergy);
    const bool otherUtilities = parser.isSet(kOtherUtilities);
    m_query.meterId = parser.value(kMeter).trimmed();
    m_query.measurements = commaSeparated(parser.values(kMeasurement));
    m_query.commodities = commaSeparated(parser.values(kCommodity));
    if (activeEnergy && otherUtilities)
        return QCoreApplication::translate("SeriesCommand",
                                           "--active-energy and --other-utilities cannot be combined");
    if ((activeEnergy || otherUtilities) && (!m_query.meterId.isEmpty() || !m_query.measurements.isEmpty()))
        return QCoreApplication::translate(
            "SeriesCommand",
            "--meter and --measurement cannot be combined with --active-energy or --other-utilities");
    if (!m_query.commodities.isEmpty() && !otherUtilities)
        return QCoreApplication::translate("SeriesCommand", "--commodity needs --other-utilities");
    if (activeEnergy)
        m_query.source = SeriesQuery::Source::ActiveEnergy;
    else if (otherUtilities)
        m_query.source = SeriesQuery::Source::OtherUtilities;
    else if (!m_query.meterId.isEmpty())
        m_query.source = SeriesQuery::Source::MeterMeasurements;
    else
        m_query.source = SeriesQuery::Source::SiteMeasurements;

    m_query.interval = (activeEnergy || otherUtilities) ? ApiInterval::Daily : ApiInterval::Raw;
    if (parser.isSet(kInterval) && !apiIntervalFromKey(parser.value(kInterval), &m_query.interval))
        return QCoreApplication::translate(
                   "SeriesCommand", "unknown --interval \"%1\" — use raw, 15min, hourly, daily or monthly")
            .arg(parser.value(kInterval));

    if (QString error = m_period.parse(parser, name()); !error.isEmpty())
        return error;
    m_cacheMode = m_period.cacheMode();
    return QString();
}

void SeriesCommand::run(CliContext &context)
{
    SeriesRepository *repository = context.repository(m_cacheMode != CacheMode::Bypass);
    repository->fetchSite(
        m_query.siteId, m_cacheMode, context.guard(),
        [this, &context, repository](const Site &site, std::optional<qint64> cachedAt,
                                     const ApiError &error) {
            if (error.isError() && !cachedAt)
                return context.fail(error);
            if (cachedAt)
                m_unreachable = error; // the site came from the local cache
            m_site = site;
            m_zone = ZonedCalendar::forZoneId(site.timeZoneId.toUtf8()).zone();
            m_query.from = parseDateTimeArgument(m_period.fromText(), m_zone).toUTC();
            m_query.to = parseDateTimeArgument(m_period.toText(), m_zone).toUTC();
            if (m_query.to <= m_query.from)
                return context.fail(CliExitCode::Usage, QCoreApplication::translate(
                                                            "SeriesCommand", "--to must be after --from"));
            if (m_query.meterId.isEmpty())
                return fetchSeries(context);
            repository->fetchMeter(m_query.siteId, m_query.meterId, m_cacheMode, context.guard(),
                                   [this, &context](const Meter &meter, std::optional<qint64> meterCachedAt,
                                                    const ApiError &meterError) {
                                       if (meterError.isError() && !meterCachedAt)
                                           return context.fail(meterError);
                                       if (meterCachedAt)
                                           m_unreachable = meterError;
                                       m_meter = meter;
                                       fetchSeries(context);
                                   });
        });
}

void SeriesCommand::fetchSeries(CliContext &context)
{
    context.repository(m_cacheMode != CacheMode::Bypass)
        ->fetchSeries(m_query, m_cacheMode, context.guard(),
                      [this, &context](const SeriesFetchResult &result) {
                          if (result.complete)
                              onSeries(context, result);
                      });
}

void SeriesCommand::onSeries(CliContext &context, const SeriesFetchResult &result)
{
    if (result.error.isError() && !(result.servedFromCache && result.missing.isEmpty())) {
        const TimeSpan whole{m_query.from.toMSecsSinceEpoch(), m_query.to.toMSecsSinceEpoch()};
        if (!result.servedFromCache || (result.missing.size() == 1 && result.missing.front() == whole))
            return context.fail(result.error);
        const TimeSpan &first = result.missing.front();
        ApiError error = result.error;
        const int moreSpans = int(result.missing.size()) - 1;
        error.message =
            (moreSpans > 0
                 ? QCoreApplication::translate("SeriesCommand",
                                               "%1 The local cache lacks %2 – %3 and %n more span(s).",
                                               nullptr, moreSpans)
                 : QCoreApplication::translate("SeriesCommand", "%1 The local cache lacks %2 – %3."))
                .arg(result.error.userMessage(), isoUtc(first.fromUtcMs), isoUtc(first.toUtcMs));
        return context.fail(error);
    }
    if (result.series.isEmpty() && !m_query.measurements.isEmpty()) {
        return context.fail(
            CliExitCode::NotFound,
            (m_query.meterId.isEmpty()
                 ? QCoreApplication::translate("SeriesCommand",
                                               "No measurement named %1 was found on site %2.")
                 : QCoreApplication::translate("SeriesCommand",
                                               "No measurement named %1 was found on meter %2."))
                .arg(m_query.measurements.join(QCoreApplication::translate("SeriesCommand", " or ")),
                     m_query.meterId.isEmpty() ? m_query.siteId : m_query.meterId));
    }
    if (result.servedFromCache || m_unreachable.isError())
        sayServedFromCache(result.servedFromCache ? result.error : m_unreachable, result.asOfUtcMs);
    output(context, result.series, result.asOfUtcMs);
}

void SeriesCommand::sayServedFromCache(const ApiError &error, std::optional<qint64> asOfUtcMs) const
{
    const QString line =
        QCoreApplication::translate(
            "SeriesCommand",
            "meterscope-cli: the server could not answer (%1) — printed from the local cache, "
            "data as of %2\n")
            .arg(error.userMessage(), asOfUtcMs
                                          ? isoUtc(*asOfUtcMs)
                                          : QCoreApplication::translate("SeriesCommand", "an unknown time"));
    std::fputs(qPrintable(UntrustedText::printable(LogRedactor::redact(line.trimmed())) + u'\n'), stderr);
}

void SeriesCommand::output(CliContext &context, QList<Series> series, std::optional<qint64> asOfUtcMs)
{
    // What a series does not say of itself comes from its meter (fetched with --meter) or its endpoint.
    const Commodity endpointCommodity =
        m_query.source == SeriesQuery::Source::ActiveEnergy ? Commodity::Electricity : Commodity::Unknown;
    for (Series &s : series) {
        if (s.unit.isEmpty() || s.commodity == Commodity::Unknown)
            completeSeriesMetadata(&s, m_meter.id.isEmpty() ? nullptr : &m_meter, endpointCommodity);
    }
    if (context.format() == OutputFormat::Csv) {
        CsvWriter writer;
        writer.setLayout(CsvWriter::Layout::OneRowPerPoint);
        writer.setTimeZone(m_zone);
        CsvProvenance provenance;
        provenance.sourceHost = context.settings().baseUrl.host();
        provenance.siteId = m_site.id.isEmpty() ? m_query.siteId : m_site.id;
        provenance.siteName = m_site.name;
        provenance.granularity = apiIntervalKey(m_query.interval);
        provenance.from = m_query.from;
        provenance.to = m_query.to;
        provenance.command = QStringLiteral("meterscope-cli ") + shellQuoted(context.settings().arguments);
        provenance.dataAsOfUtcMs = asOfUtcMs;
        writer.setProvenance(provenance);
        for (Series &s : series) {
            const QString meterName = s.meterId == m_meter.id ? m_meter.name : QString();
            writer.addSeries(std::move(s), meterName);
        }
        return context.finishWithWriter([&writer](QIODevice *device, QString *error) {
            return writer.write(device, error) == CsvWriter::Status::Ok;
        });
    }

    IsoTimestampWriter timestamps(m_zone);
    const ResultTable::Cell zoneCell = ResultTable::text(QString::fromUtf8(timestamps.zone().id()));
    ResultTable table({QStringLiteral("utc"), QStringLiteral("local"), QStringLiteral("zone"),
                       QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("meterId"),
                       QStringLiteral("measurementId")});
    qsizetype points = 0;
    for (const Series &s : series)
        points += s.size();
    table.reserve(points);
    for (const Series &s : series) {
        const ResultTable::Cell unit = ResultTable::text(s.unit);
        const ResultTable::Cell meterId = ResultTable::text(s.meterId);
        const ResultTable::Cell measurementId = ResultTable::text(s.measurementId);
        for (qsizetype i = 0; i < s.size(); ++i) {
            const qint64 utcMs = s.utcMs[size_t(i)];
            table.addRow({ResultTable::text(timestamps.utcText(utcMs)),
                          ResultTable::text(timestamps.localText(utcMs)), zoneCell,
                          ResultTable::number(s.values[size_t(i)]), unit, meterId, measurementId});
        }
    }
    context.finishWith(table);
}

} // namespace meterscope
