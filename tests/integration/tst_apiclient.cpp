// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/requestfunnel.h"
#include "api/retrybudget.h"
#include "api/statictokensource.h"
#include "emulator/emulatorserver.h"
#include "support/apiclienttestsupport.h"
#include "support/countingtokensource.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace meterscope;
using namespace meterscope::testing;
using emulator::EmulatorServer;

// ApiClient against the in-process emulator on 127.0.0.1: every endpoint, the error statuses,
// token renewal, paging, chunked series, other profiles, cancel and context lifetime.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyEndpointAnswers();
    void statusesMapToErrorKinds();
    void tooLongSpanIsABadRequest();
    void rejectedTokenIsRenewedOnceAndReplayed();
    void secondRejectionIsFinal();
    void tokenGoesOnlyToTheApiOrigin();
    void envelopePagingReturnsEverySiteExactlyOnce();
    void pagingThatRepeatsStopsWithPagingError();
    void longRangeIsSplitIntoChunksAndMerged();
    void otherPathsAndParameterNamesWorkEndToEnd();
    void cancelledCallNeverCallsBack();
    void destroyedContextGetsNoCallback();
    void aTokenRefusedAtOnceIsReportedAfterTheCallReturned_data();
    void aTokenRefusedAtOnceIsReportedAfterTheCallReturned();

private:
    std::unique_ptr<ApiClient> makeClient(EmulatorServer *server, const ApiProfile &profile);
    QList<Site> sites(ApiClient *client);
    QList<Meter> meters(ApiClient *client, const QString &siteId);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<StaticTokenSource> m_pat;
    std::vector<std::unique_ptr<StaticTokenSource>> m_otherPats; // of the other servers a test starts
    RetryBudget m_budget;
};

void TestApiClient::init()
{
    m_server = std::make_unique<EmulatorServer>(emulatorOptions());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_pat = std::make_unique<StaticTokenSource>(m_server->demoPat());
}

void TestApiClient::cleanup()
{
    m_otherPats.clear();
    m_server.reset();
}

std::unique_ptr<ApiClient> TestApiClient::makeClient(EmulatorServer *server, const ApiProfile &profile)
{
    AccessTokenSource *tokens = m_pat.get();
    if (server != m_server.get()) {
        m_otherPats.push_back(std::make_unique<StaticTokenSource>(server->demoPat()));
        tokens = m_otherPats.back().get();
    }
    auto client = testClient(profile.withOrigin(server->origin()), tokens, &m_budget);
    return client;
}

QList<Site> TestApiClient::sites(ApiClient *client)
{
    Outcome<QList<Site>> outcome;
    client->fetchSites(this, outcome.handler());
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 10000) || outcome.error)
        qWarning("fetchSites failed: %s", qPrintable(outcome.error.details()));
    return outcome.value;
}

QList<Meter> TestApiClient::meters(ApiClient *client, const QString &siteId)
{
    Outcome<QList<Meter>> outcome;
    client->fetchMeters(siteId, this, outcome.handler());
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 10000) || outcome.error)
        qWarning("fetchMeters failed: %s", qPrintable(outcome.error.details()));
    return outcome.value;
}

void TestApiClient::everyEndpointAnswers()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    const QList<Site> all = sites(client.get());
    QCOMPARE(all.size(), 4);
    const Site &first = all.first();
    QVERIFY(!first.name.isEmpty());
    QVERIFY(!first.timeZoneId.isEmpty());

    Outcome<Site> site;
    client->fetchSite(first.id, this, site.handler());
    QTRY_COMPARE(site.calls, 1);
    QVERIFY2(!site.error, qPrintable(site.error.details()));
    QCOMPARE(site.value.id, first.id);
    QVERIFY(site.value.grossAreaM2.has_value());

    const QList<Meter> siteMeters = meters(client.get(), first.id);
    QVERIFY(!siteMeters.isEmpty());
    const auto electric = std::find_if(siteMeters.begin(), siteMeters.end(), [](const Meter &m) {
        return m.commodity == Commodity::Electricity && !m.measurements.isEmpty();
    });
    QVERIFY(electric != siteMeters.end());

    Outcome<Meter> meter;
    client->fetchMeter(first.id, electric->id, this, meter.handler());
    QTRY_COMPARE(meter.calls, 1);
    QVERIFY(!meter.error);
    QCOMPARE(meter.value.id, electric->id);
    QCOMPARE(meter.value.measurements.size(), electric->measurements.size());

    const QDateTime to = fixedNow().addDays(-1);
    for (const SeriesQuery::Source source :
         {SeriesQuery::Source::MeterMeasurements, SeriesQuery::Source::SiteMeasurements,
          SeriesQuery::Source::ActiveEnergy, SeriesQuery::Source::OtherUtilities}) {
        SeriesQuery query;
        query.source = source;
        query.siteId = first.id;
        query.meterId = electric->id;
        query.from = to.addDays(-3);
        query.to = to;
        query.interval = source == SeriesQuery::Source::MeterMeasurements ? ApiInterval::FifteenMinutes
                                                                          : ApiInterval::Daily;
        Outcome<QList<Series>> series;
        client->fetchSeries(query, this, series.handler());
        QTRY_COMPARE(series.calls, 1);
        QVERIFY2(!series.error, qPrintable(series.error.details()));
        if (source == SeriesQuery::Source::OtherUtilities)
            continue; // a site may have no other utility
        QVERIFY(!series.value.isEmpty());
        const Series &s = series.value.first();
        QVERIFY(!s.isEmpty());
        QVERIFY(s.utcMs.front() >=
                query.from.toMSecsSinceEpoch() - 86400000); // daily buckets start at local midnight
        QVERIFY(s.utcMs.back() < query.to.toMSecsSinceEpoch());
        QVERIFY(!s.unit.isEmpty());
    }
}

void TestApiClient::statusesMapToErrorKinds()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    const QList<Site> all = sites(client.get());
    QVERIFY(all.size() >= 2);

    Outcome<Site> missing;
    client->fetchSite(QStringLiteral("no-such-site"), this, missing.handler());
    QTRY_COMPARE(missing.calls, 1);
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(missing.error.httpStatus, 404);

    // A PAT that reads only the first site: the second is forbidden, and that is final.
    StaticTokenSource limited(m_server->issuePat(QDateTime(), {all.at(0).id}));
    client->setTokenSource(&limited);
    Outcome<QList<Meter>> forbidden;
    client->fetchMeters(all.at(1).id, this, forbidden.handler());
    QTRY_COMPARE(forbidden.calls, 1);
    QCOMPARE(forbidden.error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(meters(client.get(), all.at(0).id).isEmpty(), false);

    // An expired PAT: 401, and a PAT cannot be renewed.
    StaticTokenSource expired(m_server->issuePat(fixedNow().addDays(-1)));
    client->setTokenSource(&expired);
    Outcome<QList<Site>> unauthorized;
    client->fetchSites(this, unauthorized.handler());
    QTRY_COMPARE(unauthorized.calls, 1);
    QCOMPARE(unauthorized.error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!unauthorized.error.userMessage().contains(m_server->demoPat()));
}

void TestApiClient::tooLongSpanIsABadRequest()
{
    // A profile that believes raw data may be asked for 400 days at once: the server says 400.
    QString error;
    const ApiProfile generous = ApiProfile::fromJson(R"({"maxSpanDays":{"raw":400}})", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto client = makeClient(m_server.get(), generous);
    const QList<Site> all = sites(client.get());
    QVERIFY(!all.isEmpty());
    SeriesQuery query;
    query.source = SeriesQuery::Source::SiteMeasurements;
    query.siteId = all.first().id;
    query.from = fixedNow().addDays(-390);
    query.to = fixedNow().addDays(-1);
    query.interval = ApiInterval::Raw;
    Outcome<QList<Series>> outcome;
    client->fetchSeries(query, this, outcome.handler());
    QTRY_COMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(outcome.error.httpStatus, 400);
    QVERIFY(!outcome.error.details().contains(u'?')); // the path, never the query
}

void TestApiClient::rejectedTokenIsRenewedOnceAndReplayed()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    CountingTokenSource source(QStringLiteral("stale-token-0123"), m_server->demoPat());
    client->setTokenSource(&source);
    Outcome<QList<Site>> outcome;
    client->fetchSites(this, outcome.handler());
    QTRY_COMPARE(outcome.calls, 1);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(outcome.value.size(), 4);
    QCOMPARE(source.renewals, 1);
    QCOMPARE(source.lastRejected, QStringLiteral("stale-token-0123"));
}

void TestApiClient::secondRejectionIsFinal()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    CountingTokenSource source(QStringLiteral("stale-token-0123"), QStringLiteral("still-wrong-4567"));
    client->setTokenSource(&source);
    const int before = m_server->requestCount();
    Outcome<QList<Site>> outcome;
    client->fetchSites(this, outcome.handler());
    QTRY_COMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(source.renewals, 1);
    QCOMPARE(m_server->requestCount() - before, 2); // the request and its one replay

    CountingTokenSource signedOut(QStringLiteral("stale-token-0123"), QString());
    client->setTokenSource(&signedOut);
    Outcome<QList<Site>> ended;
    client->fetchSites(this, ended.handler());
    QTRY_COMPARE(ended.calls, 1);
    QCOMPARE(ended.error.kind, ApiError::Kind::SignInRequired);
}

void TestApiClient::tokenGoesOnlyToTheApiOrigin()
{
    RequestFunnel funnel(m_server->servedProfile());
    const QUrl base = m_server->servedProfile().baseUrl();
    const QString token = QStringLiteral("secret-token");
    QVERIFY(funnel.networkRequest(base.resolved(QUrl(QStringLiteral("sites"))), token)
                .hasRawHeader("Authorization"));
    for (const char *other :
         {"http://127.0.0.2/sites", "https://127.0.0.1/sites", "http://localhost/sites"}) {
        QUrl url(QString::fromLatin1(other));
        url.setPort(base.port());
        QVERIFY2(!funnel.networkRequest(url, token).hasRawHeader("Authorization"), other);
    }
    QUrl otherPort = base;
    otherPort.setPort(base.port() + 1);
    QVERIFY(!funnel.networkRequest(otherPort, token).hasRawHeader("Authorization"));
}

void TestApiClient::envelopePagingReturnsEverySiteExactlyOnce()
{
    emulator::EmulatorOptions options = emulatorOptions(5000);
    options.metersPerSite = 1;
    options.variants.envelope = emulator::ResponseVariants::Envelope::Items;
    EmulatorServer big(options);
    QVERIFY(big.start());
    auto client = makeClient(&big, big.servedProfile());
    Outcome<QList<Site>> outcome;
    ApiCall *call = client->fetchSites(this, outcome.handler());
    QSignalSpy progress(call, &ApiCall::progress);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.calls == 1, 30000);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(outcome.value.size(), 5000);
    QSet<QString> ids;
    for (const Site &site : std::as_const(outcome.value))
        ids.insert(site.id);
    QCOMPARE(ids.size(), 5000);
    const int pages = (5000 + big.servedProfile().pageSize() - 1) / big.servedProfile().pageSize();
    QCOMPARE(progress.size(), pages);
    QCOMPARE(progress.last().at(0).toInt(), pages);
    QCOMPARE(progress.last().at(1).toInt(), pages);
}

void TestApiClient::pagingThatRepeatsStopsWithPagingError()
{
    // The client pages with a parameter the server does not know, so every page is the first one.
    emulator::EmulatorOptions options = emulatorOptions(120);
    options.variants.envelope = emulator::ResponseVariants::Envelope::NamedKey;
    EmulatorServer server(options);
    QVERIFY(server.start());
    QString error;
    const ApiProfile skipping =
        ApiProfile::fromJson(R"({"parameters":{"offset":"skip"},"pageSize":50})", &error);
    auto client = makeClient(&server, skipping);
    Outcome<QList<Site>> outcome;
    client->fetchSites(this, outcome.handler());
    QTRY_COMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::PagingError);
    QCOMPARE(outcome.value.size(), 50); // what was fetched before the repeat
    QCOMPARE(server.requestCount(), 2);
}

void TestApiClient::longRangeIsSplitIntoChunksAndMerged()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    const QList<Site> all = sites(client.get());
    const QList<Meter> siteMeters = meters(client.get(), all.first().id);
    QVERIFY(!siteMeters.isEmpty());
    const Meter &meter = siteMeters.first();
    SeriesQuery query;
    query.source = SeriesQuery::Source::MeterMeasurements;
    query.siteId = all.first().id;
    query.meterId = meter.id;
    query.measurements = {meter.measurements.first().id};
    query.to = fixedNow().addDays(-2);
    query.from = query.to.addDays(-80); // three 31-day chunks
    query.interval = ApiInterval::FifteenMinutes;
    const int before = m_server->requestCount();
    Outcome<QList<Series>> outcome;
    ApiCall *call = client->fetchSeries(query, this, outcome.handler());
    QSignalSpy progress(call, &ApiCall::progress);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.calls == 1, 20000);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(m_server->requestCount() - before, 3);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(outcome.value.size(), 1);
    const Series &s = outcome.value.first();
    QCOMPARE(s.siteId, query.siteId);
    QVERIFY(std::adjacent_find(s.utcMs.begin(), s.utcMs.end(), std::greater_equal<qint64>()) ==
            s.utcMs.end());
    QVERIFY(s.utcMs.front() >= query.from.toMSecsSinceEpoch());
    QVERIFY(s.utcMs.back() < query.to.toMSecsSinceEpoch());
    // 80 days of quarter-hours, less the occasional gap: far more than one chunk could hold.
    QVERIFY2(s.size() > 31 * 96 * 2 && s.size() <= 80 * 96, qPrintable(QString::number(s.size())));
}

void TestApiClient::otherPathsAndParameterNamesWorkEndToEnd()
{
    QString error;
    const ApiProfile renamed = ApiProfile::fromJson(R"({
        "paths": {"sites": "/locations", "site": "/locations/{siteId}", "meters": "/locations/{siteId}/devices",
                  "meter": "/locations/{siteId}/devices/{meterId}",
                  "meterMeasurements": "/locations/{siteId}/devices/{meterId}/readings"},
        "parameters": {"startDate": "from", "endDate": "to", "interval": "granularity", "offset": "skip", "limit": "take"},
        "intervals": {"15min": "PT15M"}})",
                                                    &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    emulator::EmulatorOptions options = emulatorOptions();
    options.profile = renamed;
    EmulatorServer server(options);
    QVERIFY(server.start());
    auto client = makeClient(&server, renamed);
    const QList<Site> all = sites(client.get());
    QCOMPARE(all.size(), 4);
    const QList<Meter> siteMeters = meters(client.get(), all.first().id);
    QVERIFY(!siteMeters.isEmpty());
    SeriesQuery query;
    query.siteId = all.first().id;
    query.meterId = siteMeters.first().id;
    query.to = fixedNow().addDays(-1);
    query.from = query.to.addDays(-1);
    Outcome<QList<Series>> outcome;
    client->fetchSeries(query, this, outcome.handler());
    QTRY_COMPARE(outcome.calls, 1);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(!outcome.value.isEmpty());
    QCOMPARE(outcome.value.first().interval, QStringLiteral("PT15M"));
    QVERIFY(outcome.value.first().size() > 48);
    QVERIFY(server.requestLog().join(u'\n').contains(QStringLiteral("/readings")));
}

void TestApiClient::cancelledCallNeverCallsBack()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    Outcome<QList<Site>> outcome;
    QPointer<ApiCall> call = client->fetchSites(this, outcome.handler());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(call.isNull()); // it deletes itself
    // The completion callback never comes, even after the server would have answered.
    QTest::qWait(200);
    QCOMPARE(outcome.calls, 0);
}

void TestApiClient::destroyedContextGetsNoCallback()
{
    auto client = makeClient(m_server.get(), m_server->servedProfile());
    auto context = std::make_unique<QObject>();
    int calls = 0;
    QPointer<ApiCall> call =
        client->fetchSites(context.get(), [&calls](const QList<Site> &, const ApiError &) { ++calls; });
    context.reset();
    QTRY_VERIFY(call.isNull());
    QTest::qWait(200);
    QCOMPARE(calls, 0);
}

void TestApiClient::aTokenRefusedAtOnceIsReportedAfterTheCallReturned_data()
{
    QTest::addColumn<QString>("entryPoint");
    for (const char *entryPoint : {"fetchSites", "fetchSite", "fetchMeters", "fetchMeter", "fetchSeries"})
        QTest::newRow(entryPoint) << QString::fromLatin1(entryPoint);
}

void TestApiClient::aTokenRefusedAtOnceIsReportedAfterTheCallReturned()
{
    QFETCH(QString, entryPoint);
    // No token pasted: the source refuses inside requestToken(), before it returns.
    StaticTokenSource noToken{QString()};
    auto client = testClient(m_server->servedProfile().withOrigin(m_server->origin()), &noToken, &m_budget);
    const int requestsBefore = m_server->requestCount();
    int calls = 0;
    ApiError reported;
    auto record = [&](const ApiError &error) {
        ++calls;
        reported = error;
    };
    QPointer<ApiCall> call;
    if (entryPoint == u"fetchSites") {
        call = client->fetchSites(this, [&](const QList<Site> &, const ApiError &e) { record(e); });
    } else if (entryPoint == u"fetchSite") {
        call = client->fetchSite(QStringLiteral("s1"), this,
                                 [&](const Site &, const ApiError &e) { record(e); });
    } else if (entryPoint == u"fetchMeters") {
        call = client->fetchMeters(QStringLiteral("s1"), this,
                                   [&](const QList<Meter> &, const ApiError &e) { record(e); });
    } else if (entryPoint == u"fetchMeter") {
        call = client->fetchMeter(QStringLiteral("s1"), QStringLiteral("m1"), this,
                                  [&](const Meter &, const ApiError &e) { record(e); });
    } else {
        SeriesQuery query;
        query.source = SeriesQuery::Source::MeterMeasurements;
        query.siteId = QStringLiteral("s1");
        query.meterId = QStringLiteral("m1");
        query.to = fixedNow();
        query.from = query.to.addDays(-80); // several chunks, a few started at once
        query.interval = ApiInterval::FifteenMinutes;
        call = client->fetchSeries(query, this, [&](const QList<Series> &, const ApiError &e) { record(e); });
    }
    // The call returned: nothing was delivered inside it, and it is still running, so a caller can
    // keep it and connect to it.
    QCOMPARE(calls, 0);
    QVERIFY(call);
    QVERIFY(!call->isFinished());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_COMPARE(calls, 1);
    QCOMPARE(reported.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(call.isNull()); // it deletes itself
    QTest::qWait(100);
    QCOMPARE(calls, 1);
    QCOMPARE(m_server->requestCount(), requestsBefore); // nothing is sent without a token
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
