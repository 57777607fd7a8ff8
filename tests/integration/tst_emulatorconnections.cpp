// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's HTTP connections byte by byte on 127.0.0.1: keep-alive, Connection: close, the Host
// names it answers to, answers still due when the client has gone, and how a request finds the
// connection it came on.
#include "emulator/trackingtcpserver.h"
#include "support/emulatortestclient.h"

#include <QTcpSocket>
#include <QTest>

using namespace meterscope::emulator;
using namespace meterscope::emulator::testing;

namespace {

// Everything a raw client received, and the first answer in it once it is complete.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;

    RawClient()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
    }
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    // Length of the first complete answer (head and Content-Length bytes of body), or 0.
    [[nodiscard]] qsizetype completeAnswerLength() const
    {
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return 0;
        qint64 contentLength = 0;
        const QList<QByteArray> lines = received.left(headEnd).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype total = headEnd + 4 + qsizetype(contentLength);
        return received.size() >= total ? total : 0;
    }
    // Waits for the first complete answer and takes it out of what was received.
    QByteArray takeAnswer(int timeoutMs = 5000)
    {
        if (!QTest::qWaitFor([this] { return completeAnswerLength() > 0; }, timeoutMs))
            return QByteArray();
        const qsizetype length = completeAnswerLength();
        QByteArray answer = received.left(length);
        received.remove(0, length);
        return answer;
    }
};

} // namespace

class TestEmulatorConnections : public QObject
{
    Q_OBJECT

private:
    RunningEmulator m_emulator;

    QByteArray request(const QString &path, const QByteArray &extraHeaders = QByteArray()) const
    {
        return "GET " + m_emulator.client->api(path).path(QUrl::FullyEncoded).toLatin1() +
               " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_emulator.server->port()) +
               "\r\nAuthorization: Bearer " + m_emulator.server->demoPat().toLatin1() + "\r\n" +
               extraHeaders + "\r\n";
    }
    // The emulator still answers a new client in full.
    void verifyStillServing()
    {
        const HttpResult result = m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")),
                                                         m_emulator.server->demoPat());
        QCOMPARE(result.status, 200);
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init()
    {
        m_emulator.server->clearFaults();
        m_emulator.server->setLatencyMs(0);
    }

    void oneConnectionCarriesRequestsOneAfterAnother()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_emulator.server->port()));
        for (int i = 0; i < 3; ++i) {
            client.socket.write(request(QStringLiteral("/sites")));
            const QByteArray answer = client.takeAnswer();
            QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
            QVERIFY(answer.contains("Connection: keep-alive\r\n"));
            QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        }
    }

    void connectionCloseEndsTheConnectionAfterTheAnswer()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_emulator.server->port()));
        client.socket.write(request(QStringLiteral("/sites"), "Connection: close\r\n"));
        const QByteArray answer = client.takeAnswer();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
        QVERIFY(answer.contains("Connection: close\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void headerNamesAreMatchedWhateverTheirCase()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_emulator.server->port()));
        QByteArray shouted = request(QStringLiteral("/sites"));
        shouted.replace("Authorization:", "AUTHORIZATION:");
        client.socket.write(shouted);
        const QByteArray answer = client.takeAnswer();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
    }

    // DNS rebinding: a page on another site may reach 127.0.0.1 under its own name, which its
    // browser then sends as Host. Only loopback names are served; the refusal comes before any
    // handler, so nothing is counted, logged or answered with data.
    void onlyLoopbackHostNamesAreServed_data()
    {
        QTest::addColumn<QByteArray>("hostLine"); // empty = no Host header
        QTest::addColumn<int>("status");
        QTest::newRow("ipv4-with-port") << QByteArray("Host: 127.0.0.1:8080\r\n") << 200;
        QTest::newRow("ipv4") << QByteArray("Host: 127.0.0.1\r\n") << 200;
        QTest::newRow("ipv6-with-port") << QByteArray("Host: [::1]:8080\r\n") << 200;
        QTest::newRow("localhost") << QByteArray("Host: localhost\r\n") << 200;
        QTest::newRow("localhost-any-case") << QByteArray("Host: LocalHost:1\r\n") << 200;
        QTest::newRow("foreign-name") << QByteArray("Host: evil.example\r\n") << 421;
        QTest::newRow("foreign-name-with-port") << QByteArray("Host: evil.example:8080\r\n") << 421;
        QTest::newRow("loopback-prefix") << QByteArray("Host: 127.0.0.1.evil.example\r\n") << 421;
        QTest::newRow("localhost-prefix") << QByteArray("Host: localhost.evil.example\r\n") << 421;
        QTest::newRow("subdomain-of-localhost") << QByteArray("Host: evil.localhost\r\n") << 421;
        QTest::newRow("other-loopback-address") << QByteArray("Host: 127.0.0.2\r\n") << 421;
        QTest::newRow("ipv6-suffix") << QByteArray("Host: [::1].evil.example\r\n") << 421;
        QTest::newRow("two-ports") << QByteArray("Host: localhost:80:80\r\n") << 421;
        QTest::newRow("user-info") << QByteArray("Host: localhost@evil.example\r\n") << 421;
        QTest::newRow("empty") << QByteArray("Host: \r\n") << 400;
        QTest::newRow("missing") << QByteArray() << 400;
    }

    void onlyLoopbackHostNamesAreServed()
    {
        QFETCH(QByteArray, hostLine);
        QFETCH(int, status);
        const int countBefore = m_emulator.server->requestCount();
        QSignalSpy served(m_emulator.server.get(), &EmulatorServer::requestServed);
        RawClient client;
        QVERIFY(client.connectTo(m_emulator.server->port()));
        QByteArray raw = request(QStringLiteral("/sites"));
        raw.replace(QByteArray("Host: 127.0.0.1:" + QByteArray::number(m_emulator.server->port()) + "\r\n"),
                    hostLine);
        client.socket.write(raw);
        const QByteArray answer = client.takeAnswer();
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
                 answer.left(200).constData());
        QCOMPARE(m_emulator.server->requestCount() - countBefore, status == 200 ? 1 : 0);
        QCOMPARE(served.size(), status == 200 ? 1 : 0);
        if (status != 200)
            QVERIFY2(answer.size() < 600 && !answer.contains("\"sites\"") && !answer.contains("\"id\""),
                     answer.constData());
    }

    // The controls too: a rebound name cannot reach them even with the control token.
    void aForeignHostCannotReachTheControls()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_emulator.server->port()));
        const QByteArray control = "GET /_emulator/requests HTTP/1.1\r\nX-Emulator-Control-Token: " +
                                   m_emulator.server->controlToken().toLatin1() + "\r\n";
        client.socket.write(control + "Host: evil.example\r\n\r\n");
        const QByteArray refused = client.takeAnswer();
        QVERIFY2(refused.startsWith("HTTP/1.1 421 "), refused.left(200).constData());
        QVERIFY(!refused.contains("\"requests\""));
        client.socket.write(control + "Host: localhost\r\n\r\n");
        const QByteArray answered = client.takeAnswer();
        QVERIFY2(answered.startsWith("HTTP/1.1 200 "), answered.left(200).constData());
        QVERIFY(answered.contains("\"requests\""));
    }

    void aDelayedAnswerToAClientThatLeftIsDropped()
    {
        m_emulator.server->setLatencyMs(200);
        {
            RawClient client;
            QVERIFY(client.connectTo(m_emulator.server->port()));
            QSignalSpy served(m_emulator.server.get(), &EmulatorServer::requestServed);
            client.socket.write(request(QStringLiteral("/sites")));
            QVERIFY(served.wait(5000)); // the request was read; its answer is due in 200 ms
            client.socket.abort();
        }
        QTest::qWait(400); // the answer's time passes with its connection gone
        verifyStillServing();
    }

    void aDrippingAnswerStopsWhenTheClientLeaves()
    {
        FaultSpec drip;
        drip.kind = FaultSpec::Kind::Drip;
        drip.dripIntervalMs = 10;
        m_emulator.server->addFault(drip);
        {
            RawClient client;
            QVERIFY(client.connectTo(m_emulator.server->port()));
            client.socket.write(request(QStringLiteral("/sites")));
            QVERIFY(QTest::qWaitFor(
                [&client] {
                    const qsizetype headEnd = client.received.indexOf("\r\n\r\n");
                    return headEnd > 0 && client.received.size() >= headEnd + 4 + 3;
                },
                5000));
            QVERIFY(client.received.startsWith("HTTP/1.1 200 "));
            client.socket.abort();
        }
        QTest::qWait(100); // several more drip intervals with the connection gone
        verifyStillServing();
    }

    void trackingServerNamesTheConnectionOfAPeer()
    {
        TrackingTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient first;
        RawClient second;
        QVERIFY(first.connectTo(server.serverPort()));
        QVERIFY(second.connectTo(server.serverPort()));
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QTcpSocket *acceptedFirst = server.nextPendingConnection();
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QTcpSocket *acceptedSecond = server.nextPendingConnection();
        QVERIFY(acceptedFirst && acceptedSecond);
        if (acceptedFirst->peerPort() != first.socket.localPort())
            std::swap(acceptedFirst, acceptedSecond);

        QCOMPARE(server.connectionFrom(first.socket.localAddress(), first.socket.localPort()), acceptedFirst);
        QCOMPARE(server.connectionFrom(second.socket.localAddress(), second.socket.localPort()),
                 acceptedSecond);
        QCOMPARE(server.connectionFrom(QHostAddress(QStringLiteral("127.0.0.2")), first.socket.localPort()),
                 nullptr);

        // A peer that has left has no connection, before and after its socket is deleted.
        const quint16 leftPort = first.socket.localPort();
        first.socket.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(acceptedFirst->state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(server.connectionFrom(QHostAddress::LocalHost, leftPort), nullptr);
        delete acceptedFirst;
        QCOMPARE(server.connectionFrom(QHostAddress::LocalHost, leftPort), nullptr);
        QCOMPARE(server.connectionFrom(second.socket.localAddress(), second.socket.localPort()),
                 acceptedSecond);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorConnections)
#include "tst_emulatorconnections.moc"
