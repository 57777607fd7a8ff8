// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/emulatorserver.h"

#include "emulator/adminendpoints.h"
#include "emulator/apiproblem.h"
#include "emulator/authregistry.h"
#include "emulator/dataendpoints.h"
#include "emulator/emulatorhttpserver.h"
#include "emulator/faultinjector.h"
#include "emulator/oauthendpoints.h"
#include "emulator/portfolio.h"
#include "emulator/ratelimiter.h"
#include "emulator/registeredredirects.h"
#include "emulator/requestguard.h"
#include "emulator/responsewriter.h"

#include <QHostAddress>

namespace meterscope::emulator {

namespace {
constexpr qsizetype kRequestLogLimit = 10000;

RegisteredRedirects registeredRedirects(const EmulatorOptions &options)
{
    if (!options.redirectUris.isEmpty())
        return RegisteredRedirects(options.redirectUris);
    return RegisteredRedirects({RegisteredRedirects::loopbackFor(options.profile.redirectPath())});
}

} // namespace

class EmulatorServer::Private
{
public:
    explicit Private(EmulatorServer *server, const EmulatorOptions &given)
        : m_options(given), m_portfolio(given.seed, given.siteCount, given.metersPerSite),
          m_faults(given.seed), m_variants(given.variants), m_now(given.now),
          m_data(m_portfolio, given.profile), m_oauth(&m_auth, given.profile, registeredRedirects(given)),
          m_admin(server),
          m_guard(given.controlToken.isEmpty() ? AuthRegistry::randomToken("msctl_") : given.controlToken),
          m_server(server), m_latencyMs(given.latencyMs)
    {
        m_auth.setAccessTokenLifetimeSeconds(given.accessTokenLifetimeSeconds);
        m_auth.setRotateRefreshTokens(given.rotateRefreshTokens);
        m_auth.setRequirePkce(given.requirePkce);
        m_limiter.configure(given.rateLimitPerSecond, given.rateLimitBurst);
        const ApiProfile demo = ApiProfile::builtInDemo();
        m_clientId = given.profile.clientId().isEmpty() ? demo.clientId() : given.profile.clientId();
        m_clientSecret =
            given.profile.clientSecret().isEmpty() ? demo.demoClientSecret() : given.profile.clientSecret();
        m_auth.registerClient(m_clientId, m_clientSecret);
    }

    [[nodiscard]] QDateTime currentNow() const
    {
        return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    }
    HttpReply handle(const EmulatorRequest &request);
    HttpReply route(const EmulatorRequest &request);

    EmulatorOptions m_options;
    Portfolio m_portfolio;
    AuthRegistry m_auth;
    FaultInjector m_faults;
    RateLimiter m_limiter;
    ResponseVariants m_variants;
    QDateTime m_now;
    DataEndpoints m_data;
    OAuthEndpoints m_oauth;
    AdminEndpoints m_admin;
    RequestGuard m_guard;
    EmulatorServer *m_server;
    QString m_clientId;
    QString m_clientSecret;
    int m_latencyMs = 0;
    std::unique_ptr<EmulatorHttpServer> m_http;
    quint16 m_port = 0;
    int m_requestCount = 0;
    int m_authorizedRequestCount = 0;
    QList<RequestRecord> m_requestLog;
};

HttpReply EmulatorServer::Private::route(const EmulatorRequest &request)
{
    const ResponseWriter writer(m_variants);
    if (m_oauth.matches(request.path))
        return m_oauth.handle(request, m_variants);
    const auto target = m_data.match(request.path);
    if (!target)
        return writer.error(ApiProblem::make(404, "No resource at " + request.path.toUtf8()), request.path);
    const int retryAfter = m_limiter.admit();
    if (retryAfter >= 0) {
        ApiProblem problem = ApiProblem::make(429, "Rate limit exceeded");
        problem.retryAfterSeconds = retryAfter;
        return writer.error(problem, request.path);
    }
    const AuthRegistry::BearerCheck check = m_auth.checkBearer(request.header("authorization"), currentNow());
    if (check.status != 0)
        return writer.error(ApiProblem::make(check.status, check.detail), request.path);
    DataEndpoints::Access access;
    access.siteIds = check.siteIds;
    return m_data.handle(request, *target, m_variants, currentNow().toMSecsSinceEpoch(),
                         m_options.historyDays, access);
}

HttpReply EmulatorServer::Private::handle(const EmulatorRequest &request)
{
    if (auto refusal = m_guard.refusal(request))
        return *refusal;
    if (RequestGuard::isControlPath(request.path))
        return m_admin.handle(request, request.path.mid(RequestGuard::kControlPrefix.size()));
    ++m_requestCount;
    if (!request.header("authorization").isEmpty())
        ++m_authorizedRequestCount;
    if (m_requestLog.size() >= kRequestLogLimit)
        m_requestLog.removeFirst();
    m_requestLog.append({QString::fromLatin1(request.method), request.path, m_oauth.grantType(request)});

    HttpReply reply;
    if (const auto fault = m_faults.take(request.path))
        reply =
            FaultInjector::reply(*fault, request, ResponseWriter(m_variants), [&] { return route(request); });
    else
        reply = route(request);
    reply.delayMs = m_latencyMs;
    const bool answered =
        reply.delivery == HttpReply::Delivery::Complete || reply.delivery == HttpReply::Delivery::Truncated;
    emit m_server->requestServed(QString::fromLatin1(request.method), request.path,
                                 answered ? reply.status : 0);
    return reply;
}

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, options))
{
}

EmulatorServer::~EmulatorServer() = default;

bool EmulatorServer::start(QString *error)
{
    if (d->m_http)
        return true;
    d->m_http = std::make_unique<EmulatorHttpServer>(
        [this](const EmulatorRequest &request) { return d->handle(request); });
    d->m_port = d->m_http->listenOn(QHostAddress::LocalHost, d->m_options.port);
    if (d->m_port == 0) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(d->m_options.port);
        d->m_http.reset();
        return false;
    }
    return true;
}

void EmulatorServer::stop()
{
    d->m_http.reset();
    d->m_port = 0;
}

quint16 EmulatorServer::port() const
{
    return d->m_port;
}

QUrl EmulatorServer::origin() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->m_port);
    return url;
}

ApiProfile EmulatorServer::servedProfile() const
{
    return d->m_options.profile.withOrigin(origin());
}

QString EmulatorServer::controlToken() const
{
    return d->m_guard.controlToken();
}

QString EmulatorServer::demoPat() const
{
    return d->m_auth.demoPat();
}

QString EmulatorServer::issuePat(const QDateTime &expiresAt, const QStringList &siteIds)
{
    return d->m_auth.issuePat(expiresAt, siteIds);
}

void EmulatorServer::revokePat(const QString &pat)
{
    d->m_auth.revokePat(pat);
}

QList<QUrl> EmulatorServer::redirectUris() const
{
    return registeredRedirects(d->m_options).uris();
}

QString EmulatorServer::demoClientId() const
{
    return d->m_clientId;
}

QString EmulatorServer::demoClientSecret() const
{
    return d->m_clientSecret;
}

void EmulatorServer::registerClient(const QString &clientId, const QString &clientSecret)
{
    d->m_auth.registerClient(clientId, clientSecret);
}

void EmulatorServer::revokeGrants(const QString &clientId)
{
    d->m_auth.revokeGrants(clientId);
}

void EmulatorServer::setAccessTokenLifetimeSeconds(int seconds)
{
    d->m_auth.setAccessTokenLifetimeSeconds(seconds);
}

void EmulatorServer::setRotateRefreshTokens(bool rotate)
{
    d->m_auth.setRotateRefreshTokens(rotate);
}

void EmulatorServer::setAuthorizationCodeLifetimeMs(int lifetimeMs)
{
    d->m_auth.setCodeLifetimeMs(lifetimeMs);
}

void EmulatorServer::setRequirePkce(bool require)
{
    d->m_auth.setRequirePkce(require);
}

void EmulatorServer::setVariants(const ResponseVariants &variants)
{
    d->m_variants = variants;
}

ResponseVariants EmulatorServer::variants() const
{
    return d->m_variants;
}

void EmulatorServer::addFault(const FaultSpec &fault)
{
    d->m_faults.add(fault);
}

void EmulatorServer::clearFaults()
{
    d->m_faults.clear();
}

void EmulatorServer::setNow(const QDateTime &now)
{
    d->m_now = now;
}

QDateTime EmulatorServer::now() const
{
    return d->currentNow();
}

int EmulatorServer::requestCount() const
{
    return d->m_requestCount;
}

QStringList EmulatorServer::requestLog() const
{
    QStringList lines;
    lines.reserve(d->m_requestLog.size());
    for (const RequestRecord &record : std::as_const(d->m_requestLog))
        lines.append(record.line());
    return lines;
}

QList<RequestRecord> EmulatorServer::requests() const
{
    return d->m_requestLog;
}

int EmulatorServer::authorizedRequestCount() const
{
    return d->m_authorizedRequestCount;
}

void EmulatorServer::setRateLimit(int perSecond, int burst)
{
    d->m_limiter.configure(perSecond, burst);
}

void EmulatorServer::setLatencyMs(int latencyMs)
{
    d->m_latencyMs = latencyMs;
}

} // namespace meterscope::emulator
