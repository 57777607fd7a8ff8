// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartexportcommand.h"

#include "domain/charttarget.h"
#include "export/shellquoting.h"
#include "models/chartdocument.h"
#include "timeseries/zonedcalendar.h"

namespace meterscope {

namespace {

QString encodedId(const QString &id)
{
    return QString(id).replace(u'%', QStringLiteral("%25")).replace(u'/', QStringLiteral("%2F"));
}

QString decodedId(const QString &text)
{
    return QString(text)
        .replace(QStringLiteral("%2F"), QStringLiteral("/"), Qt::CaseInsensitive)
        .replace(QStringLiteral("%25"), QStringLiteral("%"));
}

// ISO 8601 with the zone's offset; milliseconds only when there are some (a zoomed view).
QString timeArgument(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    const QDateTime local = utc.toOffsetFromUtc(zone.offsetFromUtc(utc));
    return local.toString(utcMs % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

QStringList ChartExportCommand::arguments(const ChartDocument &document, const QUrl &baseUrl,
                                          const CsvDialect &dialect, const QString &format,
                                          std::optional<View> view)
{
    const View part = view.value_or(View{document.viewFromUtcMs(), document.viewToUtcMs()});
    QStringList arguments;
    if (!baseUrl.isEmpty())
        arguments << QStringLiteral("--base-url") << baseUrl.toString(QUrl::RemoveUserInfo);
    arguments << QStringLiteral("--format") << format << QStringLiteral("export");
    for (const ChartTarget &target : document.targets())
        arguments << QStringLiteral("--target") << targetArgument(target);
    const QTimeZone zone = document.axisZone();
    arguments << QStringLiteral("--from") << timeArgument(document.fromUtcMs(), zone)
              << QStringLiteral("--to") << timeArgument(document.toUtcMs(), zone);
    arguments << QStringLiteral("--granularity") << granularityKey(document.granularity());
    if (document.comparison() != PeriodComparison::Mode::None)
        arguments << QStringLiteral("--compare") << PeriodComparison::modeKey(document.comparison());
    arguments << QStringLiteral("--zone")
              << (zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id()));
    // While the range is in progress, "now" decides what is missing: the command keeps it.
    if (document.countedUntilUtcMs() > document.fromUtcMs() &&
        document.countedUntilUtcMs() < document.toUtcMs())
        arguments << QStringLiteral("--now") << timeArgument(document.countedUntilUtcMs(), zone);
    if (part.first > document.fromUtcMs() || part.second < document.toUtcMs()) {
        arguments << QStringLiteral("--view-from") << timeArgument(part.first, zone)
                  << QStringLiteral("--view-to") << timeArgument(part.second, zone);
    }
    if (dialect.isSpreadsheet() && format == QLatin1String("csv"))
        arguments << QStringLiteral("--dialect") << dialect.key();
    return arguments;
}

QString ChartExportCommand::commandLine(const ChartDocument &document, const QUrl &baseUrl,
                                        const CsvDialect &dialect, const QString &format,
                                        std::optional<View> view)
{
    return QStringLiteral("meterscope-cli ") +
           shellQuoted(arguments(document, baseUrl, dialect, format, view));
}

QString ChartExportCommand::targetArgument(const ChartTarget &target)
{
    const QString site = encodedId(target.site.id);
    return target.isSite() ? site : site + u'/' + encodedId(target.meter.id);
}

bool ChartExportCommand::parseTargetArgument(const QString &text, QString *siteId, QString *meterId)
{
    const QStringList parts = text.trimmed().split(u'/');
    if (parts.size() > 2 || parts.front().isEmpty() || (parts.size() == 2 && parts.back().isEmpty()))
        return false;
    *siteId = decodedId(parts.front());
    *meterId = parts.size() == 2 ? decodedId(parts.back()) : QString();
    return true;
}

} // namespace meterscope
