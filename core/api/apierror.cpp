// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include <QCoreApplication>

namespace meterscope {

ApiError ApiError::make(Kind kind, const QString &message, const QString &detail, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message.isEmpty() ? defaultMessageFor(kind) : message;
    error.detail = detail;
    error.httpStatus = httpStatus;
    return error;
}

QString ApiError::sentence() const
{
    return message.isEmpty() ? defaultMessageFor(kind) : message;
}

bool ApiError::isTransient() const
{
    return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::ServerError ||
           kind == Kind::RateLimited || kind == Kind::BadData;
}

QString defaultMessageFor(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Offline:
        return QCoreApplication::translate("ApiError",
                                           "The server cannot be reached — check your network connection.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The server did not answer in time.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError",
                                           "The access token was rejected — it expired or was revoked.");
    case Kind::SignInRequired:
        return QCoreApplication::translate(
            "ApiError", "Your access token expired and could not be renewed — sign in again.");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "Your account has no access to this item.");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "Not found — it may have been removed.");
    case Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "The server rejected the request.");
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiError",
                                           "The server is busy (rate limit reached); try again shortly.");
    case Kind::ServerError:
        return QCoreApplication::translate("ApiError", "The service is unavailable; try again later.");
    case Kind::BadData:
        return QCoreApplication::translate("ApiError", "The server sent data Meterscope cannot read.");
    case Kind::UnexpectedRedirect:
        return QCoreApplication::translate(
            "ApiError", "The server answered with an unexpected redirect; it was not followed.");
    case Kind::PagingError:
        return QCoreApplication::translate(
            "ApiError", "The server's list paging is inconsistent; the list could not be loaded completely.");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "The secure connection failed (certificate problem).");
    case Kind::Keychain:
        return QCoreApplication::translate("ApiError", "The system keychain could not be used.");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("ApiError", "Something went wrong.");
}

QString kindName(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Offline:
        return QStringLiteral("Offline");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::SignInRequired:
        return QStringLiteral("SignInRequired");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::BadData:
        return QStringLiteral("BadData");
    case Kind::UnexpectedRedirect:
        return QStringLiteral("UnexpectedRedirect");
    case Kind::PagingError:
        return QStringLiteral("PagingError");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Keychain:
        return QStringLiteral("Keychain");
    case Kind::Other:
        break;
    }
    return QStringLiteral("Other");
}

} // namespace meterscope
