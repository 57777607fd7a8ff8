// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/accesstokensource.h"

namespace meterscope::testing {

// A token source for tests: hands out `token`, and on a rejection `renewedToken` (or an error when
// that is empty), counting both.
class CountingTokenSource final : public AccessTokenSource
{
public:
    CountingTokenSource(const QString &token, const QString &renewedToken)
        : m_token(token), m_renewedToken(renewedToken)
    {
    }

    void requestToken(QObject *context, TokenCallback done) override
    {
        Q_UNUSED(context)
        ++tokenRequests;
        done(m_token, ApiError());
    }

    void renewAfterRejection(const QString &rejectedToken, QObject *context, TokenCallback done) override
    {
        Q_UNUSED(context)
        ++renewals;
        lastRejected = rejectedToken;
        if (m_renewedToken.isEmpty()) {
            done(QString(), ApiError::make(ApiError::Kind::SignInRequired, QString()));
            return;
        }
        m_token = m_renewedToken;
        done(m_token, ApiError());
    }

    int tokenRequests = 0;
    int renewals = 0;
    QString lastRejected;

private:
    QString m_token;
    QString m_renewedToken;
};

} // namespace meterscope::testing
