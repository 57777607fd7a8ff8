// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiprofile.h"
#include "auth/authorizationflow.h"
#include "auth/browserlauncher.h"
#include "auth/loopbackreceiver.h"
#include "auth/tokenclient.h"
#include "resources/bundledresources.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace meterscope;

namespace {

const QByteArray kState = QByteArrayLiteral("expected-state-Value_123");

// What the browser got back on one connection.
struct Exchange
{
    QByteArray response;
    bool refused = false;
    [[nodiscard]] int status() const
    {
        const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
        return parts.size() > 1 ? parts.at(1).toInt() : 0;
    }
    [[nodiscard]] QByteArray body() const { return response.mid(response.indexOf("\r\n\r\n") + 4); }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = response.left(response.indexOf("\r\n\r\n")).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return QByteArray();
    }
};

// Sends raw bytes on a fresh connection and collects the answer until the server closes it.
Exchange send(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    Exchange exchange;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&]() { exchange.response += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            exchange.refused = true;
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    exchange.response += socket.readAll();
    return exchange;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

// A port of 127.0.0.1 that was free a moment ago (0 when none could be had).
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : quint16(0);
}

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_codes;
    std::unique_ptr<QSignalSpy> m_failures;

    QByteArray path() const { return m_receiver->redirectUri().path(QUrl::FullyEncoded).toLatin1(); }
    quint16 port() const { return m_receiver->serverPort(); }
    Exchange callback(const QByteArray &query) { return send(port(), get(path() + '?' + query)); }
    ApiError failure() const { return m_failures->first().first().value<ApiError>(); }

private Q_SLOTS:
    void initTestCase() { BundledResources::ensureLoaded(); }

    void init()
    {
        m_receiver = std::make_unique<LoopbackReceiver>();
        m_receiver->setExpectedState(kState);
        m_receiver->setIdleTimeoutMs(400);
        m_codes = std::make_unique<QSignalSpy>(m_receiver.get(), &LoopbackReceiver::codeReceived);
        m_failures = std::make_unique<QSignalSpy>(m_receiver.get(), &LoopbackReceiver::failed);
        // The code exchange succeeds at once unless a test says otherwise.
        connect(m_receiver.get(), &LoopbackReceiver::codeReceived, m_receiver.get(),
                [this] { m_receiver->completeCallback(ApiError()); });
        QVERIFY(m_receiver->listen());
    }

    void cleanup()
    {
        m_codes.reset();
        m_failures.reset();
        m_receiver.reset();
    }

    // C14; RFC 8252 §7.3: only the port varies, the path is the registered one.
    void listensOnLoopbackOnTheRegisteredPath()
    {
        QCOMPARE(m_receiver->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(port() != 0);
        const QUrl redirect = m_receiver->redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.port(), int(port()));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        LoopbackReceiver other;
        other.setPath(QStringLiteral("/oauth/done"));
        QVERIFY(other.listen());
        QCOMPARE(other.redirectUri().path(), QStringLiteral("/oauth/done"));
        QVERIFY(other.redirectUri().port() != redirect.port());
        // The default path is not answered by a receiver on another path.
        QCOMPARE(send(other.serverPort(), get("/callback?code=x&state=" + kState)).status(), 404);
        QVERIFY(other.isListening());
    }

    // For servers that register an exact port.
    void fixedPortIsUsedAsGiven()
    {
        const quint16 free = freeLoopbackPort();
        QVERIFY(free != 0);
        LoopbackReceiver receiver;
        receiver.setPort(free);
        QVERIFY(receiver.listen());
        QCOMPARE(receiver.redirectUri().port(), int(free));
        QCOMPARE(receiver.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(free));
    }

    // RFC 9207: with an expected issuer, an answer from another one ends the sign-in unused.
    void issuerMismatchIsRefused()
    {
        m_receiver->setExpectedIssuer(QStringLiteral("https://login.example.test"));
        const Exchange exchange =
            callback("code=mixed-up&state=" + kState + "&iss=https%3A%2F%2Fevil.example.test");
        QCOMPARE(exchange.status(), 400);
        QVERIFY(exchange.body().contains("another authorization server"));
        QCOMPARE(m_codes->size(), 0);
        QCOMPARE(m_failures->size(), 1);
        QVERIFY(failure().details().contains(QStringLiteral("evil.example.test")));
        QVERIFY(!m_receiver->isListening());
    }

    void matchingOrAbsentIssuerIsAccepted_data()
    {
        QTest::addColumn<QByteArray>("iss");
        QTest::newRow("absent") << QByteArray();
        QTest::newRow("same") << QByteArrayLiteral("&iss=https%3A%2F%2Flogin.example.test");
    }

    void matchingOrAbsentIssuerIsAccepted()
    {
        QFETCH(QByteArray, iss);
        m_receiver->setExpectedIssuer(QStringLiteral("https://login.example.test"));
        QCOMPARE(callback("code=fine&state=" + kState + iss).status(), 200);
        QCOMPARE(m_codes->size(), 1);
        QCOMPARE(m_failures->size(), 0);
    }

    // Without an expected issuer `iss` is not looked at.
    void issuerIsIgnoredWhenNoneIsExpected()
    {
        QCOMPARE(callback("code=fine&state=" + kState + "&iss=https%3A%2F%2Fanything").status(), 200);
        QCOMPARE(m_codes->size(), 1);
    }

    // A callback's error and description may carry terminal escape sequences: they never reach a
    // terminal or a log line as such.
    void callbackErrorTextLosesControlCharacters()
    {
        callback("error=bad%1B%5D0%3Bpwned%07&error_description=wipe%1B%5B2J%C2%9B%E2%80%AEend&state=" +
                 kState);
        QCOMPARE(m_failures->size(), 1);
        const QString shown = failure().userMessage() + failure().details();
        QVERIFY2(shown.contains(QStringLiteral("wipe")), qPrintable(shown));
        for (const QChar c : shown) {
            QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f) &&
                         c.unicode() != 0x202e,
                     qPrintable(QString::number(c.unicode(), 16)));
        }
    }

    // The browser reads "Signed in" only once the code exchange has succeeded; a failed exchange is said
    // on the page.
    void pageWaitsForTheCodeExchange()
    {
        disconnect(m_receiver.get(), &LoopbackReceiver::codeReceived, m_receiver.get(), nullptr);
        connect(m_receiver.get(), &LoopbackReceiver::codeReceived, m_receiver.get(), [this] {
            QTimer::singleShot(300, m_receiver.get(), [this] {
                m_receiver->completeCallback(ApiError::make(
                    ApiError::Kind::Unauthorized, QStringLiteral("The sign-in server refused the code.")));
            });
        });
        QElapsedTimer clock;
        clock.start();
        const Exchange failed = callback("code=refused&state=" + kState);
        QVERIFY(clock.elapsed() >= 250);
        QCOMPARE(failed.status(), 400);
        QVERIFY(failed.body().contains("refused the code"));
        QVERIFY(!failed.body().contains("Signed in"));
    }

    // The happy path, and the page it serves.
    void validCallbackDeliversCodeAndClosesListener()
    {
        const quint16 listenedPort = port();
        const Exchange exchange = callback("code=the-code&state=" + kState + "&iss=http%3A%2F%2Fissuer");
        QCOMPARE(exchange.status(), 200);
        QCOMPARE(m_codes->size(), 1);
        QCOMPARE(m_codes->first().first().toString(), QStringLiteral("the-code"));
        QVERIFY(!m_receiver->isListening());
        // Still the URI the browser was sent to: the token request must repeat it exactly.
        QCOMPARE(m_receiver->redirectUri().port(), int(listenedPort));
        QCOMPARE(exchange.header("Cache-Control"), QByteArrayLiteral("no-store"));
        QCOMPARE(exchange.header("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
        QVERIFY(exchange.header("Content-Type").startsWith("text/html"));
        // Self-contained: nothing that loads or links anything.
        QVERIFY(!exchange.body().contains("src="));
        QVERIFY(!exchange.body().contains("href="));
        QVERIFY(!exchange.body().contains("the-code"));
        QCOMPARE(m_failures->size(), 0);
    }

    // C1, C2
    void wrongOrMissingStateIsRejectedAndWaitGoesOn_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("C1-wrong-state") << QByteArrayLiteral("code=c1&state=someone-elses");
        QTest::newRow("C2-no-state") << QByteArrayLiteral("code=c1");
        QTest::newRow("C2-empty-state") << QByteArrayLiteral("code=c1&state=");
        QTest::newRow("state-prefix") << QByteArray("code=c1&state=" + kState.left(kState.size() - 1));
        QTest::newRow("error-with-wrong-state") << QByteArrayLiteral("error=access_denied&state=nope");
    }
    void wrongOrMissingStateIsRejectedAndWaitGoesOn()
    {
        QFETCH(QByteArray, query);
        QSignalSpy rejected(m_receiver.get(), &LoopbackReceiver::requestRejected);
        const Exchange exchange = callback(query);
        QCOMPARE(exchange.status(), 400);
        QVERIFY(exchange.body().contains("not for this session"));
        QCOMPARE(m_codes->size(), 0);
        QCOMPARE(m_failures->size(), 0);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(m_receiver->isListening());
        // The right answer still gets through afterwards.
        QCOMPARE(callback("code=good&state=" + kState).status(), 200);
        QCOMPARE(m_codes->size(), 1);
    }

    // C3
    void replayAfterSuccessIsRefused()
    {
        QCOMPARE(callback("code=first&state=" + kState).status(), 200);
        const Exchange replay = callback("code=first&state=" + kState);
        QVERIFY(replay.refused);
        QVERIFY(replay.response.isEmpty());
        QCOMPARE(m_codes->size(), 1);
    }

    // C4, C5
    void errorCallbackEndsWithSentence_data()
    {
        QTest::addColumn<QByteArray>("error");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("kind");
        QTest::newRow("C4-access_denied")
            << QByteArrayLiteral("access_denied&error_description=User+said+no")
            << QStringLiteral("Sign-in was cancelled or denied.") << int(ApiError::Kind::Unauthorized);
        QTest::newRow("C5-server_error") << QByteArrayLiteral("server_error")
                                         << QStringLiteral("The sign-in service is unavailable; try again.")
                                         << int(ApiError::Kind::ServerError);
        QTest::newRow("C5-temporarily_unavailable")
            << QByteArrayLiteral("temporarily_unavailable")
            << QStringLiteral("The sign-in service is unavailable; try again.")
            << int(ApiError::Kind::ServerError);
        QTest::newRow("other") << QByteArrayLiteral("invalid_scope")
                               << QStringLiteral("Sign-in failed (invalid_scope).")
                               << int(ApiError::Kind::Other);
    }
    void errorCallbackEndsWithSentence()
    {
        QFETCH(QByteArray, error);
        QFETCH(QString, sentence);
        QFETCH(int, kind);
        const Exchange exchange = callback("error=" + error + "&state=" + kState);
        QCOMPARE(exchange.status(), 400);
        QCOMPARE(m_failures->size(), 1);
        QCOMPARE(failure().userMessage(), sentence);
        QCOMPARE(int(failure().kind), kind);
        QVERIFY(!m_receiver->isListening());
        QCOMPARE(m_codes->size(), 0);
        QVERIFY(exchange.body().contains(sentence.toHtmlEscaped().toUtf8()));
    }

    // C6
    void rightStateWithoutCodeIsIncomplete()
    {
        const Exchange exchange = callback("state=" + kState);
        QCOMPARE(exchange.status(), 400);
        QCOMPARE(m_failures->size(), 1);
        QVERIFY(failure().userMessage().contains(QStringLiteral("incomplete")));
        QCOMPARE(m_codes->size(), 0);
        QVERIFY(!m_receiver->isListening());
    }

    // C7
    void twoCallbacksAtOnceDeliverOneCode()
    {
        // Both connections are accepted before either request is read.
        QTcpSocket first;
        QTcpSocket second;
        QByteArray firstAnswer;
        QByteArray secondAnswer;
        connect(&first, &QTcpSocket::readyRead, this, [&]() { firstAnswer += first.readAll(); });
        connect(&second, &QTcpSocket::readyRead, this, [&]() { secondAnswer += second.readAll(); });
        first.connectToHost(QHostAddress::LocalHost, port());
        second.connectToHost(QHostAddress::LocalHost, port());
        QTRY_VERIFY(first.state() == QAbstractSocket::ConnectedState &&
                    second.state() == QAbstractSocket::ConnectedState);
        const QByteArray request = get(path() + "?code=double&state=" + kState);
        first.write(request);
        second.write(request);
        QTRY_VERIFY(first.state() == QAbstractSocket::UnconnectedState &&
                    second.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(m_codes->size(), 1);
        const QByteArray answers = firstAnswer + secondAnswer;
        QVERIFY(answers.contains("HTTP/1.1 200"));
        QVERIFY(answers.contains("already completed"));
    }

    // C8
    void strayRequestsGet404AndWaitGoesOn_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("favicon") << QByteArrayLiteral("/favicon.ico");
        QTest::newRow("root") << QByteArrayLiteral("/");
        QTest::newRow("root-with-callback-query") << QByteArray("/?code=x&state=" + kState);
    }
    void strayRequestsGet404AndWaitGoesOn()
    {
        QFETCH(QByteArray, target);
        QCOMPARE(send(port(), get(target)).status(), 404);
        QVERIFY(m_receiver->isListening());
        QCOMPARE(m_codes->size(), 0);
        QCOMPARE(m_failures->size(), 0);
        // A path that only starts like ours is stray too (exact match).
        QCOMPARE(send(port(), get(path() + "x?code=x&state=" + kState)).status(), 404);
        QCOMPARE(m_codes->size(), 0);
    }

    // C9
    void silentPreconnectionIsClosedAndRealRequestHandled()
    {
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port());
        QTRY_COMPARE(idle.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(callback("code=after-preconnect&state=" + kState).status(), 200);
        QCOMPARE(m_codes->size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 3000);
    }

    // C10 (a 10 KB description exceeds the 8 KiB request-head cap and is dropped by C11's rule; 6 KB
    // still fits and must come out escaped and truncated).
    void errorTextIsEscapedAndTruncated()
    {
        const QByteArray script = QUrl::toPercentEncoding(QStringLiteral("<script>alert(1)</script> é ✓ ") +
                                                          QString(6 * 1024, u'x'));
        const Exchange exchange =
            callback("error=%3Cb%3Ebad%3C%2Fb%3E&error_description=" + script + "&state=" + kState);
        QCOMPARE(exchange.status(), 400);
        QVERIFY(!exchange.body().contains("<script>"));
        QVERIFY(!exchange.body().contains("<b>bad"));
        QVERIFY(exchange.body().contains("&lt;script&gt;"));
        QVERIFY(exchange.body().size() < 2048);
        QCOMPARE(m_failures->size(), 1);
        QVERIFY(failure().details().size() < 2 * LoopbackReceiver::kMaxShownTextLength + 40);
        QVERIFY(failure().details().contains(QStringLiteral("é ✓")));
    }

    // C11: an endless request line and a slow drip are cut off.
    void oversizedRequestHeadIsDropped_data()
    {
        QTest::addColumn<QByteArray>("huge");
        QTest::newRow("unterminated-64KiB-line") << QByteArray("GET /" + QByteArray(64 * 1024, 'a'));
        QTest::newRow("10KB-error-description") << QByteArray(
            "GET /cb?error=x&error_description=" + QByteArray(10 * 1024, 'y') + " HTTP/1.1\r\n\r\n");
    }
    void oversizedRequestHeadIsDropped()
    {
        QFETCH(QByteArray, huge);
        const Exchange exchange = send(port(), huge);
        QVERIFY(exchange.response.isEmpty());
        QVERIFY(m_receiver->isListening());
        QCOMPARE(callback("code=still-works&state=" + kState).status(), 200);
    }

    void slowRequestHeadIsDroppedAfterIdleTimeout()
    {
        QElapsedTimer timer;
        timer.start();
        const Exchange exchange = send(port(), "GET " + path() + "?code=slow", 5000);
        QVERIFY(exchange.response.isEmpty());
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(m_receiver->isListening());
        QCOMPARE(m_codes->size(), 0);
    }

    // C12
    void malformedRequestsAreRefusedAndWaitGoesOn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray query = "?code=x&state=" + kState;
        QTest::newRow("POST") << QByteArray("POST {path}" + query + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("lower-case-get") << QByteArray("get {path}" + query + " HTTP/1.1\r\n\r\n");
        QTest::newRow("http-0.9") << QByteArray("GET {path}" + query + "\r\n\r\n");
        QTest::newRow("garbage") << QByteArrayLiteral("\x01\x02\x03 hello\r\n\r\n");
        QTest::newRow("tls-client-hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    }
    void malformedRequestsAreRefusedAndWaitGoesOn()
    {
        QFETCH(QByteArray, bytes);
        bytes.replace("{path}", path());
        const Exchange exchange = send(port(), bytes);
        QVERIFY(exchange.response.isEmpty() || exchange.status() == 400);
        QCOMPARE(m_codes->size(), 0);
        QVERIFY(m_receiver->isListening());
        QCOMPARE(callback("code=after&state=" + kState).status(), 200);
    }

    // C13
    void codeWithReservedCharactersIsDecodedOnce()
    {
        QCOMPARE(callback("code=ab%2Bc%2Fd%3De%25f&state=" + kState).status(), 200);
        QCOMPARE(m_codes->first().first().toString(), QStringLiteral("ab+c/d=e%f"));
    }

    // C15
    void overallTimeoutEndsWaitAndClosesPort()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(kState);
        receiver.setOverallTimeoutMs(200);
        QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
        QVERIFY(receiver.listen());
        const quint16 closedPort = receiver.serverPort();
        QTRY_COMPARE(failed.size(), 1);
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY(error.userMessage().contains(QStringLiteral("timed out")));
        QVERIFY(send(closedPort, get("/")).refused);
    }

    void cancelEndsWaitAndClosesPort()
    {
        m_receiver->cancel();
        QCOMPARE(m_failures->size(), 1);
        QCOMPARE(failure().kind, ApiError::Kind::Cancelled);
        QVERIFY(send(port() ? port() : 1, get("/")).refused || !m_receiver->isListening());
        QVERIFY(!m_receiver->isListening());
    }

    // C16
    void listenFailureIsReported()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        LoopbackReceiver receiver;
        receiver.setPort(occupier.serverPort());
        ApiError error;
        QVERIFY(!receiver.listen(&error));
        // A busy fixed port is named, with what to do.
        QVERIFY2(error.userMessage().contains(QStringLiteral("Port %1").arg(occupier.serverPort())),
                 qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(QStringLiteral("in use")));
        QVERIFY(error.userMessage().contains(QStringLiteral("oauth.redirectPort")));
        QVERIFY(!error.details().isEmpty());
        QVERIFY(!receiver.isListening());
    }

    // C17
    void noBrowserOffersUrlToCopy()
    {
        qunsetenv("METERSCOPE_BROWSER");
        const ApiProfile profile =
            ApiProfile::builtInDemo().withOrigin(QUrl(QStringLiteral("http://127.0.0.1:9")));
        TokenClient tokens(profile);
        AuthorizationFlow flow(profile, &tokens);
        BrowserLauncher launcher;
        launcher.setSystemOpener([](const QUrl &) { return false; }); // like QDesktopServices offscreen
        flow.setBrowserLauncher(launcher);
        QSignalSpy manual(&flow, &AuthorizationFlow::openUrlManually);
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        QVERIFY(flow.start());
        QCOMPARE(manual.size(), 1);
        const QUrl offered = manual.first().first().toUrl();
        QCOMPARE(offered, flow.authorizeUrl());
        QVERIFY(offered.query().contains(QStringLiteral("code_challenge=")));
        QVERIFY(flow.isRunning());
        QCOMPARE(failed.size(), 0);
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    }

    // The profile's redirect path and fixed port are what the flow listens on and sends as redirect_uri.
    void profileRedirectPathAndPortReachTheAuthorizeUrl()
    {
        const quint16 free = freeLoopbackPort();
        QVERIFY(free != 0);
        QString error;
        const ApiProfile profile = ApiProfile::fromJson(
            QStringLiteral(
                "{\"baseUrl\": \"http://127.0.0.1:9/api\", \"oauth\": {\"clientId\": \"mine\", "
                "\"authorizeUrl\": \"http://127.0.0.1:9/authorize\", \"tokenUrl\": "
                "\"http://127.0.0.1:9/token\", \"redirectPath\": \"/oauth/done\", \"redirectPort\": %1}}")
                .arg(free)
                .toUtf8(),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TokenClient tokens(profile);
        AuthorizationFlow flow(profile, &tokens);
        BrowserLauncher launcher;
        launcher.setSystemOpener([](const QUrl &) { return true; });
        flow.setBrowserLauncher(launcher);
        QVERIFY(flow.start());
        const QString expected = QStringLiteral("http://127.0.0.1:%1/oauth/done").arg(free);
        QCOMPARE(flow.redirectUri().toString(), expected);
        const QUrlQuery query(flow.authorizeUrl());
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), expected);
        // A second sign-in on the same fixed port while the first still waits: told which port is busy.
        AuthorizationFlow second(profile, &tokens);
        second.setBrowserLauncher(launcher);
        QSignalSpy failed(&second, &AuthorizationFlow::failed);
        QVERIFY(!second.start());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<ApiError>().userMessage().contains(QString::number(free)));
        flow.cancel();
    }

    // Bad redirect settings in a profile are refused when it is read.
    void badRedirectSettingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("oauth");
        QTest::newRow("relative path") << QByteArray("\"redirectPath\": \"callback\"");
        QTest::newRow("query") << QByteArray("\"redirectPath\": \"/cb?x=1\"");
        QTest::newRow("fragment") << QByteArray("\"redirectPath\": \"/cb#x\"");
        QTest::newRow("port too large") << QByteArray("\"redirectPort\": 70000");
        QTest::newRow("negative port") << QByteArray("\"redirectPort\": -1");
        QTest::newRow("port as text") << QByteArray("\"redirectPort\": \"8080\"");
    }

    void badRedirectSettingsAreRefused()
    {
        QFETCH(QByteArray, oauth);
        QString error;
        const ApiProfile profile = ApiProfile::fromJson(
            "{\"baseUrl\": \"https://api.example.test\", \"oauth\": {" + oauth + "}}", &error);
        QVERIFY(!profile.isValid());
        QVERIFY2(error.contains(QStringLiteral("redirect")), qPrintable(error));
    }

    void browserCommandGetsTheUrl()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("url.txt"));
        BrowserLauncher launcher;
        const QString script = dir.filePath(QStringLiteral("browser.sh"));
        QFile scriptFile(script);
        QVERIFY(scriptFile.open(QIODevice::WriteOnly));
        scriptFile.write("#!/bin/sh\nprintf %s \"$2\" > \"$1\"\n");
        scriptFile.close();
        scriptFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        launcher.setCommand(script + u' ' + out);
        const QUrl url(QStringLiteral("http://127.0.0.1:1/authorize?a=1&b=%2B"));
        QVERIFY(launcher.open(url));
        QFile file(out);
        QTRY_VERIFY(file.exists() && file.size() > 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), url.toEncoded());
    }

    void environmentVariableIsTheFallbackCommand()
    {
        qputenv("METERSCOPE_BROWSER", "/usr/bin/true --flag");
        BrowserLauncher launcher;
        QCOMPARE(launcher.effectiveCommand(), QStringLiteral("/usr/bin/true --flag"));
        launcher.setCommand(QStringLiteral("/bin/echo"));
        QCOMPARE(launcher.effectiveCommand(), QStringLiteral("/bin/echo"));
        qunsetenv("METERSCOPE_BROWSER");
        BrowserLauncher none;
        QString reason;
        QVERIFY(!none.open(QUrl(QStringLiteral("http://127.0.0.1:1/")), &reason));
        QVERIFY(!reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
