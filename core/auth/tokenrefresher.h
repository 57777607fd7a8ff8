// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "auth/tokenresponse.h"

#include <QObject>

#include <functional>

namespace meterscope {

using TokenResultCallback = std::function<void(const TokenResponse &tokens, const ApiError &error)>;

// What a Session needs from the token endpoint: trading a refresh token for new tokens. TokenClient
// implements it. An OAuth error answer (invalid_grant, invalid_client, …) is reported as Kind::Unauthorized;
// network trouble, timeouts, a busy server or an unreadable answer as other kinds.
class TokenRefresher
{
public:
    virtual ~TokenRefresher() = default;
    // `done` is not called if `context` is destroyed first.
    virtual void refresh(const QString &refreshToken, QObject *context, TokenResultCallback done) = 0;
};

} // namespace meterscope
