// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/statictokensource.h"

#include <QCoreApplication>

namespace meterscope {

void StaticTokenSource::requestToken(QObject *context, TokenCallback done)
{
    Q_UNUSED(context)
    if (m_token.isEmpty()) {
        done(QString(), ApiError::make(ApiError::Kind::Unauthorized,
                                       QCoreApplication::translate(
                                           "StaticTokenSource",
                                           "No access token is set — paste a personal access token.")));
        return;
    }
    done(m_token, ApiError());
}

void StaticTokenSource::renewAfterRejection(const QString &rejectedToken, QObject *context,
                                            TokenCallback done)
{
    Q_UNUSED(rejectedToken)
    Q_UNUSED(context)
    done(QString(),
         ApiError::make(
             ApiError::Kind::Unauthorized,
             QCoreApplication::translate(
                 "StaticTokenSource", "Your personal access token expired or was revoked — paste a new one."),
             QStringLiteral("HTTP 401"), 401));
}

bool StaticTokenSource::isPlausiblePat(const QString &candidate, QString *reason)
{
    const QString token = candidate.trimmed();
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (token.isEmpty())
        return fail(QCoreApplication::translate("StaticTokenSource", "The token is empty."));
    for (const QChar c : token) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(QCoreApplication::translate(
                "StaticTokenSource",
                "The token contains spaces or control characters; paste only the token."));
    }
    if (token.startsWith(u'{') || token.startsWith(u'[') || token.contains(u"://"))
        return fail(QCoreApplication::translate(
            "StaticTokenSource", "This looks like a URL or JSON, not a personal access token."));
    if (token.size() > 8192)
        return fail(QCoreApplication::translate("StaticTokenSource", "The token is too long."));
    return true;
}

} // namespace meterscope
