// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace meterscope {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::optional<qint64>() : std::optional<qint64>(seconds);
    // HTTP-date (RFC 9110 IMF-fixdate). Qt 6.4's RFC 2822 parser rejects the "GMT" zone name,
    // so it is rewritten as the numeric offset it stands for.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QLatin1String(" +0000");
    QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        // The obsolete RFC 850 form, "Sunday, 30-Mar-25 08:51:00 GMT", which recipients must accept.
        const qsizetype comma = date.indexOf(u',');
        const QString rest = date.mid(comma + 1).trimmed().remove(QLatin1String(" +0000"));
        const QDateTime local = QLocale::c().toDateTime(rest, QStringLiteral("dd-MMM-yy hh:mm:ss"));
        if (comma < 0 || !local.isValid())
            return std::nullopt;
        // Two-digit years: Qt reads 19yy; RFC 9110 says a date over 50 years ahead is in the past.
        when = QDateTime(local.date().addYears(local.date().year() < 1970 ? 100 : 0), local.time(),
                         QTimeZone::utc());
    }
    return std::max<qint64>(0, nowUtc.secsTo(when));
}

int RetryPolicy::backoffMs(int retryIndex, double unitRandom) const
{
    const double ceiling = std::min<double>(
        m_policy.backoffCapMs, double(m_policy.backoffBaseMs) * std::pow(2.0, std::clamp(retryIndex, 0, 30)));
    return int(std::clamp(unitRandom, 0.0, 1.0) * ceiling);
}

RetryPolicy::Decision RetryPolicy::decide(int attemptsMade, std::optional<qint64> retryAfterSeconds,
                                          double unitRandom, const QDateTime &nowUtc) const
{
    Decision decision;
    if (retryAfterSeconds && *retryAfterSeconds > m_policy.maxRetryAfterSeconds) {
        decision.waitTooLong = true;
        decision.retryAtUtc = nowUtc.addSecs(*retryAfterSeconds);
        return decision;
    }
    if (attemptsMade >= m_policy.maxAttempts)
        return decision;
    decision.retry = true;
    decision.delayMs = backoffMs(attemptsMade - 1, unitRandom);
    if (retryAfterSeconds)
        decision.delayMs = std::max<int>(decision.delayMs, int(*retryAfterSeconds * 1000));
    return decision;
}

} // namespace meterscope
