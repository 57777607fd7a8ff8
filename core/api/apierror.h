// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace meterscope {

// A failure mapped to the few kinds a user can act on. userMessage() is one clear sentence;
// details() is what the "Details" button shows (status, request path without query, API detail).
// Neither ever contains a token, code, verifier or secret.
struct ApiError
{
    enum class Kind
    {
        None,
        Offline,            // host lookup failed, connection refused, network down
        Timeout,            // inactivity timeout or total deadline
        Cancelled,          // the user or a newer selection cancelled; never shown as an error
        Unauthorized,       // 401: token expired, revoked or unknown
        SignInRequired,     // the session ended (refresh failed); sign in again
        Forbidden,          // 403: no access to this site or meter
        NotFound,           // 404
        BadRequest,         // 400: the request was rejected (range, interval, ...)
        RateLimited,        // 429 after the retry budget
        ServerError,        // 5xx after the retry budget
        BadData,            // the body was not what the API promises (JSON, encoding, truncation)
        UnexpectedRedirect, // 3xx on a request that carries a token: never followed
        PagingError,        // a list that repeats, never ends or contradicts its count
        Tls,                // certificate or handshake failure
        Keychain,           // the OS keychain failed
        Other
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;            // one user sentence
    QString detail;             // technical detail: status, path without query, API "detail"/"title"
    int retryAfterSeconds = -1; // for RateLimited: when the server says to try again

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    [[nodiscard]] explicit operator bool() const { return isError(); }
    [[nodiscard]] QString userMessage() const { return message; }
    [[nodiscard]] QString details() const { return detail; }
    // The message, or the kind's default sentence when there is none.
    [[nodiscard]] QString sentence() const;
    // A failure that may pass when the same request is made again later (network, server, rate limit).
    [[nodiscard]] bool isTransient() const;
    // The server no longer accepts the session's credentials: only signing in again helps.
    [[nodiscard]] bool endsSession() const
    {
        return kind == Kind::Unauthorized || kind == Kind::SignInRequired;
    }

    static ApiError make(Kind kind, const QString &message, const QString &detail = QString(),
                         int httpStatus = 0);
};

// The sentence shown for a kind when nothing more specific is known.
QString defaultMessageFor(ApiError::Kind kind);
// "Unauthorized", "Forbidden", ...: stable names for logs and the CLI.
QString kindName(ApiError::Kind kind);

} // namespace meterscope

Q_DECLARE_METATYPE(meterscope::ApiError)
