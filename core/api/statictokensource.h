// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/accesstokensource.h"

namespace meterscope {

// A Personal Access Token: always the same token, never refreshed. A 401 means it expired or was
// revoked and the user has to paste a new one.
class StaticTokenSource final : public AccessTokenSource
{
public:
    explicit StaticTokenSource(const QString &token) : m_token(token) {}

    void requestToken(QObject *context, TokenCallback done) override;
    void renewAfterRejection(const QString &rejectedToken, QObject *context, TokenCallback done) override;

    // PAT hygiene: trims it; false (with a reason) when empty, containing control characters or
    // whitespace inside, or looking like a URL or JSON.
    static bool isPlausiblePat(const QString &candidate, QString *reason);

private:
    QString m_token;
};

} // namespace meterscope
