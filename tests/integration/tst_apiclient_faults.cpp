// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/retrybudget.h"
#include "api/statictokensource.h"
#include "emulator/emulatorserver.h"
#include "support/apiclienttestsupport.h"
#include "support/rawrequestrecorder.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace meterscope;
using namespace meterscope::testing;
using emulator::EmulatorServer;
using emulator::FaultSpec;

// ApiClient under the emulator's injected faults: what is retried, what is final, what times out,
// and that a redirect never carries the token to another host.
class TestApiClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rateLimitWithRetryAfterThenSuccess();
    void retryAfterBeyondTheCapStops();
    void everyRetryWaitsAtLeastRetryAfter();
    void serviceUnavailableTwiceThenSuccess();
    void serverErrorForeverFailsAfterTheBudget();
    void retryBudgetExhaustedStopsRetrying();
    void stalledResponseHitsTheTotalDeadline();
    void drippingResponseHitsTheTotalDeadline();
    void inactivityTimeoutEndsASilentAnswer();
    void cancelDuringARetryWaitSendsNothingMore();
    void announcedOversizedBodyIsRefused();
    void truncatedBodyIsNeverParsed();
    void malformedJsonIsBadData();
    void redirectToAnotherHostIsNotFollowed();
    void offlineServerIsOffline();
    void noLogLineCarriesTheToken();

private:
    void addFault(FaultSpec::Kind kind, int count, int status = 503, int retryAfterSeconds = -1);
    void deadlineEndsEveryAttempt(FaultSpec::Kind kind, int attempts, int deadlineMs);
    Outcome<QList<Site>> *fetchSitesAsync(ApiCall **call = nullptr);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<StaticTokenSource> m_pat;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RetryBudget> m_budget;
    std::unique_ptr<Outcome<QList<Site>>> m_outcome;
};

namespace {

QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void TestApiClientFaults::init()
{
    m_server = std::make_unique<EmulatorServer>(emulatorOptions(3));
    QVERIFY(m_server->start());
    m_pat = std::make_unique<StaticTokenSource>(m_server->demoPat());
    m_budget = std::make_unique<RetryBudget>();
    m_client = testClient(m_server->servedProfile(), m_pat.get(), m_budget.get());
}

void TestApiClientFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestApiClientFaults::addFault(FaultSpec::Kind kind, int count, int status, int retryAfterSeconds)
{
    FaultSpec fault;
    fault.kind = kind;
    fault.pathPattern = QStringLiteral("/sites$");
    fault.count = count;
    fault.status = status;
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.dripIntervalMs = 100;
    m_server->addFault(fault);
}

Outcome<QList<Site>> *TestApiClientFaults::fetchSitesAsync(ApiCall **call)
{
    m_outcome = std::make_unique<Outcome<QList<Site>>>();
    ApiCall *started = m_client->fetchSites(this, m_outcome->handler());
    if (call)
        *call = started;
    return m_outcome.get();
}

void TestApiClientFaults::rateLimitWithRetryAfterThenSuccess()
{
    addFault(FaultSpec::Kind::Status, 1, 429, 1);
    ApiCall *call = nullptr;
    QElapsedTimer clock;
    clock.start();
    auto *outcome = fetchSitesAsync(&call);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QVERIFY2(!outcome->error, qPrintable(outcome->error.details()));
    QCOMPARE(outcome->value.size(), 3);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(0).toInt(), 2);     // the second attempt
    QVERIFY(retrying.first().at(1).toInt() >= 1000); // Retry-After: 1 is a floor
    QVERIFY(clock.elapsed() >= 1000);
}

void TestApiClientFaults::everyRetryWaitsAtLeastRetryAfter()
{
    // Three 429s with Retry-After: 1. From each announced retry to the next answer at least a second
    // passes (a coarse timer may fire up to 5 % early: never before the server said).
    RequestPolicy policy = fastPolicy();
    policy.maxAttempts = 4;
    policy.totalDeadlineMs = 8000;
    m_client->setPolicy(policy);
    addFault(FaultSpec::Kind::Status, 3, 429, 1);
    ApiCall *call = nullptr;
    auto *outcome = fetchSitesAsync(&call);
    QElapsedTimer sinceRetrying;
    QList<qint64> waits;
    connect(call, &ApiCall::retrying, this, [&](int, int delayMs, const QString &) {
        QCOMPARE(delayMs, 1000);
        if (sinceRetrying.isValid())
            waits.append(sinceRetrying.elapsed());
        sinceRetrying.start();
    });
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    waits.append(sinceRetrying.elapsed());
    QVERIFY2(!outcome->error, qPrintable(outcome->error.details()));
    QCOMPARE(waits.size(), 3);
    for (const qint64 wait : std::as_const(waits))
        QVERIFY2(wait >= 1000, qPrintable(QString::number(wait)));
}

void TestApiClientFaults::retryAfterBeyondTheCapStops()
{
    addFault(FaultSpec::Kind::Status, 1, 429, 86400);
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(outcome->error.retryAfterSeconds, 86400);
    QVERIFY2(outcome->error.userMessage().contains(QStringLiteral("try again at")),
             qPrintable(outcome->error.userMessage()));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClientFaults::serviceUnavailableTwiceThenSuccess()
{
    addFault(FaultSpec::Kind::Status, 2, 503);
    ApiCall *call = nullptr;
    auto *outcome = fetchSitesAsync(&call);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(!outcome->error, qPrintable(outcome->error.details()));
    QCOMPARE(outcome->value.size(), 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestApiClientFaults::serverErrorForeverFailsAfterTheBudget()
{
    addFault(FaultSpec::Kind::Status, -1, 500);
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::ServerError);
    QCOMPARE(outcome->error.httpStatus, 500);
    QCOMPARE(outcome->error.userMessage(), defaultMessageFor(ApiError::Kind::ServerError));
    QVERIFY(outcome->error.details().contains(QStringLiteral("gave up after 3 attempts")));
    QCOMPARE(m_server->requestCount(), fastPolicy().maxAttempts);
}

void TestApiClientFaults::retryBudgetExhaustedStopsRetrying()
{
    RetryBudget tiny(5, 5); // one retry for the whole client
    m_client->setRetryBudget(&tiny);
    addFault(FaultSpec::Kind::Status, -1, 502);
    auto *first = fetchSitesAsync();
    QTRY_COMPARE(first->calls, 1);
    QCOMPARE(m_server->requestCount(), 2);
    auto *second = fetchSitesAsync();
    QTRY_COMPARE(second->calls, 1);
    QCOMPARE(second->error.kind, ApiError::Kind::ServerError);
    QCOMPARE(m_server->requestCount(), 3); // no retry left
}

void TestApiClientFaults::deadlineEndsEveryAttempt(FaultSpec::Kind kind, int attempts, int deadlineMs)
{
    addFault(kind, -1);
    RequestPolicy policy = fastPolicy();
    policy.maxAttempts = attempts;
    policy.totalDeadlineMs = deadlineMs;
    policy.maxBodyBytes = 2LL * 1000 * 1000 * 1000; // the drip announces 1 GB
    m_client->setPolicy(policy);
    QElapsedTimer clock;
    clock.start();
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QVERIFY(outcome->value.isEmpty());
    QCOMPARE(m_server->requestCount(), attempts);
    QVERIFY(clock.elapsed() >= attempts * deadlineMs);
    QVERIFY(clock.elapsed() < attempts * deadlineMs + 2000);
}

void TestApiClientFaults::stalledResponseHitsTheTotalDeadline()
{
    deadlineEndsEveryAttempt(FaultSpec::Kind::Stall, 2, 500);
}

void TestApiClientFaults::drippingResponseHitsTheTotalDeadline()
{
    // One byte every 100 ms never trips the 3 s inactivity timeout; only the total deadline ends it.
    deadlineEndsEveryAttempt(FaultSpec::Kind::Drip, 1, 800);
}

void TestApiClientFaults::inactivityTimeoutEndsASilentAnswer()
{
    addFault(FaultSpec::Kind::Stall, -1);
    RequestPolicy policy = fastPolicy();
    policy.maxAttempts = 1;
    policy.inactivityTimeoutMs = 300;
    policy.totalDeadlineMs = 10000;
    m_client->setPolicy(policy);
    QElapsedTimer clock;
    clock.start();
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout); // not "cancelled", though Qt reports it so
    QVERIFY(clock.elapsed() < 3000);
}

void TestApiClientFaults::cancelDuringARetryWaitSendsNothingMore()
{
    addFault(FaultSpec::Kind::Status, -1, 503);
    RequestPolicy policy = fastPolicy();
    policy.backoffBaseMs = policy.backoffCapMs = 400;
    m_client->setPolicy(policy);
    ApiCall *call = nullptr;
    auto *outcome = fetchSitesAsync(&call);
    QPointer<ApiCall> guard(call);
    // Cancel the moment the retry is announced: the jittered wait may be a few milliseconds only.
    int retriesAnnounced = 0;
    connect(call, &ApiCall::retrying, call, [&retriesAnnounced, call]() {
        ++retriesAnnounced;
        call->cancel();
    });
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(retriesAnnounced, 1);
    QTest::qWait(500); // longer than any backoff: a scheduled retry would have been sent by now
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(outcome->calls, 0);
}

void TestApiClientFaults::announcedOversizedBodyIsRefused()
{
    addFault(FaultSpec::Kind::Drip, 1); // its Content-Length announces 1 GB, over the 256 MB cap
    QElapsedTimer clock;
    clock.start();
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::BadData);
    QVERIFY(outcome->error.userMessage().contains(QStringLiteral("shorter period")));
    QVERIFY(clock.elapsed() < fastPolicy().totalDeadlineMs); // refused at once, not at the deadline
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClientFaults::truncatedBodyIsNeverParsed()
{
    addFault(FaultSpec::Kind::TruncatedBody, 1);
    auto *recovered = fetchSitesAsync();
    QTRY_COMPARE(recovered->calls, 1);
    QVERIFY2(!recovered->error, qPrintable(recovered->error.details())); // a transient failure, retried
    QCOMPARE(recovered->value.size(), 3);
    QCOMPARE(m_server->requestCount(), 2);

    addFault(FaultSpec::Kind::TruncatedBody, -1);
    auto *failed = fetchSitesAsync();
    QTRY_COMPARE(failed->calls, 1);
    QCOMPARE(failed->error.kind, ApiError::Kind::ServerError);
    QVERIFY(failed->value.isEmpty()); // the partial body was not parsed into sites
}

void TestApiClientFaults::malformedJsonIsBadData()
{
    addFault(FaultSpec::Kind::MalformedJson, 1);
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::BadData);
    QCOMPARE(m_server->requestCount(), 1); // bad data is not retried
}

void TestApiClientFaults::redirectToAnotherHostIsNotFollowed()
{
    RawRequestRecorder otherHost;
    QVERIFY(otherHost.start());
    FaultSpec fault;
    fault.kind = FaultSpec::Kind::Redirect;
    fault.pathPattern = QStringLiteral("/sites$");
    fault.count = -1;
    fault.redirectTarget = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(otherHost.serverPort()));
    m_server->addFault(fault);
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::UnexpectedRedirect);
    QCOMPARE(outcome->error.httpStatus, 302);
    QCOMPARE(m_server->requestCount(), 1); // not retried either
    QTest::qWait(300);                     // give a followed request time to arrive
    QCOMPARE(otherHost.connections, 0);
    for (const QByteArray &raw : std::as_const(otherHost.received))
        QVERIFY(!raw.contains(m_server->demoPat().toUtf8()));
    QVERIFY(!outcome->error.details().contains(m_server->demoPat()));
}

void TestApiClientFaults::offlineServerIsOffline()
{
    const ApiProfile profile = m_server->servedProfile();
    m_server->stop();
    RequestPolicy policy = fastPolicy();
    policy.maxAttempts = 2;
    m_client->setPolicy(policy);
    m_client->setProfile(profile);
    auto *outcome = fetchSitesAsync();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Offline);
}

void TestApiClientFaults::noLogLineCarriesTheToken()
{
    // Everything the client side would say, as with QT_LOGGING_RULES="*.debug=true", through a
    // retry, a success and a refused redirect. The in-process emulator's own Qt HTTP Server
    // category prints request headers (a server-side matter, environment.md), so it stays off.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver*=false"));
    previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });
    addFault(FaultSpec::Kind::Status, 1, 503);
    auto *retried = fetchSitesAsync();
    QTRY_COMPARE(retried->calls, 1);
    QVERIFY(!retried->error);
    FaultSpec redirect;
    redirect.kind = FaultSpec::Kind::Redirect;
    redirect.redirectTarget = QUrl(QStringLiteral("http://127.0.0.1:9"));
    m_server->addFault(redirect);
    auto *refused = fetchSitesAsync();
    QTRY_COMPARE(refused->calls, 1);
    QCOMPARE(refused->error.kind, ApiError::Kind::UnexpectedRedirect);

    const QStringList &lines = capturedLog();
    QVERIFY(lines.size() >= 3); // the requests and the retry were logged
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(m_server->demoPat()), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Bearer")), qPrintable(line));
        QVERIFY2(!line.contains(u'?'), qPrintable(line)); // paths without their query
    }
}

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclient_faults.moc"
