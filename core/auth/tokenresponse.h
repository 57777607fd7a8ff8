// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QString>

namespace meterscope {

// A successful token endpoint answer (RFC 6749 §5.1), read tolerantly.
struct TokenResponse
{
    static constexpr int kDefaultLifetimeSeconds = 3600; // when expires_in is missing, odd or negative
    static constexpr int kMaxLifetimeSeconds = 86400;    // larger values are clamped: refresh at least daily
    static constexpr int kMinLifetimeSeconds = 1;

    QString accessToken;
    QString refreshToken; // empty: the server did not issue (or rotate) one
    QString scope;
    int expiresInSeconds = kDefaultLifetimeSeconds;

    // Parses a 200 body. token_type must be Bearer (any case) or "BearerToken"; a missing token_type is
    // taken as Bearer. expires_in may be a number, a numeric string, missing, negative or huge (clamped).
    // Unknown keys are ignored. On failure returns false and sets a BadData error; the body is never
    // quoted in the error.
    static bool parse(const QByteArray &body, TokenResponse *response, ApiError *error);
};

} // namespace meterscope
