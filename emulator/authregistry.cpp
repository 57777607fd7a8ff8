// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/authregistry.h"

#include <QRandomGenerator>

#include <array>

namespace meterscope::emulator {

AuthRegistry::AuthRegistry()
{
    m_clock.start();
    m_demoPat = issuePat(QDateTime(), QStringList());
}

QString AuthRegistry::randomToken(const char *prefix)
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof words));
    return QLatin1String(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                      QByteArray::OmitTrailingEquals));
}

QString AuthRegistry::issuePat(const QDateTime &expiresAt, const QStringList &siteIds)
{
    QString pat = randomToken("mspat_");
    Pat entry;
    entry.expiresAt = expiresAt;
    for (const QString &id : siteIds)
        entry.siteIds.insert(id.toUtf8());
    m_pats.insert(pat, entry);
    return pat;
}

void AuthRegistry::revokePat(const QString &pat)
{
    m_pats.remove(pat);
}

AuthRegistry::BearerCheck AuthRegistry::checkBearer(const QByteArray &authorizationHeader,
                                                    const QDateTime &now) const
{
    BearerCheck check;
    check.status = 401;
    const QByteArray header = authorizationHeader.trimmed();
    if (header.size() <= 7 || qstrnicmp(header.constData(), "Bearer ", 7) != 0) {
        check.detail = "Missing access token";
        return check;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (const auto pat = m_pats.constFind(token); pat != m_pats.cend()) {
        if (pat->expiresAt.isValid() && pat->expiresAt <= now) {
            check.detail = "Access Token expired";
            return check;
        }
        check.status = 0;
        check.siteIds = pat->siteIds;
        return check;
    }
    if (const auto grant = m_accessTokens.constFind(token); grant != m_accessTokens.cend()) {
        if (grant->revoked) {
            check.detail = "Access Token revoked";
            return check;
        }
        if (grant->expiresAtMs <= m_clock.elapsed()) {
            check.detail = "Access Token expired";
            return check;
        }
        check.status = 0;
        return check;
    }
    check.detail = "Invalid access token";
    return check;
}

void AuthRegistry::registerClient(const QString &clientId, const QString &clientSecret)
{
    m_clients.insert(clientId, clientSecret);
}

bool AuthRegistry::clientSecretMatches(const QString &clientId, const QString &clientSecret) const
{
    const auto it = m_clients.constFind(clientId);
    return it != m_clients.cend() && *it == clientSecret;
}

QString AuthRegistry::issueCode(CodeGrant grant)
{
    grant.issuedAtMs = m_clock.elapsed();
    QString code = randomToken("msac_");
    m_codes.insert(code, grant);
    return code;
}

std::optional<AuthRegistry::CodeGrant> AuthRegistry::takeCode(const QString &code)
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend())
        return std::nullopt;
    // A copy: the entry is erased next (a code is used once).
    const CodeGrant grant = *it; // NOLINT(performance-unnecessary-copy-initialization)
    m_codes.erase(it);
    if (m_clock.elapsed() - grant.issuedAtMs > m_codeLifetimeMs)
        return std::nullopt;
    return grant;
}

AuthRegistry::Tokens AuthRegistry::issueTokens(const QString &clientId, const QString &scope)
{
    Tokens tokens;
    tokens.accessToken = randomToken("msat_");
    tokens.refreshToken = randomToken("msrt_");
    tokens.scope = scope;
    m_accessTokens.insert(
        tokens.accessToken,
        Grant{clientId, scope, m_clock.elapsed() + qint64(m_accessLifetimeSeconds) * 1000, false});
    m_refreshTokens.insert(tokens.refreshToken, Grant{clientId, scope, 0, false});
    return tokens;
}

std::optional<AuthRegistry::Tokens> AuthRegistry::refresh(const QString &clientId,
                                                          const QString &refreshToken)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end() || it->revoked || it->clientId != clientId)
        return std::nullopt;
    const QString scope = it->scope;
    Tokens tokens;
    tokens.scope = scope;
    tokens.accessToken = randomToken("msat_");
    m_accessTokens.insert(
        tokens.accessToken,
        Grant{clientId, scope, m_clock.elapsed() + qint64(m_accessLifetimeSeconds) * 1000, false});
    if (m_rotateRefreshTokens) {
        m_refreshTokens.erase(it);
        tokens.refreshToken = randomToken("msrt_");
        m_refreshTokens.insert(tokens.refreshToken, Grant{clientId, scope, 0, false});
    } else {
        tokens.refreshToken = refreshToken;
    }
    return tokens;
}

void AuthRegistry::revokeGrants(const QString &clientId)
{
    for (QHash<QString, Grant> *grants : {&m_accessTokens, &m_refreshTokens}) {
        for (Grant &grant : *grants) {
            if (clientId.isEmpty() || grant.clientId == clientId)
                grant.revoked = true;
        }
    }
}

} // namespace meterscope::emulator
