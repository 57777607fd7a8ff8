// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "auth/tokenrefresher.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <utility>

namespace meterscope {

class RequestFunnel;

// Talks to the profile's token endpoint (RFC 6749 §4.1.3, §6): the code exchange with the PKCE verifier
// and the refresh. The client authenticates with HTTP Basic (id and secret form-encoded first, §2.3.1)
// when it has a secret, else sends client_id in the body. Its POSTs go through the RequestFunnel like
// every API request (no redirects, inactivity timeout and total deadline, the retry budget; 429/503
// retried with jittered backoff and Retry-After, never a request the server may have acted on). Errors
// become one user sentence; the token response body is never logged or quoted.
class TokenClient final : public QObject, public TokenRefresher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)
public:
    // `funnel`: shared with ApiClient (ApiClient::funnel()), not owned; nullptr = its own.
    explicit TokenClient(const ApiProfile &profile, RequestFunnel *funnel = nullptr,
                         QObject *parent = nullptr);
    ~TokenClient() override;

    // From the SecretStore (entered once in settings), or the demo profile's demoClientSecret().
    void setClientSecret(const QString &secret);
    // The funnel its requests go through (timeouts and retries are its policy).
    [[nodiscard]] RequestFunnel *funnel() const { return m_funnel; }

    void exchangeCode(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier,
                      QObject *context, TokenResultCallback done);
    void refresh(const QString &refreshToken, QObject *context, TokenResultCallback done) override;

    [[nodiscard]] ApiProfile profile() const { return m_profile; }

private:
    enum class Grant
    {
        AuthorizationCode,
        Refresh
    };
    void start(Grant grant, QList<std::pair<QByteArray, QString>> fields, QObject *context,
               TokenResultCallback done);
    [[nodiscard]] ApiError tokenError(Grant grant, const QByteArray &body, const ApiError &error) const;

    ApiProfile m_profile;
    RequestFunnel *m_funnel;
    QString m_clientSecret;
};

} // namespace meterscope
