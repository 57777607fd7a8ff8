// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace meterscope::emulator {

// Who may call the emulator: Personal Access Tokens, registered OAuth clients, authorization codes,
// access and refresh tokens. Every credential is a random opaque string. PAT expiry is compared
// with the emulator's clock (so a pinned --now decides it); authorization codes and access tokens
// expire in elapsed real time (60 s, and the access-token lifetime).
class AuthRegistry
{
public:
    // The result of checking a bearer credential: 0 = accepted, else the HTTP status (401).
    struct BearerCheck
    {
        int status = 0;
        QByteArray detail;
        QSet<QByteArray> siteIds; // accepted: the sites it may read (empty = all)
    };
    // What an authorization code stands for.
    struct CodeGrant
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString codeChallenge;
        QString codeChallengeMethod;
        qint64 issuedAtMs = 0;
    };
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        QString scope;
    };

    AuthRegistry();

    // A new random credential: the prefix and 256 random bits in base64url.
    static QString randomToken(const char *prefix);

    [[nodiscard]] QString demoPat() const { return m_demoPat; }
    QString issuePat(const QDateTime &expiresAt, const QStringList &siteIds);
    void revokePat(const QString &pat);
    [[nodiscard]] BearerCheck checkBearer(const QByteArray &authorizationHeader, const QDateTime &now) const;

    void registerClient(const QString &clientId, const QString &clientSecret);
    [[nodiscard]] bool hasClient(const QString &clientId) const { return m_clients.contains(clientId); }
    [[nodiscard]] bool clientSecretMatches(const QString &clientId, const QString &clientSecret) const;

    QString issueCode(CodeGrant grant);
    // The grant of a code, consumed (codes are single use); nothing when unknown, used or expired.
    std::optional<CodeGrant> takeCode(const QString &code);

    Tokens issueTokens(const QString &clientId, const QString &scope);
    // New tokens for a refresh token of this client (rotated when rotation is on); nothing when
    // the refresh token is unknown, revoked, rotated away or belongs to another client.
    std::optional<Tokens> refresh(const QString &clientId, const QString &refreshToken);
    // Revokes every access and refresh token of a client (empty = of every client).
    void revokeGrants(const QString &clientId);

    void setAccessTokenLifetimeSeconds(int seconds) { m_accessLifetimeSeconds = seconds; }
    [[nodiscard]] int accessTokenLifetimeSeconds() const { return m_accessLifetimeSeconds; }
    void setRotateRefreshTokens(bool rotate) { m_rotateRefreshTokens = rotate; }
    void setRequirePkce(bool require) { m_requirePkce = require; }
    void setCodeLifetimeMs(qint64 lifetimeMs) { m_codeLifetimeMs = lifetimeMs; }
    [[nodiscard]] bool requirePkce() const { return m_requirePkce; }

private:
    struct Pat
    {
        QDateTime expiresAt;
        QSet<QByteArray> siteIds;
    };
    struct Grant
    {
        QString clientId;
        QString scope;
        qint64 expiresAtMs = 0; // access tokens only (elapsed clock)
        bool revoked = false;
    };

    QElapsedTimer m_clock;
    QString m_demoPat;
    QHash<QString, Pat> m_pats;
    QHash<QString, QString> m_clients; // id → secret
    QHash<QString, CodeGrant> m_codes;
    QHash<QString, Grant> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
    int m_accessLifetimeSeconds = 3600;
    bool m_rotateRefreshTokens = false;
    bool m_requirePkce = false;
    qint64 m_codeLifetimeMs = 60 * 1000; // authorization codes live 60 s
};

} // namespace meterscope::emulator
