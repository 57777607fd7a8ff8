// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/seriesrepository.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/seriesmerger.h"
#include "store/seriescache.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace meterscope {

namespace {
// Between a query's key and a series key in the cache's series keys (never in either).
constexpr QChar kKeySeparator = QChar(0x1f);

QList<TimeSpan> mergedSpans(QList<TimeSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.fromUtcMs < b.fromUtcMs; });
    QList<TimeSpan> out;
    for (const TimeSpan &span : std::as_const(spans)) {
        if (span.isEmpty())
            continue;
        if (!out.isEmpty() && span.fromUtcMs <= out.back().toUtcMs)
            out.back().toUtcMs = std::max(out.back().toUtcMs, span.toUtcMs);
        else
            out.append(span);
    }
    return out;
}

bool insideAny(qint64 utcMs, const QList<TimeSpan> &spans)
{
    return std::any_of(spans.begin(), spans.end(),
                       [utcMs](const TimeSpan &s) { return utcMs >= s.fromUtcMs && utcMs < s.toUtcMs; });
}

// `series` without its points inside `spans` (they are being fetched again).
Series without(const Series &series, const QList<TimeSpan> &spans)
{
    Series kept = series;
    kept.utcMs.clear();
    kept.values.clear();
    kept.updatedAtUtcMs.clear();
    for (size_t i = 0; i < series.utcMs.size(); ++i) {
        if (insideAny(series.utcMs[i], spans))
            continue;
        kept.utcMs.push_back(series.utcMs[i]);
        kept.values.push_back(i < series.values.size() ? series.values[i] : 0.0);
        kept.updatedAtUtcMs.push_back(i < series.updatedAtUtcMs.size() ? series.updatedAtUtcMs[i] : 0);
    }
    return kept;
}

template <typename Handler, typename... Args> void callLater(QObject *context, Handler handler, Args... args)
{
    QMetaObject::invokeMethod(
        context, [handler, args...] { handler(args...); }, Qt::QueuedConnection);
}
} // namespace

struct SeriesRepository::Fetch
{
    SeriesQuery query;
    CacheMode mode = CacheMode::Normal;
    QString key;
    qint64 from = 0;
    qint64 to = 0;
    QPointer<QObject> context;
    SeriesHandler handler;
    SeriesFetchResult cached;   // what the cache held when the fetch began
    QList<TimeSpan> fetchSpans; // what goes to the API
    QList<Series> arrived;      // chunks as they came
    QList<std::pair<QString, QString>> knownSeries;
    int pending = 0;
    bool earlySent = false;
    bool cacheFailed = false;
    ApiError error;
};

SeriesRepository::SeriesRepository(ApiClient *client, SeriesCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

SeriesRepository::~SeriesRepository() = default;

void SeriesRepository::setClock(std::function<qint64()> nowUtcMs)
{
    m_now = nowUtcMs ? std::move(nowUtcMs) : [] { return QDateTime::currentMSecsSinceEpoch(); };
}

FreshnessPolicy SeriesRepository::freshnessPolicy() const
{
    FreshnessPolicy policy = m_policy;
    policy.nowUtcMs = now();
    return policy;
}

qint64 SeriesRepository::now() const
{
    return m_now();
}

bool SeriesRepository::cacheUsable() const
{
    return m_cache && m_cache->isOpen();
}

bool SeriesRepository::cacheMayAnswer(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

void SeriesRepository::noteCacheFailure()
{
    QString message;
    if (m_cache->isDamaged()) {
        const bool rebuilt = m_cache->rebuild();
        message = rebuilt ? tr("The local cache was damaged and has been rebuilt; data is fetched from the "
                               "server again.")
                          : tr("The local cache is damaged and could not be rebuilt (%1); data is fetched "
                               "from the server without it.")
                                .arg(m_cache->errorString());
    } else {
        message = tr("The local cache cannot be used (%1); data is fetched from the server without it.")
                      .arg(m_cache->errorString());
    }
    if (message == m_lastProblem)
        return;
    m_lastProblem = message;
    Q_EMIT cacheProblem(message);
}

QString SeriesRepository::queryKey(const SeriesQuery &query) const
{
    const QString interval =
        m_client ? m_client->profile().intervalName(query.interval) : QString::number(int(query.interval));
    QStringList measurements = query.measurements;
    measurements.sort();
    QStringList commodities = query.commodities;
    commodities.sort();
    return QStringList{QString::number(int(query.source)),
                       query.siteId,
                       query.meterId,
                       measurements.join(u','),
                       commodities.join(u','),
                       interval}
        .join(u'|');
}

SeriesFetchResult SeriesRepository::fromCache(const Fetch &fetch, bool everythingFresh) const
{
    SeriesFetchResult result;
    FreshnessPolicy policy = freshnessPolicy();
    if (everythingFresh)
        policy.maxAgeMs = std::numeric_limits<qint64>::max() / 2;
    const QList<std::pair<QString, QString>> known = m_cache->querySeries(fetch.key);
    if (known.isEmpty()) {
        result.missing = {{fetch.from, fetch.to}};
        return result;
    }
    QList<TimeSpan> missing;
    std::optional<qint64> unsettled;
    bool any = false;
    for (const auto &[key, interval] : known) {
        CachedSeries cached =
            m_cache->loadSeries(fetch.key + kKeySeparator + key, interval, fetch.from, fetch.to, policy);
        missing.append(cached.missing);
        if (cached.newestFetchedAtUtcMs)
            any = true;
        if (cached.oldestUnsettledFetchedAtUtcMs)
            unsettled = std::min(unsettled.value_or(*cached.oldestUnsettledFetchedAtUtcMs),
                                 *cached.oldestUnsettledFetchedAtUtcMs);
        cached.series.key = key;
        result.series.append(std::move(cached.series));
    }
    result.missing = mergedSpans(missing);
    // Settled data is as current as it gets; the "as of" is that of the oldest data that could
    // still have changed since.
    if (any)
        result.asOfUtcMs = unsettled.value_or(policy.nowUtcMs);
    return result;
}

SeriesFetchResult SeriesRepository::merged(const SeriesFetchResult &cached, const QList<Series> &arrived,
                                           qint64 from, qint64 to, qint64 fetchedAt)
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    SeriesMerger merger;
    merger.add(cached.series);
    merger.add(arrived);
    SeriesFetchResult result;
    result.series = merger.take();
    result.asOfUtcMs = cached.asOfUtcMs ? std::min(*cached.asOfUtcMs, fetchedAt) : fetchedAt;
    return result;
}

void SeriesRepository::fetchSeries(const SeriesQuery &query, CacheMode mode, QObject *context,
                                   SeriesHandler handler)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->query = query;
    fetch->mode = cacheUsable() ? mode : CacheMode::Bypass;
    fetch->key = queryKey(query);
    fetch->from = query.from.toMSecsSinceEpoch();
    fetch->to = query.to.toMSecsSinceEpoch();
    fetch->context = context;
    fetch->handler = std::move(handler);

    if (fetch->mode == CacheMode::Normal) {
        fetch->cached = fromCache(*fetch, false);
        if (m_cache->isDamaged())
            noteCacheFailure();
        fetch->fetchSpans = fetch->cached.missing;
        fetch->knownSeries = m_cache->querySeries(fetch->key);
    } else {
        fetch->fetchSpans = {{fetch->from, fetch->to}};
        if (fetch->mode == CacheMode::Refresh)
            fetch->knownSeries = m_cache->querySeries(fetch->key);
    }
    if (fetch->fetchSpans.isEmpty() || !m_client || fetch->to <= fetch->from) {
        SeriesFetchResult answer = std::move(fetch->cached);
        answer.missing.clear();
        if (!m_client && !fetch->fetchSpans.isEmpty()) {
            answer = fromCacheOrNothing(*fetch);
            answer.error = ApiError::make(ApiError::Kind::SignInRequired, tr("Not signed in."));
        }
        callLater(context, fetch->handler, answer);
        return;
    }
    // Old data of the spans fetched again stays out of the early answer.
    for (Series &series : fetch->cached.series)
        series = without(series, fetch->fetchSpans);
    SeriesFetchResult early = fetch->cached; // shares the series with the fetch's copy
    const bool cacheHasPoints =
        std::any_of(early.series.begin(), early.series.end(), [](const Series &s) { return !s.isEmpty(); });
    if (cacheHasPoints) {
        early.complete = false;
        fetch->earlySent = true;
        callLater(context, fetch->handler, early);
    }

    // The most recent span first: that is what a chart shows first.
    QList<TimeSpan> spans = fetch->fetchSpans;
    std::reverse(spans.begin(), spans.end());
    fetch->pending = int(spans.size());
    for (const TimeSpan &span : std::as_const(spans)) {
        SeriesQuery part = query;
        part.from = QDateTime::fromMSecsSinceEpoch(span.fromUtcMs, QTimeZone::utc());
        part.to = QDateTime::fromMSecsSinceEpoch(span.toUtcMs, QTimeZone::utc());
        ApiCall *call = m_client->fetchSeries(
            part, context,
            [self = QPointer(this), fetch](const QList<Series> &, const ApiError &error) {
                if (!self)
                    return; // the repository went (signed out) while the answer was on its way
                if (error && !fetch->error)
                    fetch->error = error;
                if (--fetch->pending == 0)
                    self->finish(fetch, fetch->error);
            },
            [self = QPointer(this), fetch](const QList<Series> &chunk, qint64 fromUtcMs, qint64 toUtcMs) {
                if (!self)
                    return;
                self->storeChunk(*fetch, chunk, fromUtcMs, toUtcMs);
                if (!fetch->earlySent && fetch->context) {
                    fetch->earlySent = true;
                    SeriesFetchResult first =
                        merged(fetch->cached, fetch->arrived, fetch->from, fetch->to, self->now());
                    first.complete = false;
                    fetch->handler(first);
                }
            });
        if (call)
            connect(call, &ApiCall::retrying, this,
                    [this, context = QPointer<QObject>(context)](int, int delayMs, const QString &reason) {
                        if (context)
                            Q_EMIT retrying(context, delayMs, reason);
                    });
    }
}

void SeriesRepository::storeChunk(Fetch &fetch, const QList<Series> &chunk, qint64 fromUtcMs, qint64 toUtcMs)
{
    SeriesMerger merger;
    merger.add(chunk);
    const QList<Series> series = merger.take();
    fetch.arrived.append(series);
    if (fetch.mode == CacheMode::Bypass || fetch.cacheFailed || !cacheUsable())
        return;
    const qint64 fetchedAt = now();
    // Settled data is stored apart from the last days, so only those go stale.
    const qint64 settledUntil = std::clamp(fetchedAt - m_policy.settleMs, fromUtcMs, toUtcMs);
    const ApiProfile profile = m_client ? m_client->profile() : ApiProfile();
    bool ok = true;
    for (Series s : series) {
        ApiInterval interval;
        if (profile.intervalFromName(s.interval, &interval))
            s.interval = profile.intervalName(interval);
        if (s.siteId.isEmpty())
            s.siteId = fetch.query.siteId;
        if (s.meterId.isEmpty())
            s.meterId = fetch.query.meterId;
        const std::pair<QString, QString> entry{s.key, s.interval};
        if (!fetch.knownSeries.contains(entry))
            fetch.knownSeries.append(entry);
        s.key = fetch.key + kKeySeparator + s.key;
        if (settledUntil > fromUtcMs)
            ok = ok && m_cache->storeSeries(s, fromUtcMs, settledUntil, fetchedAt);
        if (settledUntil < toUtcMs)
            ok = ok && m_cache->storeSeries(s, settledUntil, toUtcMs, fetchedAt);
    }
    ok = ok && m_cache->storeQuerySeries(fetch.key, fetch.knownSeries, fetchedAt);
    if (!ok) {
        fetch.cacheFailed = true;
        noteCacheFailure();
    }
}

SeriesFetchResult SeriesRepository::fromCacheOrNothing(const Fetch &fetch) const
{
    if (fetch.mode == CacheMode::Bypass || !cacheUsable())
        return SeriesFetchResult{{}, std::nullopt, true, false, {{fetch.from, fetch.to}}, {}};
    return fromCache(fetch, true);
}

void SeriesRepository::finish(const std::shared_ptr<Fetch> &fetch, const ApiError &error)
{
    if (!fetch->context)
        return;
    SeriesFetchResult result;
    const bool cacheHoldsAll = fetch->mode != CacheMode::Bypass && !fetch->cacheFailed && cacheUsable();
    if (!error || error.kind == ApiError::Kind::Cancelled) {
        if (cacheHoldsAll)
            result = fromCache(*fetch, true);
        else
            result = merged(fetch->cached, fetch->arrived, fetch->from, fetch->to, now());
        result.missing.clear(); // the API answered for the whole range
        result.error = error;
    } else if (cacheMayAnswer(error) && cacheHoldsAll && fetch->mode == CacheMode::Normal) {
        result = fromCache(*fetch, true);
        result.servedFromCache = true;
        result.error = error;
    } else {
        result = merged(fetch->cached, fetch->arrived, fetch->from, fetch->to, now());
        result.error = error;
    }
    result.complete = true;
    fetch->handler(result);
}

void SeriesRepository::fetchSites(CacheMode mode, QObject *context, const SitesHandler &handler)
{
    if (!m_client) {
        callLater(context, handler, QList<Site>(), std::optional<qint64>(),
                  ApiError::make(ApiError::Kind::SignInRequired, tr("Not signed in.")));
        return;
    }
    m_client->fetchSites(context, [this, self = QPointer(this), mode, handler](const QList<Site> &sites,
                                                                               const ApiError &error) {
        if (!self)
            return; // the repository went (signed out) while the answer was on its way
        const bool useCache = mode != CacheMode::Bypass && cacheUsable();
        if (!error) {
            if (useCache && !m_cache->storeSites(sites, now()))
                noteCacheFailure();
            handler(sites, std::nullopt, error);
            return;
        }
        std::optional<qint64> stamp;
        const QList<Site> cached = useCache && cacheMayAnswer(error) ? cachedSites(&stamp) : QList<Site>();
        handler(cached, cached.isEmpty() ? std::nullopt : stamp, error);
    });
}

void SeriesRepository::fetchSite(const QString &siteId, CacheMode mode, QObject *context,
                                 const SiteHandler &handler)
{
    if (!m_client) {
        callLater(context, handler, Site(), std::optional<qint64>(),
                  ApiError::make(ApiError::Kind::SignInRequired, tr("Not signed in.")));
        return;
    }
    m_client->fetchSite(
        siteId, context,
        [this, self = QPointer(this), siteId, mode, handler](const Site &site, const ApiError &error) {
            if (!self)
                return; // the repository went (signed out) while the answer was on its way
            const bool useCache = mode != CacheMode::Bypass && cacheUsable();
            if (!error) {
                if (useCache && !m_cache->storeSite(site, now()))
                    noteCacheFailure();
                return handler(site, std::nullopt, error);
            }
            const auto cached = useCache && cacheMayAnswer(error) ? m_cache->site(siteId) : std::nullopt;
            if (!cached)
                return handler(site, std::nullopt, error);
            m_client->setSiteTimeZone(cached->first.id, cached->first.timeZoneId);
            handler(cached->first, cached->second, error);
        });
}

void SeriesRepository::fetchMeter(const QString &siteId, const QString &meterId, CacheMode mode,
                                  QObject *context, const MeterHandler &handler)
{
    if (!m_client) {
        callLater(context, handler, Meter(), std::optional<qint64>(),
                  ApiError::make(ApiError::Kind::SignInRequired, tr("Not signed in.")));
        return;
    }
    m_client->fetchMeter(siteId, meterId, context,
                         [this, self = QPointer(this), siteId, meterId, mode,
                          handler](const Meter &meter, const ApiError &error) {
                             if (!self)
                                 return; // the repository went (signed out) while the answer was on its way
                             const bool useCache = mode != CacheMode::Bypass && cacheUsable();
                             if (!error) {
                                 if (useCache && !m_cache->storeMeter(siteId, meter, now()))
                                     noteCacheFailure();
                                 return handler(meter, std::nullopt, error);
                             }
                             const auto cached = useCache && cacheMayAnswer(error)
                                                     ? m_cache->meter(siteId, meterId)
                                                     : std::nullopt;
                             if (!cached)
                                 return handler(meter, std::nullopt, error);
                             handler(cached->first, cached->second, error);
                         });
}

void SeriesRepository::keepSites(const QList<Site> &sites)
{
    if (cacheUsable() && !m_cache->storeSites(sites, now()))
        noteCacheFailure();
}

QList<Site> SeriesRepository::cachedSites(std::optional<qint64> *fetchedAtUtcMs) const
{
    if (!cacheUsable())
        return {};
    QList<Site> sites = m_cache->sites();
    if (fetchedAtUtcMs)
        *fetchedAtUtcMs = m_cache->sitesFetchedAt();
    // Date-only series of these sites are read in each site's zone.
    if (m_client) {
        for (const Site &site : sites)
            m_client->setSiteTimeZone(site.id, site.timeZoneId);
    }
    return sites;
}

void SeriesRepository::fetchMeters(const QString &siteId, CacheMode mode, QObject *context,
                                   const MetersHandler &handler)
{
    if (!m_client) {
        callLater(context, handler, QList<Meter>(), std::optional<qint64>(),
                  ApiError::make(ApiError::Kind::SignInRequired, tr("Not signed in.")));
        return;
    }
    m_client->fetchMeters(siteId, context,
                          [this, self = QPointer(this), siteId, mode, handler](const QList<Meter> &meters,
                                                                               const ApiError &error) {
                              if (!self)
                                  return; // the repository went (signed out) while the answer was on its way
                              const bool useCache = mode != CacheMode::Bypass && cacheUsable();
                              if (!error) {
                                  if (useCache && !m_cache->storeMeters(siteId, meters, now()))
                                      noteCacheFailure();
                                  handler(meters, std::nullopt, error);
                                  return;
                              }
                              if (useCache && cacheMayAnswer(error)) {
                                  const std::optional<qint64> stamp = m_cache->metersFetchedAt(siteId);
                                  if (stamp) {
                                      handler(m_cache->meters(siteId), stamp, error);
                                      return;
                                  }
                              }
                              handler({}, std::nullopt, error);
                          });
}

} // namespace meterscope
