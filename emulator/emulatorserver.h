// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatoroptions.h"
#include "emulator/faultspec.h"
#include "emulator/requestrecord.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace meterscope::emulator {

// The EcoStruxure Energy Contextualized Data API of docs/api-contract.md, served on 127.0.0.1 only:
// the eight data endpoints, OAuth consent page and token endpoint, PATs, the controls under
// /_emulator/… and fault injection. Data is a pure function of (seed, meter, time). Every request
// must name a loopback Host; the controls also need the control token (see RequestGuard).
class EmulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)
public:
    explicit EmulatorServer(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Binds 127.0.0.1:options.port. False with a reason when it cannot.
    bool start(QString *error = nullptr);
    void stop();
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:<port>
    [[nodiscard]] QUrl origin() const;
    // The served profile moved to this server's origin: base URL, authorize and token URLs.
    [[nodiscard]] ApiProfile servedProfile() const;

    // The token a request to /_emulator/… carries in X-Emulator-Control-Token, printed at start
    // (options.controlToken, or a random one).
    [[nodiscard]] QString controlToken() const;
    // The demo PAT printed at start (never expires, reads every site).
    [[nodiscard]] QString demoPat() const;
    // A new PAT; expiresAt invalid = never; siteIds empty = every site (others answer 403).
    QString issuePat(const QDateTime &expiresAt = QDateTime(), const QStringList &siteIds = QStringList());
    void revokePat(const QString &pat);
    // The demo OAuth client (id and secret as in resources/demo-profile.json).
    [[nodiscard]] QString demoClientId() const;
    [[nodiscard]] QString demoClientSecret() const;
    void registerClient(const QString &clientId, const QString &clientSecret);
    // The redirect URIs registered for every client (options.redirectUris, or the default one).
    [[nodiscard]] QList<QUrl> redirectUris() const;
    // Revokes every token (access and refresh) issued to this client: the next refresh is invalid_grant.
    void revokeGrants(const QString &clientId = QString());
    void setAccessTokenLifetimeSeconds(int seconds);
    void setRotateRefreshTokens(bool rotate);
    void setRequirePkce(bool require);
    // How long an authorization code may be exchanged (60 s by default).
    void setAuthorizationCodeLifetimeMs(int lifetimeMs);

    void setVariants(const ResponseVariants &variants);
    [[nodiscard]] ResponseVariants variants() const;
    void addFault(const FaultSpec &fault);
    void clearFaults();
    void setNow(const QDateTime &now);
    [[nodiscard]] QDateTime now() const;

    // Requests to the API and OAuth endpoints so far (the controls and refused requests not
    // counted), and how many carried an Authorization header.
    [[nodiscard]] int requestCount() const;
    // The latest 10,000 of them, so a long benchmark run keeps flat memory: method, path and, for
    // the token endpoint, the grant type.
    [[nodiscard]] QList<RequestRecord> requests() const;
    // The same as "METHOD path" lines.
    [[nodiscard]] QStringList requestLog() const;
    [[nodiscard]] int authorizedRequestCount() const;

    // Token bucket on the data endpoints (429 + Retry-After when empty); perSecond 0 = off.
    void setRateLimit(int perSecond, int burst);
    // Added to every answer (the /_emulator/ controls excepted).
    void setLatencyMs(int latencyMs);

signals:
    // After each answer to the API or OAuth endpoints: method, path without query, HTTP status
    // (0 when the answer is stalled or dripping). Carries nothing secret.
    void requestServed(const QString &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace meterscope::emulator
