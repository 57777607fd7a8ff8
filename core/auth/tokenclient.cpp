// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/tokenclient.h"

#include "api/requestfunnel.h"
#include "auth/logredactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

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
        message = QCoreApplication::translate(
            "TokenClient", "This application is not authorised by the sign-in server (client credentials); "
                           "check the client secret in the settings.");
    else if (refreshing)
        message = defaultMessageFor(ApiError::Kind::SignInRequired);
    else
        message = QStringLiteral("Sign-in failed, please try again.");
    return ApiError::make(ApiError::Kind::Unauthorized, message, detail, status);
}

} // namespace

TokenClient::TokenClient(const ApiProfile &profile, RequestFunnel *funnel, QObject *parent)
    : QObject(parent), m_profile(profile), m_funnel(funnel ? funnel : new RequestFunnel(profile, this))
{
}

TokenClient::~TokenClient() = default;

void TokenClient::setClientSecret(const QString &secret)
{
    m_clientSecret = secret;
    LogRedactor::registerSecret(secret);
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
    RequestSpec spec;
    spec.method = RequestSpec::Method::Post;
    spec.url = m_profile.tokenUrl();
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    spec.carriesBearerToken = false;
    spec.keepErrorBody = true;
    // A client without a secret (public client) identifies itself in the body instead of HTTP Basic.
    if (m_clientSecret.isEmpty()) {
        fields.append({QByteArrayLiteral("client_id"), m_profile.clientId()});
    } else {
        const QByteArray credentials = formEncode(m_profile.clientId()) + ':' + formEncode(m_clientSecret);
        spec.authorization = QByteArrayLiteral("Basic ") + credentials.toBase64();
    }
    spec.body = formBody(fields);
    // The request is a child of `context`: destroying it cancels the request and its callback.
    m_funnel->send(spec, context ? context : this,
                   [this, self = QPointer<TokenClient>(this), grant,
                    done = std::move(done)](const QByteArray &body, const ApiError &error) {
                       if (!self)
                           return; // the account this request was for is gone
                       if (error) {
                           const ApiError mapped = tokenError(grant, body, error);
                           qCInfo(lcToken)
                               << "token request failed:" << kindName(mapped.kind) << mapped.details();
                           done(TokenResponse(), mapped);
                           return;
                       }
                       TokenResponse tokens;
                       ApiError parseError;
                       if (!TokenResponse::parse(body, &tokens, &parseError)) {
                           parseError.detail = QStringLiteral("POST %1: ").arg(m_profile.tokenUrl().path()) +
                                               parseError.detail;
                           qCInfo(lcToken) << "token response unreadable:" << parseError.details();
                           done(TokenResponse(), parseError);
                           return;
                       }
                       LogRedactor::registerSecret(tokens.accessToken);
                       LogRedactor::registerSecret(tokens.refreshToken);
                       done(tokens, ApiError());
                   });
}

ApiError TokenClient::tokenError(Grant grant, const QByteArray &body, const ApiError &error) const
{
    using Kind = ApiError::Kind;
    const int status = error.httpStatus;
    if (status == 400 || status == 401) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString code = object.value(u"error").toString();
        if (!code.isEmpty())
            return oauthError(status, code, object.value(u"error_description").toString(),
                              grant == Grant::Refresh);
    }
    ApiError mapped = error;
    switch (error.kind) {
    case Kind::Timeout:
        mapped.message = QCoreApplication::translate("TokenClient",
                                                     "The sign-in server did not answer in time; try again.");
        break;
    case Kind::Offline:
        mapped.message = QCoreApplication::translate(
            "TokenClient", "The sign-in server cannot be reached — check your network connection.");
        break;
    case Kind::Tls:
        mapped.message = QCoreApplication::translate(
            "TokenClient", "The sign-in server's certificate was not accepted, so nothing was sent to "
                           "it; check the system date and any proxy that inspects secure connections.");
        break;
    case Kind::RateLimited:
        mapped.message = QCoreApplication::translate(
            "TokenClient", "The sign-in service is busy; try again in a few minutes.");
        break;
    case Kind::ServerError:
        mapped.message =
            status == 503
                ? QCoreApplication::translate("TokenClient",
                                              "The sign-in service is busy; try again in a few minutes.")
                : QCoreApplication::translate("TokenClient", "Unexpected response from the sign-in server.");
        break;
    case Kind::UnexpectedRedirect:
        break;
    default:
        mapped.kind = status >= 500 ? Kind::ServerError : Kind::BadData;
        mapped.message =
            QCoreApplication::translate("TokenClient", "Unexpected response from the sign-in server.");
        break;
    }
    return mapped;
}

} // namespace meterscope
