// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/tokenclient.h"

#include "auth/logredactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace meterscope {

namespace {

Q_LOGGING_CATEGORY(lcToken, "meterscope.auth.token")

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray formBody(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + formEncode(value);
    }
    return body;
}

ApiError oauthError(int status, const QString &code, const QString &description, bool refreshing)
{
    QString detail = QStringLiteral("HTTP %1, %2").arg(status).arg(code.left(60));
    if (!description.isEmpty())
        detail += QStringLiteral(": ") + description.left(200);
    QString message;
    if (code == u"invalid_client" || code == u"unauthorized_client")
        message = QStringLiteral("This application is not authorised by the sign-in server (client credentials); "
                                 "check the client secret in the settings.");
    else if (refreshing)
        message = defaultMessageFor(ApiError::Kind::SignInRequired);
    else
        message = QStringLiteral("Sign-in failed, please try again.");
    return ApiError::make(ApiError::Kind::Unauthorized, message, detail, status);
}

} // namespace

struct TokenClient::Attempt
{
    Grant grant = Grant::Refresh;
    QByteArray body;
    QPointer<QObject> context;
    bool hadContext = false;
    TokenResultCallback done;
    int attempt = 0;
};

TokenClient::TokenClient(const ApiProfile &profile, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network ? network : new QNetworkAccessManager(this))
{
}

TokenClient::~TokenClient() = default;

void TokenClient::setClientSecret(const QString &secret)
{
    m_clientSecret = secret;
    LogRedactor::registerSecret(secret);
}

void TokenClient::setRetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_baseDelayMs = baseDelayMs;
    m_maxDelayMs = maxDelayMs;
}

void TokenClient::exchangeCode(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier,
                               QObject *context, TokenResultCallback done)
{
    LogRedactor::registerSecret(code);
    LogRedactor::registerSecret(codeVerifier);
    QList<std::pair<QByteArray, QString>> fields = {
        {QByteArrayLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QByteArrayLiteral("code"), code},
        // Byte-identical to the redirect_uri of the authorize request.
        {QByteArrayLiteral("redirect_uri"), QString::fromUtf8(redirectUri.toEncoded())},
    };
    if (!codeVerifier.isEmpty())
        fields.append({QByteArrayLiteral("code_verifier"), QString::fromLatin1(codeVerifier)});
    start(Grant::AuthorizationCode, std::move(fields), context, std::move(done));
}

void TokenClient::refresh(const QString &refreshToken, QObject *context, TokenResultCallback done)
{
    LogRedactor::registerSecret(refreshToken);
    QList<std::pair<QByteArray, QString>> fields = {
        {QByteArrayLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QByteArrayLiteral("refresh_token"), refreshToken},
    };
    start(Grant::Refresh, std::move(fields), context, std::move(done));
}

void TokenClient::start(Grant grant, QList<std::pair<QByteArray, QString>> fields, QObject *context,
                        TokenResultCallback done)
{
    // A client without a secret (public client) identifies itself in the body instead of HTTP Basic.
    if (m_clientSecret.isEmpty())
        fields.append({QByteArrayLiteral("client_id"), m_profile.clientId()});
    auto attempt = std::make_shared<Attempt>();
    attempt->grant = grant;
    attempt->body = formBody(fields);
    attempt->context = context;
    attempt->hadContext = context != nullptr;
    attempt->done = std::move(done);
    post(attempt);
}

void TokenClient::post(const std::shared_ptr<Attempt> &attempt)
{
    ++attempt->attempt;
    QNetworkRequest request(m_profile.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_totalDeadlineMs);
    if (!m_clientSecret.isEmpty()) {
        const QByteArray credentials = formEncode(m_profile.clientId()) + ':' + formEncode(m_clientSecret);
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials.toBase64());
    }
    QNetworkReply *reply = m_network->post(request, attempt->body);
    reply->setParent(this);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut]() {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_totalDeadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply, timedOut]() {
        reply->deleteLater();
        onFinished(attempt, reply, *timedOut);
    });
}

void TokenClient::onFinished(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply, bool timedOut)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString path = m_profile.tokenUrl().path();
    qCDebug(lcToken) << "POST" << path << "status" << status << "attempt" << attempt->attempt;
    const bool refreshing = attempt->grant == Grant::Refresh;

    if (timedOut || reply->error() == QNetworkReply::TimeoutError) {
        complete(attempt, {}, ApiError::make(ApiError::Kind::Timeout,
                                             QStringLiteral("The sign-in server did not answer in time; try again."),
                                             QStringLiteral("POST %1").arg(path)));
        return;
    }
    if (status == 0) {
        complete(attempt, {}, ApiError::make(ApiError::Kind::Offline,
                                             QStringLiteral("The sign-in server cannot be reached — check your network connection."),
                                             QStringLiteral("POST %1: %2").arg(path, reply->errorString())));
        return;
    }
    if (status == 429 || status == 503) {
        if (attempt->attempt < m_maxAttempts) {
            int delayMs = m_baseDelayMs * (1 << (attempt->attempt - 1));
            bool ok = false;
            const int retryAfter = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Retry-After"))).toInt(&ok);
            if (ok && retryAfter >= 0)
                delayMs = retryAfter * 1000;
            delayMs = std::min(delayMs, m_maxDelayMs);
            QTimer::singleShot(delayMs, this, [this, attempt]() { post(attempt); });
            return;
        }
        complete(attempt, {}, ApiError::make(status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::ServerError,
                                             QStringLiteral("The sign-in service is busy; try again in a few minutes."),
                                             QStringLiteral("POST %1: HTTP %2").arg(path).arg(status), status));
        return;
    }
    if (status >= 300 && status < 400) {
        complete(attempt, {}, ApiError::make(ApiError::Kind::UnexpectedRedirect, QString(),
                                             QStringLiteral("POST %1: HTTP %2").arg(path).arg(status), status));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 400 || status == 401) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString code = object.value(u"error").toString();
        if (!code.isEmpty()) {
            complete(attempt, {}, oauthError(status, code, object.value(u"error_description").toString(), refreshing));
            return;
        }
    }
    if (status != 200) {
        complete(attempt, {}, ApiError::make(status >= 500 ? ApiError::Kind::ServerError : ApiError::Kind::BadData,
                                             QStringLiteral("Unexpected response from the sign-in server."),
                                             QStringLiteral("POST %1: HTTP %2").arg(path).arg(status), status));
        return;
    }
    TokenResponse tokens;
    ApiError error;
    if (!TokenResponse::parse(body, &tokens, &error)) {
        error.detail = QStringLiteral("POST %1: ").arg(path) + error.detail;
        complete(attempt, {}, error);
        return;
    }
    LogRedactor::registerSecret(tokens.accessToken);
    LogRedactor::registerSecret(tokens.refreshToken);
    complete(attempt, tokens, ApiError());
}

void TokenClient::complete(const std::shared_ptr<Attempt> &attempt, const TokenResponse &tokens, const ApiError &error)
{
    if (error)
        qCInfo(lcToken) << "token request failed:" << kindName(error.kind) << error.details();
    if (attempt->hadContext && !attempt->context)
        return;
    attempt->done(tokens, error);
}

} // namespace meterscope
