// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/periodoptions.h"

#include "cli/datetimeargument.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace meterscope {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kNoCache = QStringLiteral("no-cache");
const QString kRefresh = QStringLiteral("refresh");

} // namespace

QList<QCommandLineOption> PeriodOptions::options()
{
    return {
        QCommandLineOption(kFrom,
                           QCoreApplication::translate("PeriodOptions", "Start of the period (inclusive)."),
                           QStringLiteral("DATE|DATETIME")),
        QCommandLineOption(kTo,
                           QCoreApplication::translate("PeriodOptions", "End of the period (exclusive)."),
                           QStringLiteral("DATE|DATETIME")),
        QCommandLineOption(
            kNoCache, QCoreApplication::translate("PeriodOptions",
                                                  "The server's answer only; the local cache is not used.")),
        QCommandLineOption(
            kRefresh,
            QCoreApplication::translate(
                "PeriodOptions", "The server's answer for the whole period, kept in the local cache.")),
    };
}

QString PeriodOptions::parse(const QCommandLineParser &parser, const QString &command)
{
    if (parser.isSet(kNoCache) && parser.isSet(kRefresh))
        return QCoreApplication::translate("PeriodOptions", "--no-cache and --refresh cannot be combined");
    m_cacheMode = parser.isSet(kNoCache)   ? CacheMode::Bypass
                  : parser.isSet(kRefresh) ? CacheMode::Refresh
                                           : CacheMode::Normal;
    m_fromText = parser.value(kFrom);
    m_toText = parser.value(kTo);
    if (m_fromText.isEmpty() || m_toText.isEmpty())
        return QCoreApplication::translate("PeriodOptions", "%1 needs --from and --to").arg(command);
    for (const QString &text : {m_fromText, m_toText}) {
        if (!parseDateTimeArgument(text, QTimeZone::utc()).isValid())
            return badDate(text);
    }
    return QString();
}

QString PeriodOptions::badDate(const QString &text)
{
    return QCoreApplication::translate("PeriodOptions",
                                       "cannot read the date \"%1\" — use 2025-03-01, 2025-03-01T10:00 or "
                                       "2025-03-01T10:00:00Z")
        .arg(text);
}

} // namespace meterscope
