// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"

#include "api/adaptiveconcurrency.h"
#include "api/apioperation.h"
#include "api/metadataparser.h"
#include "api/pagingguard.h"
#include "api/rangesplitter.h"
#include "api/requestfunnel.h"
#include "api/seriesmerger.h"
#include "api/seriesparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QReadWriteLock>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace meterscope {

namespace {

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // "2025-03-30T00:00:00Z"
}

ApiProfile::Endpoint endpointFor(SeriesQuery::Source source)
{
    switch (source) {
    case SeriesQuery::Source::SiteMeasurements:
        return ApiProfile::Endpoint::SiteMeasurements;
    case SeriesQuery::Source::MeterMeasurements:
        return ApiProfile::Endpoint::MeterMeasurements;
    case SeriesQuery::Source::ActiveEnergy:
        return ApiProfile::Endpoint::ActiveEnergy;
    case SeriesQuery::Source::OtherUtilities:
        break;
    }
    return ApiProfile::Endpoint::OtherUtilities;
}

template <typename T> QString identityOf(const T &item)
{
    return item.id;
}

QString identityOf(const Series &series)
{
    return series.key;
}

template <typename T>
using PageParser =
    std::function<void(const QByteArray &body, const std::function<void(ParsedList<T>)> &deliver)>;
template <typename T> using PagesDone = std::function<void(QList<T> items, const ApiError &error)>;

// What an operation that pages through a list keeps between pages.
template <typename T> struct PagedList
{
    explicit PagedList(const RequestPolicy &policy, int pageSize) : guard(pageSize, policy.maxPages) {}
    PagingGuard guard;
    QList<T> items;
    int skipped = 0;
};

} // namespace

class ApiClient::Private
{
public:
    explicit Private(ApiClient *q, const ApiProfile &profile)
        : funnel(new RequestFunnel(profile, q)), client(q)
    {
    }

    ApiOperation *newOperation(QObject *context) { return new ApiOperation(funnel, context, client); }

    QUrl pageUrl(const QUrl &url, qint64 offset) const
    {
        const ApiProfile profile = funnel->profile();
        QUrl paged = url;
        QUrlQuery query(url);
        query.addQueryItem(profile.parameterName(ApiProfile::Parameter::Offset), QString::number(offset));
        query.addQueryItem(profile.parameterName(ApiProfile::Parameter::Limit),
                           QString::number(profile.pageSize()));
        paged.setQuery(query);
        return paged;
    }

    // Pages through a list with offset/limit until the guard says it is complete, and calls
    // `complete` once with everything fetched (and an error if it stopped early). `parse` may hand
    // its result back later (off-thread parsing); nothing is called after the operation ended.
    template <typename T>
    void pageThrough(ApiOperation *op, const QUrl &url, PageParser<T> parse, PagesDone<T> complete,
                     bool pageProgress)
    {
        auto state = std::make_shared<PagedList<T>>(funnel->policy(), funnel->profile().pageSize());
        // The pending request's callback keeps the loop alive; the loop itself holds it weakly, so a
        // cancelled operation frees it.
        auto requestPage = std::make_shared<std::function<void()>>();
        *requestPage = [=, this, weakLoop = std::weak_ptr<std::function<void()>>(requestPage)] {
            const auto loop = weakLoop.lock();
            op->get(pageUrl(url, state->guard.nextOffset()),
                    [=](const QByteArray &body, const ApiError &error) {
                        if (error) {
                            complete(std::move(state->items), error);
                            return;
                        }
                        parse(body, [=](ParsedList<T> page) {
                            if (page.error) {
                                complete(std::move(state->items), page.error);
                                return;
                            }
                            PagingGuard::Page facts{
                                {}, page.rawCount, page.enveloped, page.totalCount, page.serverLimit};
                            for (const T &item : std::as_const(page.items))
                                facts.itemIds.append(identityOf(item));
                            const PagingGuard::Step step = state->guard.accept(facts);
                            if (step != PagingGuard::Step::Error) { // a repeated page is not delivered twice
                                state->items.append(std::move(page.items));
                                state->skipped += page.skipped;
                            }
                            if (step != PagingGuard::Step::Continue && state->skipped > 0)
                                qCInfo(lcApi).noquote() << "GET" << url.path() << "skipped" << state->skipped
                                                        << "records without a usable id or name";
                            if (pageProgress)
                                Q_EMIT op->progress(state->guard.pagesSeen(), state->guard.expectedPages());
                            if (step == PagingGuard::Step::Continue) {
                                (*loop)();
                                return;
                            }
                            ApiError result;
                            if (step == PagingGuard::Step::Error) {
                                result = ApiError::make(
                                    ApiError::Kind::PagingError, QString(),
                                    QStringLiteral("GET %1 · %2").arg(url.path(), state->guard.problem()));
                            }
                            complete(std::move(state->items), result);
                        });
                    });
        };
        (*requestPage)();
    }

    // A metadata list: parsed on this thread (small bodies), delivered when complete.
    template <typename T>
    void fetchList(ApiOperation *op, const QUrl &url, std::function<ParsedList<T>(const QByteArray &)> parse,
                   std::function<void(const QList<T> &, const ApiError &)> done)
    {
        pageThrough<T>(
            op, url,
            [parse](const QByteArray &body, const std::function<void(ParsedList<T>)> &deliver) {
                deliver(parse(body));
            },
            [op, done](QList<T> items, const ApiError &error) { op->finish([&] { done(items, error); }); },
            true);
    }

    template <typename T>
    void fetchOne(ApiOperation *op, const QUrl &url, std::function<ParsedItem<T>(const QByteArray &)> parse,
                  std::function<void(const T &, const ApiError &)> done)
    {
        op->get(url, [op, parse, done](const QByteArray &body, const ApiError &error) {
            const ParsedItem<T> item = error ? ParsedItem<T>{T(), error} : parse(body);
            op->finish([&] { done(item.value, item.error); });
        });
    }

    void rememberZones(const QList<Site> &sites)
    {
        QWriteLocker locker(&zoneLock);
        for (const Site &site : sites) {
            if (!site.timeZoneId.isEmpty())
                siteZones.insert(site.id, site.timeZoneId.toUtf8());
        }
    }

    QTimeZone zoneOf(const QString &siteId) const
    {
        QReadLocker locker(&zoneLock);
        const QByteArray id = siteZones.value(siteId);
        return id.isEmpty() ? QTimeZone() : QTimeZone(id);
    }

    RequestFunnel *funnel;
    ApiClient *client;
    mutable QReadWriteLock zoneLock;
    QHash<QString, QByteArray> siteZones; // for date-only series dates: the site's local midnight
};

ApiClient::ApiClient(const ApiProfile &profile, QObject *parent)
    : QObject(parent), d(new Private(this, profile))
{
}

ApiClient::~ApiClient()
{
    delete d;
}

ApiProfile ApiClient::profile() const
{
    return d->funnel->profile();
}

void ApiClient::setProfile(const ApiProfile &profile)
{
    d->funnel->setProfile(profile);
}

void ApiClient::setTokenSource(AccessTokenSource *source)
{
    d->funnel->setTokenSource(source);
}

void ApiClient::setPolicy(const RequestPolicy &policy)
{
    d->funnel->setPolicy(policy);
}

void ApiClient::setRetryBudget(RetryBudget *budget)
{
    d->funnel->setRetryBudget(budget);
}

RequestPolicy ApiClient::policy() const
{
    return d->funnel->policy();
}

void ApiClient::setProxy(const QNetworkProxy &proxy)
{
    d->funnel->manager()->setProxy(proxy);
}

void ApiClient::useSystemProxy()
{
    d->funnel->manager()->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

void ApiClient::setSiteTimeZone(const QString &siteId, const QString &ianaId)
{
    Site site;
    site.id = siteId;
    site.timeZoneId = ianaId;
    d->rememberZones({site});
}

RequestFunnel *ApiClient::funnel() const
{
    return d->funnel;
}

ApiCall *ApiClient::fetchSites(QObject *context, const SitesHandler &done)
{
    ApiOperation *op = d->newOperation(context);
    const QUrl url = profile().endpointUrl(ApiProfile::Endpoint::Sites);
    d->fetchList<Site>(op, url, &MetadataParser::parseSites,
                       [this, done](const QList<Site> &sites, const ApiError &error) {
                           d->rememberZones(sites);
                           done(sites, error);
                       });
    return op;
}

ApiCall *ApiClient::fetchSite(const QString &siteId, QObject *context, const SiteHandler &done)
{
    ApiOperation *op = d->newOperation(context);
    const QUrl url = profile().endpointUrl(ApiProfile::Endpoint::Site, siteId);
    d->fetchOne<Site>(op, url, &MetadataParser::parseSite,
                      [this, done](const Site &site, const ApiError &error) {
                          if (!error)
                              d->rememberZones({site});
                          done(site, error);
                      });
    return op;
}

ApiCall *ApiClient::fetchMeters(const QString &siteId, QObject *context, MetersHandler done)
{
    ApiOperation *op = d->newOperation(context);
    const QUrl url = profile().endpointUrl(ApiProfile::Endpoint::Meters, siteId);
    d->fetchList<Meter>(
        op, url, [siteId](const QByteArray &body) { return MetadataParser::parseMeters(body, siteId); },
        std::move(done));
    return op;
}

ApiCall *ApiClient::fetchMeter(const QString &siteId, const QString &meterId, QObject *context,
                               MeterHandler done)
{
    ApiOperation *op = d->newOperation(context);
    const QUrl url = profile().endpointUrl(ApiProfile::Endpoint::Meter, siteId, meterId);
    d->fetchOne<Meter>(
        op, url, [siteId](const QByteArray &body) { return MetadataParser::parseMeter(body, siteId); },
        std::move(done));
    return op;
}

ApiCall *ApiClient::fetchSeries(const SeriesQuery &query, QObject *context, SeriesHandler done)
{
    return fetchSeries(query, context, std::move(done), {});
}

ApiCall *ApiClient::fetchSeries(const SeriesQuery &query, QObject *context, SeriesHandler done,
                                const SeriesChunkHandler &chunkDone)
{
    ApiOperation *op = d->newOperation(context);
    const ApiProfile prof = profile();
    const QList<RangeSplitter::Span> spans =
        RangeSplitter::split(query.from, query.to, prof.maxSpanDays(query.interval));
    if (spans.isEmpty()) {
        QMetaObject::invokeMethod(
            op,
            [op, done] {
                op->finish([&] {
                    done({}, ApiError::make(
                                 ApiError::Kind::BadRequest,
                                 QCoreApplication::translate(
                                     "ApiClient", "The period is empty: its end is not after its start.")));
                });
            },
            Qt::QueuedConnection);
        return op;
    }

    const QUrl endpoint = prof.endpointUrl(endpointFor(query.source), query.siteId, query.meterId);
    auto chunkUrl = [prof, endpoint, query](const RangeSplitter::Span &span) {
        QUrlQuery params;
        params.addQueryItem(prof.parameterName(ApiProfile::Parameter::StartDate), rfc3339(span.from));
        params.addQueryItem(prof.parameterName(ApiProfile::Parameter::EndDate), rfc3339(span.to));
        params.addQueryItem(prof.parameterName(ApiProfile::Parameter::Interval),
                            prof.intervalName(query.interval));
        const bool byMeasurement = query.source == SeriesQuery::Source::SiteMeasurements ||
                                   query.source == SeriesQuery::Source::MeterMeasurements;
        if (byMeasurement && !query.measurements.isEmpty())
            params.addQueryItem(prof.parameterName(ApiProfile::Parameter::Measurement),
                                query.measurements.join(u','));
        if (query.source == SeriesQuery::Source::OtherUtilities && !query.commodities.isEmpty())
            params.addQueryItem(prof.parameterName(ApiProfile::Parameter::Commodity),
                                query.commodities.join(u','));
        QUrl url = endpoint;
        url.setQuery(params);
        return url;
    };

    struct State
    {
        explicit State(int maxInFlight) : concurrency(maxInFlight) {}
        SeriesMerger merger; // sorts what arrives out of order
        AdaptiveConcurrency concurrency;
        qsizetype launched = 0;
        int inFlight = 0;
        int done = 0;
    };
    auto state = std::make_shared<State>(policy().maxConcurrentRequests);
    connect(op, &ApiCall::throttled, op, [state] { state->concurrency.onThrottled(); });
    const QTimeZone zone = d->zoneOf(query.siteId);
    const int total = int(spans.size());
    const qint64 longestIntervalMs = apiIntervalLongestMs(query.interval);
    auto finishWith = [op, state, done, query, prof](const ApiError &error) {
        op->finish([&] {
            QList<Series> merged = state->merger.take();
            for (Series &series : merged) {
                if (series.siteId.isEmpty())
                    series.siteId = query.siteId;
                if (series.meterId.isEmpty())
                    series.meterId = query.meterId;
                ApiInterval interval;
                if (prof.intervalFromName(series.interval, &interval))
                    series.interval = prof.intervalName(interval); // "15MIN" reads as the profile's "15min"
            }
            done(merged, error);
        });
    };
    // As in pageThrough: pending callbacks hold the launcher, the launcher holds itself weakly.
    // The most recent chunk goes first: it is the part of the period a chart shows first.
    auto launcher = std::make_shared<std::function<void()>>();
    *launcher = [=, this, weakLauncher = std::weak_ptr<std::function<void()>>(launcher)] {
        const auto launch = weakLauncher.lock();
        while (op->isLive() && state->inFlight < state->concurrency.limit() &&
               state->launched < spans.size()) {
            const RangeSplitter::Span &span = spans.at(spans.size() - 1 - state->launched++);
            const quint64 epoch = state->concurrency.epoch();
            ++state->inFlight;
            const PageParser<Series> parse =
                [op, zone](const QByteArray &body, const std::function<void(ParsedList<Series>)> &deliver) {
                    op->runOffThread<ParsedList<Series>>(
                        [body, zone] { return SeriesParser::parse(body, zone); }, deliver);
                };
            d->pageThrough<Series>(
                op, chunkUrl(span), parse,
                [=](QList<Series> chunk, const ApiError &error) {
                    --state->inFlight;
                    for (Series &series : chunk)
                        SeriesMerger::dropOutside(&series, span.from.toMSecsSinceEpoch(),
                                                  span.to.toMSecsSinceEpoch(), longestIntervalMs);
                    if (!error && chunkDone)
                        chunkDone(chunk, span.from.toMSecsSinceEpoch(), span.to.toMSecsSinceEpoch());
                    state->merger.add(std::move(chunk));
                    if (error) {
                        finishWith(error);
                        return;
                    }
                    state->concurrency.onSuccess(epoch);
                    ++state->done;
                    Q_EMIT op->progress(state->done, total);
                    if (state->done == total)
                        finishWith(ApiError());
                    else
                        (*launch)();
                },
                false);
        }
    };
    (*launcher)();
    return op;
}

} // namespace meterscope
