// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "auth/tokenrefresher.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace meterscope {

// Talks to the profile's token endpoint (RFC 6749 §4.1.3, §6): the code exchange with the PKCE verifier
// and the refresh. The client authenticates with HTTP Basic (id and secret form-encoded first, §2.3.1)
// when it has a secret, else sends client_id in the body. Never follows a redirect; each request has an
// inactivity timeout and a total deadline; 429/503 are retried a couple of times, then reported. Errors
// become one user sentence; the token response body is never logged or quoted.
class TokenClient final : public QObject, public TokenRefresher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)
public:
    // `network`: shared with ApiClient (ApiClient::networkManager()); nullptr = its own.
    explicit TokenClient(const ApiProfile &profile, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~TokenClient() override;

    // From the SecretStore (entered once in settings), or the demo profile's demoClientSecret().
    void setClientSecret(const QString &secret);
    void setTotalDeadlineMs(int ms) { m_totalDeadlineMs = ms; }
    // Attempts on 429/503 (1 = no retry) and the base delay between them (Retry-After wins, capped).
    void setRetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs);

    void exchangeCode(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier, QObject *context,
                      TokenResultCallback done);
    void refresh(const QString &refreshToken, QObject *context, TokenResultCallback done) override;

    [[nodiscard]] ApiProfile profile() const { return m_profile; }

private:
    enum class Grant { AuthorizationCode, Refresh };
    struct Attempt;
    void start(Grant grant, QList<std::pair<QByteArray, QString>> fields, QObject *context, TokenResultCallback done);
    void post(const std::shared_ptr<Attempt> &attempt);
    void onFinished(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply, bool timedOut);
    void complete(const std::shared_ptr<Attempt> &attempt, const TokenResponse &tokens, const ApiError &error);

    ApiProfile m_profile;
    QNetworkAccessManager *m_network;
    QString m_clientSecret;
    int m_totalDeadlineMs = 30000;
    int m_maxAttempts = 3;
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 10000;
};

} // namespace meterscope
