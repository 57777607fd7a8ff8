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
#include "emulator/responsewriter.h"

#include <QHostAddress>

namespace meterscope::emulator {

namespace {
const QLatin1String kAdminPrefix("/_emulator/");
} // namespace

class EmulatorServer::Private
{
public:
    explicit Private(EmulatorServer *server, const EmulatorOptions &given)
        : options(given), portfolio(given.seed, given.siteCount, given.metersPerSite), faults(given.seed),
          variants(given.variants), now(given.now), data(portfolio, given.profile), oauth(&auth, given.profile),
          admin(server), latencyMs(given.latencyMs)
    {
        auth.setAccessTokenLifetimeSeconds(given.accessTokenLifetimeSeconds);
        auth.setRotateRefreshTokens(given.rotateRefreshTokens);
        auth.setRequirePkce(given.requirePkce);
        limiter.configure(given.rateLimitPerSecond, given.rateLimitBurst);
        const ApiProfile demo = ApiProfile::builtInDemo();
        clientId = given.profile.clientId().isEmpty() ? demo.clientId() : given.profile.clientId();
        clientSecret = given.profile.demoClientSecret().isEmpty() ? demo.demoClientSecret()
                                                                  : given.profile.demoClientSecret();
        auth.registerClient(clientId, clientSecret);
    }

    [[nodiscard]] QDateTime currentNow() const { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
    HttpReply handle(const EmulatorRequest &request);
    HttpReply route(const EmulatorRequest &request);

    EmulatorOptions options;
    Portfolio portfolio;
    AuthRegistry auth;
    FaultInjector faults;
    RateLimiter limiter;
    ResponseVariants variants;
    QDateTime now;
    DataEndpoints data;
    OAuthEndpoints oauth;
    AdminEndpoints admin;
    QString clientId;
    QString clientSecret;
    int latencyMs = 0;
    std::unique_ptr<EmulatorHttpServer> http;
    quint16 port = 0;
    int requestCount = 0;
    int authorizedRequestCount = 0;
    QStringList requestLog;
};

HttpReply EmulatorServer::Private::route(const EmulatorRequest &request)
{
    const ResponseWriter writer(variants);
    if (oauth.matches(request.path))
        return oauth.handle(request, variants);
    const auto target = data.match(request.path);
    if (!target)
        return writer.error(ApiProblem::make(404, "No resource at " + request.path.toUtf8()), request.path);
    const int retryAfter = limiter.admit();
    if (retryAfter >= 0) {
        ApiProblem problem = ApiProblem::make(429, "Rate limit exceeded");
        problem.retryAfterSeconds = retryAfter;
        return writer.error(problem, request.path);
    }
    const AuthRegistry::BearerCheck check = auth.checkBearer(request.header("authorization"), currentNow());
    if (check.status != 0)
        return writer.error(ApiProblem::make(check.status, check.detail), request.path);
    DataEndpoints::Access access;
    access.siteIds = check.siteIds;
    return data.handle(request, *target, variants, currentNow().toMSecsSinceEpoch(), options.historyDays, access);
}

HttpReply EmulatorServer::Private::handle(const EmulatorRequest &request)
{
    if (request.path.startsWith(kAdminPrefix))
        return admin.handle(request, request.path.mid(kAdminPrefix.size()));
    ++requestCount;
    if (!request.header("authorization").isEmpty())
        ++authorizedRequestCount;
    requestLog.append(QString::fromLatin1(request.method) + u' ' + request.path);

    HttpReply reply;
    if (const auto fault = faults.take(request.path))
        reply = FaultInjector::reply(*fault, request, ResponseWriter(variants), [&] { return route(request); });
    else
        reply = route(request);
    reply.delayMs = latencyMs;
    return reply;
}

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, options))
{
}

EmulatorServer::~EmulatorServer() = default;

bool EmulatorServer::start(QString *error)
{
    if (d->http)
        return true;
    d->http = std::make_unique<EmulatorHttpServer>([this](const EmulatorRequest &request) { return d->handle(request); });
    d->port = d->http->listen(QHostAddress::LocalHost, d->options.port);
    if (d->port == 0) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(d->options.port);
        d->http.reset();
        return false;
    }
    return true;
}

void EmulatorServer::stop()
{
    d->http.reset();
    d->port = 0;
}

quint16 EmulatorServer::port() const
{
    return d->port;
}

QUrl EmulatorServer::origin() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

ApiProfile EmulatorServer::servedProfile() const
{
    return d->options.profile.withOrigin(origin());
}

QString EmulatorServer::demoPat() const
{
    return d->auth.demoPat();
}

QString EmulatorServer::issuePat(const QDateTime &expiresAt, const QStringList &siteIds)
{
    return d->auth.issuePat(expiresAt, siteIds);
}

void EmulatorServer::revokePat(const QString &pat)
{
    d->auth.revokePat(pat);
}

QString EmulatorServer::demoClientId() const
{
    return d->clientId;
}

QString EmulatorServer::demoClientSecret() const
{
    return d->clientSecret;
}

void EmulatorServer::registerClient(const QString &clientId, const QString &clientSecret)
{
    d->auth.registerClient(clientId, clientSecret);
}

void EmulatorServer::revokeGrants(const QString &clientId)
{
    d->auth.revokeGrants(clientId);
}

void EmulatorServer::setAccessTokenLifetimeSeconds(int seconds)
{
    d->auth.setAccessTokenLifetimeSeconds(seconds);
}

void EmulatorServer::setRotateRefreshTokens(bool rotate)
{
    d->auth.setRotateRefreshTokens(rotate);
}

void EmulatorServer::setRequirePkce(bool require)
{
    d->auth.setRequirePkce(require);
}

void EmulatorServer::setVariants(const ResponseVariants &variants)
{
    d->variants = variants;
}

ResponseVariants EmulatorServer::variants() const
{
    return d->variants;
}

void EmulatorServer::addFault(const FaultSpec &fault)
{
    d->faults.add(fault);
}

void EmulatorServer::clearFaults()
{
    d->faults.clear();
}

void EmulatorServer::setNow(const QDateTime &now)
{
    d->now = now;
}

QDateTime EmulatorServer::now() const
{
    return d->currentNow();
}

int EmulatorServer::requestCount() const
{
    return d->requestCount;
}

QStringList EmulatorServer::requestLog() const
{
    return d->requestLog;
}

int EmulatorServer::authorizedRequestCount() const
{
    return d->authorizedRequestCount;
}

void EmulatorServer::setRateLimit(int perSecond, int burst)
{
    d->limiter.configure(perSecond, burst);
}

void EmulatorServer::setLatencyMs(int latencyMs)
{
    d->latencyMs = latencyMs;
}

} // namespace meterscope::emulator
