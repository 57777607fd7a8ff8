// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/oauthendpoints.h"

#include "emulator/authregistry.h"
#include "emulator/jsonwriter.h"
#include "emulator/responsewriter.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <utility>

namespace meterscope::emulator {

namespace {

QString param(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

// application/x-www-form-urlencoded: '+' is a space.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

OAuthEndpoints::OAuthEndpoints(AuthRegistry *registry, const ApiProfile &profile,
                               RegisteredRedirects redirects)
    : m_registry(registry), m_redirects(std::move(redirects)), m_authorizePath(profile.authorizeUrl().path()),
      m_tokenPath(profile.tokenUrl().path())
{
}

QString OAuthEndpoints::grantType(const EmulatorRequest &request) const
{
    if (request.method != "POST" || request.path != m_tokenPath)
        return QString();
    return param(formBody(request.body), "grant_type").left(64);
}

bool OAuthEndpoints::matches(const QString &path) const
{
    return path == m_authorizePath || path == m_tokenPath;
}

HttpReply OAuthEndpoints::handle(const EmulatorRequest &request, const ResponseVariants &variants) const
{
    if (request.path == m_tokenPath)
        return token(request, variants);
    return authorize(request);
}

HttpReply OAuthEndpoints::htmlError(const QByteArray &message)
{
    return HttpReply::html(
        400, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorization "
             "error</title></head><body><h1>Authorization error</h1><p>" +
                 message + "</p></body></html>");
}

HttpReply OAuthEndpoints::redirectTo(QUrl target, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(target);
    for (const auto &[name, value] : items) {
        if (!value.isEmpty())
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    target.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    HttpReply reply;
    reply.status = 302;
    reply.contentType.clear();
    reply.addHeader("Location", target.toEncoded());
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply OAuthEndpoints::consentPage(const QUrlQuery &parameters) const
{
    QByteArray hidden;
    for (const char *name : {"client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge",
                             "code_challenge_method"}) {
        if (parameters.hasQueryItem(QLatin1String(name))) {
            hidden += "<input type=\"hidden\" name=\"" + QByteArray(name) + "\" value=\"" +
                      escaped(param(parameters, name)) + "\">\n";
        }
    }
    const QByteArray client = escaped(param(parameters, "client_id"));
    const QByteArray scope = escaped(param(parameters, "scope"));
    HttpReply reply = HttpReply::html(
        200, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorize access - "
             "EcoStruxure "
             "(emulator)</title></head>\n<body><main>\n<h1>Authorize access to your energy data</h1>\n<p>The "
             "application <strong>" +
                 client +
                 "</strong> asks to read your sites, meters and measurements.</p>\n<p>Scopes: <code>" +
                 scope + "</code></p>\n<form method=\"post\" action=\"" + escaped(m_authorizePath) + "\">\n" +
                 hidden +
                 "<button type=\"submit\" name=\"decision\" value=\"allow\">Authorize access</button>\n"
                 "<button type=\"submit\" name=\"decision\" value=\"deny\">Do not authorize</button>\n"
                 "</form>\n</main></body></html>\n");
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply OAuthEndpoints::authorize(const EmulatorRequest &request) const
{
    const bool decision = request.method == "POST";
    if (!decision && request.method != "GET")
        return htmlError("The authorization endpoint takes GET (the consent page) or POST (the decision).");
    const QUrlQuery parameters = decision ? formBody(request.body) : request.query;
    const QString clientId = param(parameters, "client_id");
    if (clientId.isEmpty() || !m_registry->hasClient(clientId))
        return htmlError("Unknown client.");
    if (!m_redirects.accepts(param(parameters, "redirect_uri")))
        return htmlError("The redirect URI is not registered for this client.");
    const QUrl redirectUri(param(parameters, "redirect_uri"), QUrl::StrictMode);
    const QString state = param(parameters, "state");
    auto redirectError = [&](const char *error, const QString &description) {
        return redirectTo(redirectUri, {{QStringLiteral("error"), QLatin1String(error)},
                                        {QStringLiteral("error_description"), description},
                                        {QStringLiteral("state"), state}});
    };
    if (param(parameters, "response_type") != u"code")
        return redirectError("unsupported_response_type", QStringLiteral("response_type must be code"));
    const QString challenge = param(parameters, "code_challenge");
    const QString method = param(parameters, "code_challenge_method");
    if (challenge.isEmpty() && m_registry->requirePkce())
        return redirectError("invalid_request", QStringLiteral("code_challenge is required"));
    if (!challenge.isEmpty() && !method.isEmpty() && method != u"S256" && method != u"plain")
        return redirectError("invalid_request", QStringLiteral("code_challenge_method must be S256"));
    if (!decision)
        return consentPage(parameters);
    if (param(parameters, "decision") != u"allow")
        return redirectError("access_denied", QStringLiteral("The user did not authorize access"));
    AuthRegistry::CodeGrant grant;
    grant.clientId = clientId;
    grant.redirectUri = param(parameters, "redirect_uri");
    grant.scope = param(parameters, "scope");
    grant.codeChallenge = challenge;
    grant.codeChallengeMethod = method.isEmpty() ? QStringLiteral("plain") : method;
    const QString code = m_registry->issueCode(grant);
    return redirectTo(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

HttpReply OAuthEndpoints::tokenError(int status, const char *error, const QByteArray &description)
{
    HttpReply reply = HttpReply::json(status, ResponseWriter::oauthErrorBody(error, description));
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply OAuthEndpoints::token(const EmulatorRequest &request, const ResponseVariants &variants) const
{
    if (request.method != "POST")
        return tokenError(400, "invalid_request", "The token endpoint takes POST");
    const QUrlQuery form = formBody(request.body);
    QString clientId = param(form, "client_id");
    QString clientSecret = param(form, "client_secret");
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 6 && qstrnicmp(authorization.constData(), "Basic ", 6) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    if (clientId.isEmpty() || !m_registry->clientSecretMatches(clientId, clientSecret))
        return tokenError(401, "invalid_client", "Client authentication failed");

    const QString grantType = param(form, "grant_type");
    std::optional<AuthRegistry::Tokens> tokens;
    if (grantType.isEmpty()) {
        return tokenError(400, "invalid_request", "grant_type is missing");
    } else if (grantType == u"authorization_code") {
        const QString code = param(form, "code");
        if (code.isEmpty())
            return tokenError(400, "invalid_request", "code is missing");
        const auto grant = m_registry->takeCode(code);
        if (!grant || grant->clientId != clientId)
            return tokenError(400, "invalid_grant",
                              "The authorization code is invalid, expired or already used");
        if (form.hasQueryItem(QStringLiteral("redirect_uri")) &&
            param(form, "redirect_uri") != grant->redirectUri)
            return tokenError(400, "invalid_grant", "redirect_uri does not match the authorization request");
        if (grant->codeChallenge.isEmpty() && m_registry->requirePkce())
            return tokenError(400, "invalid_grant", "PKCE is required");
        if (!grant->codeChallenge.isEmpty()) {
            const QByteArray verifier = param(form, "code_verifier").toLatin1();
            const QByteArray computed =
                grant->codeChallengeMethod == u"S256"
                    ? QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                    : verifier;
            if (verifier.isEmpty() || computed != grant->codeChallenge.toLatin1())
                return tokenError(400, "invalid_grant",
                                  "The code verifier does not match the code challenge");
        }
        tokens = m_registry->issueTokens(clientId, grant->scope);
    } else if (grantType == u"refresh_token") {
        const QString refreshToken = param(form, "refresh_token");
        if (refreshToken.isEmpty())
            return tokenError(400, "invalid_request", "refresh_token is missing");
        tokens = m_registry->refresh(clientId, refreshToken);
        if (!tokens)
            return tokenError(400, "invalid_grant", "The refresh token is invalid, expired or revoked");
    } else {
        return tokenError(400, "unsupported_grant_type", "This grant type is not supported");
    }

    const int lifetime = m_registry->accessTokenLifetimeSeconds();
    JsonWriter out;
    out.beginObject();
    out.key("access_token");
    out.string(tokens->accessToken);
    out.key("token_type");
    out.string(variants.tokenTypeBearerToken ? "BearerToken" : "Bearer");
    if (!variants.expiresInMissing) {
        out.key("expires_in");
        if (variants.expiresInAsString)
            out.string(QByteArray::number(lifetime));
        else
            out.integer(lifetime);
    }
    out.key("refresh_token");
    out.string(tokens->refreshToken);
    out.key("scope");
    out.string(tokens->scope);
    if (variants.tokenExtras) {
        const QDateTime issued = QDateTime::currentDateTimeUtc();
        out.key("issued_at");
        out.string(QByteArray::number(issued.toMSecsSinceEpoch()));
        out.key("refresh_token_expires_in");
        out.string("0");
        out.key("status");
        out.string("approved");
        out.key("expiry_date");
        out.string(issued.addSecs(lifetime).toString(Qt::ISODate));
        out.key("user_attribute");
        out.string("");
    }
    out.endObject();
    HttpReply reply = HttpReply::json(200, out.take());
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Pragma", "no-cache");
    return reply;
}

} // namespace meterscope::emulator
