// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/tokenresponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace meterscope {

namespace {

int lifetimeFrom(const QJsonValue &value)
{
    double seconds = -1;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            seconds = -1;
    }
    if (!std::isfinite(seconds) || seconds <= 0)
        return TokenResponse::kDefaultLifetimeSeconds;
    return static_cast<int>(std::clamp(seconds, double(TokenResponse::kMinLifetimeSeconds),
                                       double(TokenResponse::kMaxLifetimeSeconds)));
}

ApiError unexpected(const QString &detail)
{
    return ApiError::make(
        ApiError::Kind::BadData,
        QCoreApplication::translate("TokenResponse", "Unexpected response from the sign-in server."), detail,
        200);
}

} // namespace

bool TokenResponse::parse(const QByteArray &body, TokenResponse *response, ApiError *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = unexpected(QCoreApplication::translate("TokenResponse",
                                                        "The token response is not a JSON object (%1 bytes).")
                                .arg(body.size()));
        return false;
    }
    const QJsonObject root = document.object();
    const QString accessToken = root.value(u"access_token").toString();
    if (accessToken.isEmpty()) {
        *error = unexpected(
            QCoreApplication::translate("TokenResponse", "The token response has no access_token."));
        return false;
    }
    const QJsonValue type = root.value(u"token_type");
    if (!type.isUndefined()) {
        const QString name = type.toString();
        if (name.compare(u"Bearer", Qt::CaseInsensitive) != 0 &&
            name.compare(u"BearerToken", Qt::CaseInsensitive) != 0) {
            *error = unexpected(QCoreApplication::translate("TokenResponse", "Unsupported token type \"%1\".")
                                    .arg(name.left(40)));
            return false;
        }
    }
    response->accessToken = accessToken;
    response->refreshToken = root.value(u"refresh_token").toString();
    response->scope = root.value(u"scope").toString();
    response->expiresInSeconds = lifetimeFrom(root.value(u"expires_in"));
    return true;
}

} // namespace meterscope
