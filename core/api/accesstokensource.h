// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace meterscope {

// Called with a bearer token, or with an error when none can be had. Runs on the caller's thread.
using TokenCallback = std::function<void(const QString &accessToken, const ApiError &error)>;

// Where ApiClient gets the bearer token it attaches. A PAT (StaticTokenSource) or an OAuth
// session (auth/Session: proactive and single-flight refresh) implement it.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;
    // Calls `done` with a token that is believed valid (an OAuth session may refresh first).
    // `done` is not called if `context` is destroyed first.
    virtual void requestToken(QObject *context, TokenCallback done) = 0;
    // The API answered 401 to `rejectedToken`. Calls `done` with a renewed token to replay the request
    // once, or with an error (a PAT: "expired or revoked"; a session whose refresh failed: SignInRequired).
    virtual void renewAfterRejection(const QString &rejectedToken, QObject *context, TokenCallback done) = 0;
};

} // namespace meterscope
