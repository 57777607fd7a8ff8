// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's HTTP connections byte by byte on 127.0.0.1: keep-alive, Connection: close, answers
// still due when the client has gone, and how a request finds the connection it came on.
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
