// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authorizationflow.h"

#include "auth/logredactor.h"
#include "auth/loopbackreceiver.h"
#include "auth/tokenclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace meterscope {

namespace {
Q_LOGGING_CATEGORY(lcFlow, "meterscope.auth.flow")
}

AuthorizationFlow::AuthorizationFlow(const ApiProfile &profile, TokenClient *tokenClient, QObject *parent)
    : QObject(parent), m_profile(profile), m_tokenClient(tokenClient)
{
}

AuthorizationFlow::~AuthorizationFlow() = default;

QUrl AuthorizationFlow::buildAuthorizeUrl(const ApiProfile &profile, const QUrl &redirectUri,
                                          const QByteArray &state, const QByteArray &codeChallenge)
{
    QUrl url = profile.authorizeUrl();
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    auto add = [&query](const char *key, const QString &value) {
        // Every value percent-encoded once, so '+', '&', '=' and spaces survive any server's parser.
        if (!query.isEmpty())
            query += '&';
        query += QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
    };
    add("response_type", QStringLiteral("code"));
    add("client_id", profile.clientId());
    add("redirect_uri", QString::fromUtf8(redirectUri.toEncoded()));
    if (!profile.scopes().isEmpty())
        add("scope", profile.scopes().join(u' '));
    add("state", QString::fromLatin1(state));
    if (!codeChallenge.isEmpty()) {
        add("code_challenge", QString::fromLatin1(codeChallenge));
        add("code_challenge_method", QString::fromLatin1(Pkce::method()));
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QUrl AuthorizationFlow::redirectUri() const
{
    return m_receiver ? m_receiver->redirectUri() : QUrl();
}

bool AuthorizationFlow::start()
{
    if (m_running)
        return true;
    delete m_receiver;
    m_receiver = new LoopbackReceiver(this);
    m_receiver->setOverallTimeoutMs(m_timeoutMs);
    m_receiver->setIdleTimeoutMs(m_idleTimeoutMs);
    const QByteArray state = Pkce::generateState();
    m_receiver->setExpectedState(state);
    m_receiver->setPath(m_profile.redirectPath());
    m_receiver->setPort(m_profile.redirectPort());
    m_receiver->setExpectedIssuer(m_profile.issuer());
    ApiError error;
    m_running = true;
    if (!m_receiver->listen(&error)) {
        finish({}, error);
        return false;
    }
    m_pkce = Pkce::generate();
    LogRedactor::registerSecret(m_pkce.verifier());
    connect(m_receiver, &LoopbackReceiver::codeReceived, this, &AuthorizationFlow::onCode);
    connect(m_receiver, &LoopbackReceiver::failed, this,
            [this](const ApiError &failure) { finish({}, failure); });
    m_authorizeUrl = buildAuthorizeUrl(m_profile, m_receiver->redirectUri(), state,
                                       m_profile.usePkce() ? m_pkce.challenge() : QByteArray());
    QString reason;
    if (m_launcher.open(m_authorizeUrl, &reason)) {
        qCInfo(lcFlow) << "browser opened for sign-in";
        Q_EMIT browserOpened();
    } else {
        qCInfo(lcFlow) << "no browser could be opened; offering the URL to copy";
        Q_EMIT openUrlManually(m_authorizeUrl, reason);
    }
    return true;
}

void AuthorizationFlow::cancel()
{
    if (!m_running)
        return;
    if (m_receiver && m_receiver->isListening()) {
        m_receiver->cancel(); // reports through failed()
        return;
    }
    finish({}, ApiError::make(ApiError::Kind::Cancelled,
                              QCoreApplication::translate("AuthorizationFlow", "Sign-in was cancelled.")));
}

void AuthorizationFlow::onCode(const QString &code)
{
    Q_EMIT exchanging();
    const QByteArray verifier = m_profile.usePkce() ? m_pkce.verifier() : QByteArray();
    m_tokenClient->exchangeCode(
        code, m_receiver->redirectUri(), verifier, this,
        [this](const TokenResponse &tokens, const ApiError &error) { finish(tokens, error); });
}

void AuthorizationFlow::finish(const TokenResponse &tokens, const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_pkce = Pkce();
    if (m_receiver)
        m_receiver->completeCallback(error);
    if (error)
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded(tokens);
}

} // namespace meterscope
