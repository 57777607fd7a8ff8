// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/requestfunnel.h"
#include "api/retrybudget.h"
#include "auth/pkce.h"
#include "auth/tokenclient.h"
#include "emulator/emulatorserver.h"
#include "resources/bundledresources.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace meterscope;
using namespace meterscope::emulator;

namespace {

const QUrl kRedirect(QStringLiteral("http://127.0.0.1:45678/callback"));

struct Outcome
{
    TokenResponse tokens;
    ApiError error;
    bool done = false;
};

TokenResultCallback into(Outcome *outcome)
{
    return [outcome](const TokenResponse &tokens, const ApiError &error) {
        outcome->tokens = tokens;
        outcome->error = error;
        outcome->done = true;
    };
}

// A token endpoint that answers every connection with one canned HTTP response and keeps what it was
// sent: for the answers the emulator does not produce (HTML, text, empty, odd token types).
class CannedServer final : public QObject
{
public:
    QByteArray response;
    QByteArray lastRequest;
    int connections = 0;

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl tokenUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(m_server.serverPort()));
    }

    CannedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            QTcpSocket *socket = m_server.nextPendingConnection();
            ++connections;
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, this, [buffer]() { delete buffer; });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
                *buffer += socket->readAll();
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
                const int length =
                    lengthAt < 0
                        ? 0
                        : buffer->mid(lengthAt + 15, buffer->indexOf("\r\n", lengthAt) - lengthAt - 15)
                              .trimmed()
                              .toInt();
                if (buffer->size() < headEnd + 4 + length)
                    return;
                lastRequest = *buffer;
                socket->write(response);
                socket->disconnectFromHost();
            });
        });
    }

private:
    QTcpServer m_server;
};

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<EmulatorServer> m_emulator;
    ApiProfile m_profile;
    QNetworkAccessManager m_browser;

    std::unique_ptr<TokenClient> makeClient(const ApiProfile &profile)
    {
        auto client = std::make_unique<TokenClient>(profile);
        client->setClientSecret(profile.demoClientSecret().isEmpty() ? m_emulator->demoClientSecret()
                                                                     : profile.demoClientSecret());
        setDeadline(*client, 3000);
        return client;
    }

    // Three attempts on 429/503 with short waits, and a total deadline per request.
    static void setDeadline(TokenClient &client, int deadlineMs)
    {
        RequestPolicy policy = client.funnel()->policy();
        policy.maxAttempts = 3;
        policy.backoffBaseMs = 20;
        policy.backoffCapMs = 100;
        policy.totalDeadlineMs = deadlineMs;
        policy.inactivityTimeoutMs = deadlineMs;
        client.funnel()->setPolicy(policy);
    }

    // What a browser does on the consent page when the user clicks "Authorize access".
    QString authorize(const QByteArray &challenge)
    {
        QNetworkRequest request(m_profile.authorizeUrl());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), m_profile.clientId());
        form.addQueryItem(QStringLiteral("redirect_uri"),
                          QString::fromLatin1(QUrl::toPercentEncoding(kRedirect.toString())));
        form.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        form.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        if (!challenge.isEmpty()) {
            form.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            form.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
        form.addQueryItem(QStringLiteral("decision"), QStringLiteral("allow"));
        std::unique_ptr<QNetworkReply> reply(
            m_browser.post(request, form.query(QUrl::FullyEncoded).toLatin1()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(5000))
            return QString();
        const QUrl location = QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location")));
        return QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    Outcome exchange(TokenClient &client, const QString &code, const QByteArray &verifier)
    {
        Outcome outcome;
        client.exchangeCode(code, kRedirect, verifier, this, into(&outcome));
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000); }();
        return outcome;
    }

    Outcome refresh(TokenClient &client, const QString &refreshToken)
    {
        Outcome outcome;
        client.refresh(refreshToken, this, into(&outcome));
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000); }();
        return outcome;
    }

    // A signed-in grant: code exchanged with PKCE.
    TokenResponse signIn(TokenClient &client)
    {
        const Pkce pkce = Pkce::generate();
        const Outcome outcome = exchange(client, authorize(pkce.challenge()), pkce.verifier());
        [&]() { QVERIFY2(!outcome.error, qPrintable(outcome.error.details())); }();
        return outcome.tokens;
    }

    // A refresh while the emulator answers the token endpoint with `fault`.
    Outcome refreshWithFault(FaultSpec fault, int deadlineMs = 3000)
    {
        fault.pathPattern = m_profile.tokenUrl().path();
        m_emulator->addFault(fault);
        auto client = makeClient(m_profile);
        setDeadline(*client, deadlineMs);
        return refresh(*client, QStringLiteral("refresh-value"));
    }

    int tokenRequests() const
    {
        return int(m_emulator->requestLog().count(QStringLiteral("POST ") + m_profile.tokenUrl().path()));
    }

private Q_SLOTS:
    void initTestCase() { BundledResources::ensureLoaded(); }

    void init()
    {
        EmulatorOptions options;
        options.quiet = true;
        m_emulator = std::make_unique<EmulatorServer>(options);
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_profile = m_emulator->servedProfile();
    }

    void cleanup() { m_emulator.reset(); }

    void codeExchangeWithPkceGivesTokens()
    {
        auto client = makeClient(m_profile);
        const TokenResponse tokens = signIn(*client);
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(tokens.expiresInSeconds, 3600);
        QCOMPARE(tokenRequests(), 1);
    }

    // T1: the code is single use; a wrong verifier is refused.
    void refusedCodeSaysSignInFailed()
    {
        auto client = makeClient(m_profile);
        const Pkce pkce = Pkce::generate();
        const QString code = authorize(pkce.challenge());
        QVERIFY(!exchange(*client, code, pkce.verifier()).error);
        const Outcome reused = exchange(*client, code, pkce.verifier());
        QCOMPARE(reused.error.userMessage(), QStringLiteral("Sign-in failed, please try again."));
        QVERIFY(reused.error.details().contains(QStringLiteral("invalid_grant")));
        QVERIFY(!reused.error.details().contains(code));
        const Pkce other = Pkce::generate();
        const Outcome wrongVerifier = exchange(*client, authorize(pkce.challenge()), other.verifier());
        QCOMPARE(wrongVerifier.error.userMessage(), QStringLiteral("Sign-in failed, please try again."));
        QCOMPARE(wrongVerifier.error.httpStatus, 400);
    }

    // T2
    void wrongClientSecretIsAnApplicationProblem()
    {
        auto client = makeClient(m_profile);
        client->setClientSecret(QStringLiteral("rotated-away-secret"));
        const Outcome outcome = refresh(*client, QStringLiteral("whatever-token"));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(outcome.error.userMessage().contains(QStringLiteral("client credentials")));
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(tokenRequests(), 1); // no retry loop
    }

    // T3 (token client side): a revoked grant refuses the refresh token as an OAuth error.
    void revokedGrantRefusesRefresh()
    {
        auto client = makeClient(m_profile);
        const TokenResponse tokens = signIn(*client);
        QVERIFY(!refresh(*client, tokens.refreshToken).error);
        m_emulator->revokeGrants();
        const Outcome outcome = refresh(*client, tokens.refreshToken);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(outcome.error.userMessage(), defaultMessageFor(ApiError::Kind::SignInRequired));
        QVERIFY(outcome.error.details().contains(QStringLiteral("invalid_grant")));
    }

    // T4 (token client side)
    void rotationReturnsNewRefreshToken()
    {
        m_emulator->setRotateRefreshTokens(true);
        auto client = makeClient(m_profile);
        const TokenResponse first = signIn(*client);
        const Outcome rotated = refresh(*client, first.refreshToken);
        QVERIFY(!rotated.error);
        QVERIFY(!rotated.tokens.refreshToken.isEmpty());
        QVERIFY(rotated.tokens.refreshToken != first.refreshToken);
        QCOMPARE(refresh(*client, first.refreshToken).error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(!refresh(*client, rotated.tokens.refreshToken).error);
    }

    // T6 with the emulator's token-response variants.
    void tolerantTokenResponseVariants_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("BearerToken") << 0 << 3600;
        QTest::newRow("expires_in-string") << 1 << 3600;
        QTest::newRow("expires_in-missing") << 2 << TokenResponse::kDefaultLifetimeSeconds;
        QTest::newRow("extra-keys") << 3 << 3600;
    }
    void tolerantTokenResponseVariants()
    {
        QFETCH(int, variant);
        QFETCH(int, expiresIn);
        ResponseVariants variants;
        variants.tokenTypeBearerToken = variant == 0;
        variants.expiresInAsString = variant == 1;
        variants.expiresInMissing = variant == 2;
        variants.tokenExtras = variant == 3;
        m_emulator->setVariants(variants);
        auto client = makeClient(m_profile);
        const TokenResponse tokens = signIn(*client);
        QVERIFY(!tokens.accessToken.isEmpty());
        QCOMPARE(tokens.expiresInSeconds, expiresIn);
    }

    // T6: the parser on its own, for shapes no server above produces.
    void tokenResponseParsing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("bearer-lower-case")
            << QByteArrayLiteral(R"({"access_token":"a","token_type":"bearer","expires_in":60})") << true
            << 60;
        QTest::newRow("no-token-type") << QByteArrayLiteral(R"({"access_token":"a"})") << true << 3600;
        QTest::newRow("negative") << QByteArrayLiteral(
                                         R"({"access_token":"a","token_type":"Bearer","expires_in":-5})")
                                  << true << 3600;
        QTest::newRow("zero") << QByteArrayLiteral(
                                     R"({"access_token":"a","token_type":"Bearer","expires_in":0})")
                              << true << 3600;
        QTest::newRow("huge") << QByteArrayLiteral(
                                     R"({"access_token":"a","token_type":"Bearer","expires_in":1e12})")
                              << true << TokenResponse::kMaxLifetimeSeconds;
        QTest::newRow("non-numeric-string")
            << QByteArrayLiteral(R"({"access_token":"a","expires_in":"soon"})") << true << 3600;
        QTest::newRow("string-number")
            << QByteArrayLiteral(R"({"access_token":"a","expires_in":" 120 "})") << true << 120;
        QTest::newRow("missing-access-token")
            << QByteArrayLiteral(R"({"token_type":"Bearer","expires_in":60})") << false << 0;
        QTest::newRow("empty-access-token")
            << QByteArrayLiteral(R"({"access_token":"","token_type":"Bearer"})") << false << 0;
        QTest::newRow("mac-token") << QByteArrayLiteral(R"({"access_token":"a","token_type":"mac"})") << false
                                   << 0;
        QTest::newRow("array") << QByteArrayLiteral(R"([{"access_token":"a"}])") << false << 0;
    }
    void tokenResponseParsing()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(int, expiresIn);
        TokenResponse tokens;
        ApiError error;
        QCOMPARE(TokenResponse::parse(body, &tokens, &error), accepted);
        if (accepted) {
            QCOMPARE(tokens.expiresInSeconds, expiresIn);
        } else {
            QCOMPARE(error.kind, ApiError::Kind::BadData);
            QCOMPARE(error.userMessage(), QStringLiteral("Unexpected response from the sign-in server."));
        }
    }

    // T7: 200 answers that are not a token response; the body never shows up in the error.
    void unreadableAnswersAreUnexpectedResponses_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("html-captive-portal")
            << httpResponse(200, "text/html", "<html><body>Log in to the Wi-Fi SECRETPAGE</body></html>");
        QTest::newRow("text-plain") << httpResponse(200, "text/plain", "SECRETPAGE ok");
        QTest::newRow("empty") << httpResponse(200, "application/json", "");
        QTest::newRow("invalid-json")
            << httpResponse(200, "application/json", "{\"access_token\":\"SECRETPAGE\"");
        QTest::newRow("html-400") << httpResponse(400, "text/html", "<html>SECRETPAGE</html>");
    }
    void unreadableAnswersAreUnexpectedResponses()
    {
        QFETCH(QByteArray, response);
        CannedServer server;
        server.response = response;
        QVERIFY(server.start());
        ApiProfile profile = m_profile;
        profile = profile.withOrigin(server.tokenUrl().adjusted(QUrl::RemovePath));
        auto client = makeClient(profile);
        const Outcome outcome = refresh(*client, QStringLiteral("refresh-value"));
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadData);
        QCOMPARE(outcome.error.userMessage(), QStringLiteral("Unexpected response from the sign-in server."));
        QVERIFY(!outcome.error.details().contains(QStringLiteral("SECRETPAGE")));
    }

    void malformedJsonFromEmulatorIsUnexpected()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::MalformedJson;
        QCOMPARE(refreshWithFault(fault).error.kind, ApiError::Kind::BadData);
    }

    // T8: a busy token endpoint is retried a couple of times, then "busy".
    void tokenRequestsFollowTheApiClientsFunnel()
    {
        // The API client's funnel: its network manager carries the token POST, and its retry
        // budget, once spent, stops the token client's retries as it stops the API's.
        ApiClient api(m_profile);
        RetryBudget spent(5, 5);
        QVERIFY(spent.tryAcquireRetry());
        api.setRetryBudget(&spent);
        TokenClient client(m_profile, api.funnel());
        client.setClientSecret(m_emulator->demoClientSecret());
        QSignalSpy posted(api.funnel()->manager(), &QNetworkAccessManager::finished);
        FaultSpec fault;
        fault.status = 503;
        fault.count = -1;
        fault.retryAfterSeconds = 0;
        fault.pathPattern = m_profile.tokenUrl().path();
        m_emulator->addFault(fault);
        const int before = tokenRequests();
        const Outcome outcome = refresh(client, QStringLiteral("refresh-value"));
        QVERIFY(outcome.error.userMessage().contains(QStringLiteral("busy")));
        QCOMPARE(tokenRequests() - before, 1);
        QCOMPARE(posted.count(), 1);
        m_emulator->clearFaults();
    }

    void serverErrorOnTokenPostIsNotRepeated()
    {
        // A 500 may come after the server acted (a rotated refresh token): never sent twice.
        auto client = makeClient(m_profile);
        FaultSpec fault;
        fault.status = 500;
        fault.count = -1;
        fault.pathPattern = m_profile.tokenUrl().path();
        m_emulator->addFault(fault);
        const int before = tokenRequests();
        const Outcome outcome = refresh(*client, QStringLiteral("refresh-value"));
        QCOMPARE(outcome.error.kind, ApiError::Kind::ServerError);
        QCOMPARE(tokenRequests() - before, 1);
        m_emulator->clearFaults();
    }

    void busyEndpointIsRetriedThenReported_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("recovers");
        QTest::newRow("429-once") << 429 << 1 << true;
        QTest::newRow("503-once") << 503 << 1 << true;
        QTest::newRow("503-forever") << 503 << -1 << false;
        QTest::newRow("429-forever") << 429 << -1 << false;
    }
    void busyEndpointIsRetriedThenReported()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(bool, recovers);
        auto client = makeClient(m_profile);
        const TokenResponse tokens = signIn(*client);
        FaultSpec fault;
        fault.status = status;
        fault.count = count;
        fault.retryAfterSeconds = 0;
        fault.pathPattern = m_profile.tokenUrl().path();
        m_emulator->addFault(fault);
        const int before = tokenRequests();
        const Outcome outcome = refresh(*client, tokens.refreshToken);
        if (recovers) {
            QVERIFY(!outcome.error);
            QCOMPARE(tokenRequests() - before, 2);
        } else {
            QVERIFY(outcome.error.userMessage().contains(QStringLiteral("busy")));
            QCOMPARE(tokenRequests() - before, 3);
        }
    }

    // T9: the network is down.
    void unreachableServerIsOffline()
    {
        QTcpServer reserved;
        QVERIFY(reserved.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserved.serverPort();
        reserved.close();
        auto client = makeClient(m_profile.withOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        const Outcome outcome = refresh(*client, QStringLiteral("refresh-value"));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Offline);
    }

    void stalledServerHitsDeadline()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::Stall;
        QCOMPARE(refreshWithFault(fault, 500).error.kind, ApiError::Kind::Timeout);
    }

    void redirectIsNotFollowed()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::Redirect;
        fault.redirectTarget = QUrl(QStringLiteral("http://127.0.0.1:1/elsewhere"));
        QCOMPARE(refreshWithFault(fault).error.kind, ApiError::Kind::UnexpectedRedirect);
    }

    // C13 and RFC 6749 §2.3.1: what goes over the wire.
    void requestIsFormEncodedOnceWithBasicCredentials()
    {
        CannedServer server;
        server.response =
            httpResponse(200, "application/json", R"({"access_token":"a","token_type":"Bearer"})");
        QVERIFY(server.start());
        const ApiProfile profile = m_profile.withOrigin(server.tokenUrl().adjusted(QUrl::RemovePath));
        TokenClient client(profile);
        client.setClientSecret(QStringLiteral("sec:ret+/%"));
        Outcome outcome;
        client.exchangeCode(QStringLiteral("ab+c/d=e%f"), kRedirect, QByteArrayLiteral("verifier-abc"), this,
                            into(&outcome));
        QTRY_VERIFY(outcome.done);
        QVERIFY(!outcome.error);
        const QByteArray request = server.lastRequest;
        const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
        const QList<QByteArray> fields = body.split('&');
        QVERIFY(fields.contains("grant_type=authorization_code"));
        QVERIFY(fields.contains("code=ab%2Bc%2Fd%3De%25f"));
        QVERIFY(fields.contains("redirect_uri=" + QUrl::toPercentEncoding(kRedirect.toString())));
        QVERIFY(fields.contains("code_verifier=verifier-abc"));
        const QByteArray credentials = QUrl::toPercentEncoding(profile.clientId()) + ':' +
                                       QUrl::toPercentEncoding(QStringLiteral("sec:ret+/%"));
        // Header names are case-insensitive (Qt 6.8 sends them in lower case); the value is exact.
        const QList<QByteArray> headLines = request.left(request.indexOf("\r\n\r\n")).split('\n');
        QByteArrayList authorizations;
        for (const QByteArray &line : headLines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).toLower() == "authorization")
                authorizations.append(line.mid(colon + 1).trimmed());
        }
        QCOMPARE(authorizations, QByteArrayList{"Basic " + credentials.toBase64()});
        QVERIFY(request.startsWith(QByteArray("POST " + profile.tokenUrl().path().toLatin1())));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
