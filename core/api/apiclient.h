// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiprofile.h"
#include "domain/meter.h"
#include "domain/series.h"
#include "domain/seriesquery.h"
#include "domain/site.h"

#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkProxy;

namespace meterscope {

class RequestFunnel;

class AccessTokenSource;
class RetryBudget;

// Timeouts and retry budget of ApiClient. Tests shrink them; the defaults suit people.
struct RequestPolicy
{
    int inactivityTimeoutMs = 30000; // no byte for this long → Timeout
    int totalDeadlineMs = 120000;    // whole request including body, whatever the server drips
    int maxAttempts = 4;             // per request, GET only, on 408/429/5xx/connection errors
    int backoffBaseMs = 1000;        // full jitter: uniform(0, min(cap, base·2^n))
    int backoffCapMs = 30000;
    int maxRetryAfterSeconds = 120; // a longer Retry-After stops with "try again at …"
    int maxConcurrentRequests = 4;  // chunks in flight per call; halved on a 429, then grows back
    qint64 maxBodyBytes = 256LL * 1024 * 1024;
    int maxPages = 10000;
};

// The one owner of the QNetworkAccessManager. Every API request goes through it: it attaches the
// bearer token only to the API host, never follows a redirect, enforces an inactivity timeout and a
// total deadline, retries what may be retried, replays once after a 401 with a renewed token, pages
// through enveloped lists, splits long time ranges into the chunks the API allows, and parses bodies
// with the tolerant parsers into plain values. Callbacks run on the thread that owns the client, always
// after the fetch call that registered them has returned (also when the token source refuses at
// once), and are not called once `context` is destroyed (its requests are then aborted).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    explicit ApiClient(const ApiProfile &profile, QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] ApiProfile profile() const;
    void setProfile(const ApiProfile &profile);
    // Not owned; must outlive the client or be reset to nullptr.
    void setTokenSource(AccessTokenSource *source);
    void setPolicy(const RequestPolicy &policy);
    [[nodiscard]] RequestPolicy policy() const;
    // The retry budget shared by this client's requests. Not owned; nullptr / default: the
    // process-wide budget, so a service that is down is not hammered by every window at once.
    void setRetryBudget(RetryBudget *budget);
    // nullptr / default: the system proxy.
    void setProxy(const QNetworkProxy &proxy);
    // The application-wide proxy: the desktop's configuration when the executable turned it on.
    void useSystemProxy();

    using SitesHandler = std::function<void(const QList<Site> &, const ApiError &)>;
    using SiteHandler = std::function<void(const Site &, const ApiError &)>;
    using MetersHandler = std::function<void(const QList<Meter> &, const ApiError &)>;
    using MeterHandler = std::function<void(const Meter &, const ApiError &)>;
    // On failure the series fetched so far are passed with the error (partial, marked by the error).
    using SeriesHandler = std::function<void(const QList<Series> &, const ApiError &)>;

    ApiCall *fetchSites(QObject *context, const SitesHandler &done);
    ApiCall *fetchSite(const QString &siteId, QObject *context, const SiteHandler &done);
    ApiCall *fetchMeters(const QString &siteId, QObject *context, MetersHandler done);
    ApiCall *fetchMeter(const QString &siteId, const QString &meterId, QObject *context, MeterHandler done);
    // Splits [from, to) into the spans the profile allows, fetches them most recent first (a few in
    // flight, fewer after a 429, see AdaptiveConcurrency), merges the chunks per series (sorted, one
    // point per timestamp). Bodies are parsed off the calling thread.
    ApiCall *fetchSeries(const SeriesQuery &query, QObject *context, SeriesHandler done);
    // The same, and `chunkDone` with each chunk as soon as it has arrived whole: its series (as the
    // pages of that span came, not yet merged) and the span [fromUtcMs, toUtcMs) it covers. A local
    // cache stores chunks as they come; a chart draws from the first one.
    using SeriesChunkHandler = std::function<void(const QList<Series> &, qint64 fromUtcMs, qint64 toUtcMs)>;
    ApiCall *fetchSeries(const SeriesQuery &query, QObject *context, SeriesHandler done,
                         const SeriesChunkHandler &chunkDone);

    // A site's IANA time zone, for series whose dates come without a time ("2025-03-30" means the
    // site's local midnight). fetchSites() and fetchSite() remember the zones they see; a caller that
    // knows a site from elsewhere (the local cache) tells the client here.
    void setSiteTimeZone(const QString &siteId, const QString &ianaId);

    // The request funnel (for the token client, whose requests follow the same rules on the same
    // network manager).
    [[nodiscard]] RequestFunnel *funnel() const;

private:
    class Private;
    Private *d;
};

} // namespace meterscope
