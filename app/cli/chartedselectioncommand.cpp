// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/chartedselectioncommand.h"

#include "cli/clicontext.h"
#include "cli/datetimeargument.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/chartexportcommand.h"
#include "store/seriesrepository.h"
#include "timeseries/timerange.h"
#include "timeseries/zonedcalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace meterscope {

namespace {

const QString kTarget = QStringLiteral("target");
const QString kGranularity = QStringLiteral("granularity");
const QString kCompare = QStringLiteral("compare");
const QString kZone = QStringLiteral("zone");
const QString kViewFrom = QStringLiteral("view-from");
const QString kViewTo = QStringLiteral("view-to");
const QString kNow = QStringLiteral("now");

} // namespace

ChartedSelectionCommand::ChartedSelectionCommand(OptionTexts texts) : m_texts(std::move(texts)) {}

ChartedSelectionCommand::~ChartedSelectionCommand() = default;

QString ChartedSelectionCommand::selectionSyntax()
{
    return QStringLiteral("--target SITE[/METER] [--target ...] --from DATE|DATETIME --to DATE|DATETIME "
                          "[--granularity 15min|hour|day|week|month|year] [--compare previous|last-year] "
                          "[--zone ZONE|UTC] "
                          "[--view-from DATETIME --view-to DATETIME] [--no-cache|--refresh]");
}

QList<QCommandLineOption> ChartedSelectionCommand::options() const
{
    return QList<QCommandLineOption>{
               QCommandLineOption(
                   kTarget,
                   QCoreApplication::translate("ChartedSelectionCommand",
                                               "A site, or a meter of a site (repeat for several)."),
                   QStringLiteral("SITE[/METER]")),
               QCommandLineOption(kGranularity,
                                  QCoreApplication::translate("ChartedSelectionCommand",
                                                              "15min, hour, day, week, month or year."),
                                  QStringLiteral("GRANULARITY")),
               QCommandLineOption(
                   kCompare,
                   QCoreApplication::translate("ChartedSelectionCommand",
                                               "Also the previous period or the same period last year."),
                   QStringLiteral("previous|last-year")),
               QCommandLineOption(kZone, m_texts.zone, QStringLiteral("ZONE")),
               QCommandLineOption(kViewFrom, m_texts.viewFrom, QStringLiteral("DATETIME")),
               QCommandLineOption(kViewTo, m_texts.viewTo, QStringLiteral("DATETIME")),
               QCommandLineOption(
                   kNow,
                   QCoreApplication::translate("ChartedSelectionCommand",
                                               "Count coverage up to this time instead of the clock's "
                                               "(time after it is to come, not missing)."),
                   QStringLiteral("DATETIME")),
           } +
           ownOptions() + PeriodOptions::options();
}

QString ChartedSelectionCommand::parse(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return QCoreApplication::translate(
                   "ChartedSelectionCommand",
                   "unexpected argument \"%1\" — %2 takes options only (see %2 --help)")
            .arg(arguments.first(), name());
    m_requested.clear();
    for (const QString &value : parser.values(kTarget)) {
        RequestedTarget target;
        if (!ChartExportCommand::parseTargetArgument(value, &target.siteId, &target.meterId))
            return QCoreApplication::translate("ChartedSelectionCommand",
                                               "cannot read --target \"%1\" — use SITE or SITE/METER")
                .arg(value);
        m_requested.append(target);
    }
    if (m_requested.isEmpty())
        return QCoreApplication::translate("ChartedSelectionCommand",
                                           "%1 needs at least one --target SITE[/METER]")
            .arg(name());
    if (QString error = m_period.parse(parser, name()); !error.isEmpty())
        return error;
    m_viewFromText = parser.value(kViewFrom);
    m_viewToText = parser.value(kViewTo);
    if (m_viewFromText.isEmpty() != m_viewToText.isEmpty())
        return QCoreApplication::translate("ChartedSelectionCommand",
                                           "--view-from and --view-to go together");
    m_nowText = parser.value(kNow);
    for (const QString &text : {m_viewFromText, m_viewToText, m_nowText}) {
        if (!text.isEmpty() && !parseDateTimeArgument(text, QTimeZone::utc()).isValid())
            return PeriodOptions::badDate(text);
    }
    m_granularity.reset();
    if (parser.isSet(kGranularity)) {
        Granularity granularity = Granularity::Day;
        if (!granularityFromKey(parser.value(kGranularity), &granularity))
            return QCoreApplication::translate(
                       "ChartedSelectionCommand",
                       "unknown --granularity \"%1\" — use 15min, hour, day, week, month or year")
                .arg(parser.value(kGranularity));
        m_granularity = granularity;
    }
    m_comparison = PeriodComparison::Mode::None;
    if (parser.isSet(kCompare) && !PeriodComparison::modeFromKey(parser.value(kCompare), &m_comparison))
        return QCoreApplication::translate("ChartedSelectionCommand",
                                           "unknown --compare \"%1\" — use previous or last-year")
            .arg(parser.value(kCompare));
    m_zoneText = parser.value(kZone).trimmed();
    if (!m_zoneText.isEmpty() && m_zoneText.compare(QLatin1String("UTC"), Qt::CaseInsensitive) != 0 &&
        !QTimeZone(m_zoneText.toUtf8()).isValid())
        return QCoreApplication::translate(
                   "ChartedSelectionCommand",
                   "unknown --zone \"%1\" — use an IANA zone such as Europe/Paris, or UTC")
            .arg(m_zoneText);
    m_cacheMode = m_period.cacheMode();
    return parseOwnOptions(parser);
}

bool ChartedSelectionCommand::prepare(CliContext & /*context*/)
{
    return true;
}

void ChartedSelectionCommand::run(CliContext &context)
{
    if (!prepare(context))
        return;
    m_targets.clear();
    m_failure = ApiError();
    resolveTarget(context, 0);
}

void ChartedSelectionCommand::resolveTarget(CliContext &context, int index)
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

void ChartedSelectionCommand::chart(CliContext &context)
{
    // Dates without an offset are read in the first target's zone, as `series` reads them.
    const QTimeZone firstZone = ZonedCalendar::forZoneId(m_targets.front().site.timeZoneId.toUtf8()).zone();
    const qint64 from = parseDateTimeArgument(m_period.fromText(), firstZone).toMSecsSinceEpoch();
    const qint64 to = parseDateTimeArgument(m_period.toText(), firstZone).toMSecsSinceEpoch();
    if (to <= from)
        return context.fail(CliExitCode::Usage, QCoreApplication::translate("ChartedSelectionCommand",
                                                                            "--to must be after --from"));
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
                     [this, &context] { charted(context); });
    m_controller->load(m_targets, range, m_granularity.value_or(range.automaticGranularity()), m_comparison);
}

void ChartedSelectionCommand::charted(CliContext &context)
{
    if (m_failure.isError())
        return context.fail(m_failure);
    if (!m_viewFromText.isEmpty()) {
        const QTimeZone zone = m_document->axisZone();
        m_document->setView(parseDateTimeArgument(m_viewFromText, zone).toMSecsSinceEpoch(),
                            parseDateTimeArgument(m_viewToText, zone).toMSecsSinceEpoch());
    }
    writeChart(context, *m_document);
}

} // namespace meterscope
