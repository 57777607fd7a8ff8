// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "domain/meter.h"
#include "domain/seriesquery.h"
#include "domain/site.h"
#include "store/cachemode.h"
#include "store/freshnesspolicy.h"
#include "store/seriesfetchresult.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace meterscope {

class SeriesCache;

// The data path of the chart and the command line: the local cache first, the API for what the
// cache lacks or holds stale, and every answer of the API kept in the cache.
//
// The freshness rule (FreshnessPolicy): data of a span that had ended three days (`settleMs`) before
// it was fetched is kept for good — old intervals do not change; the last three days are fetched
// again when their copy is older than 15 minutes (`maxAgeMs`). A stored chunk is split at that
// boundary, so reopening a year fetches only its last days.
//
// When the API cannot be reached or fails, the answer is what the cache holds (stale or not) with
// the error and the spans nobody could supply. A damaged cache file is rebuilt, a locked or full
// one bypassed; either is said once through cacheProblem() and never changes a number.
//
// Handlers run on the thread that owns the repository and never after `context` is destroyed
// (deleting the context cancels the fetch).
class SeriesRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesRepository)
public:
    // `cache` may be nullptr (no cache); neither is owned.
    SeriesRepository(ApiClient *client, SeriesCache *cache, QObject *parent = nullptr);
    ~SeriesRepository() override;

    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] SeriesCache *cache() const { return m_cache; }
    // The clock "now" comes from (fetch stamps and freshness); default: the system clock.
    void setClock(std::function<qint64()> nowUtcMs);
    void setFreshnessPolicy(const FreshnessPolicy &policy) { m_policy = policy; }
    [[nodiscard]] FreshnessPolicy freshnessPolicy() const;

    // Called with each answer: an early one (complete == false) as soon as the cache or the first
    // chunk has something to show, then the complete one.
    using SeriesHandler = std::function<void(const SeriesFetchResult &)>;
    void fetchSeries(const SeriesQuery &query, CacheMode mode, QObject *context, SeriesHandler handler);

    // The site list and a site's meters: from the API and kept; from the cache (with its stamp and
    // the error) when the API cannot be reached.
    using SitesHandler =
        std::function<void(const QList<Site> &, std::optional<qint64> cachedAtUtcMs, const ApiError &)>;
    using MetersHandler =
        std::function<void(const QList<Meter> &, std::optional<qint64> cachedAtUtcMs, const ApiError &)>;
    void fetchSites(CacheMode mode, QObject *context, const SitesHandler &handler);
    void fetchMeters(const QString &siteId, CacheMode mode, QObject *context, const MetersHandler &handler);
    // One site or meter: from the API; from the cached lists when the API cannot be reached.
    using SiteHandler =
        std::function<void(const Site &, std::optional<qint64> cachedAtUtcMs, const ApiError &)>;
    using MeterHandler =
        std::function<void(const Meter &, std::optional<qint64> cachedAtUtcMs, const ApiError &)>;
    void fetchSite(const QString &siteId, CacheMode mode, QObject *context, const SiteHandler &handler);
    void fetchMeter(const QString &siteId, const QString &meterId, CacheMode mode, QObject *context,
                    const MeterHandler &handler);
    // Keeps a site list fetched elsewhere (the sign-in's own check).
    void keepSites(const QList<Site> &sites);
    // What the cache holds, without asking the API.
    [[nodiscard]] QList<Site> cachedSites(std::optional<qint64> *fetchedAtUtcMs = nullptr) const;

    // The key the cache files a query's series under: endpoint, site, meter, measurements,
    // commodities and interval name.
    [[nodiscard]] QString queryKey(const SeriesQuery &query) const;
    // Whether a failure means the data could not be had now (network, server, rate limit), so the
    // cache may stand in; authorization and bad requests are not.
    static bool cacheMayAnswer(const ApiError &error);

Q_SIGNALS:
    // The cache could not be used as it should (rebuilt, locked, full); said once per problem.
    void cacheProblem(const QString &message);
    // A request of a fetchSeries() made with `context` failed and is made again in `delayMs`.
    void retrying(QObject *context, int delayMs, const QString &reason);

private:
    struct Fetch;
    [[nodiscard]] bool cacheUsable() const;
    [[nodiscard]] qint64 now() const;
    void noteCacheFailure();
    void storeChunk(Fetch &fetch, const QList<Series> &chunk, qint64 fromUtcMs, qint64 toUtcMs);
    void finish(const std::shared_ptr<Fetch> &fetch, const ApiError &error);
    [[nodiscard]] SeriesFetchResult fromCache(const Fetch &fetch, bool everythingFresh) const;
    [[nodiscard]] SeriesFetchResult fromCacheOrNothing(const Fetch &fetch) const;
    static SeriesFetchResult merged(const SeriesFetchResult &cached, const QList<Series> &arrived,
                                    qint64 from, qint64 to, qint64 fetchedAt);

    QPointer<ApiClient> m_client;
    SeriesCache *m_cache;
    FreshnessPolicy m_policy;
    std::function<qint64()> m_now;
    QString m_lastProblem;
};

} // namespace meterscope
