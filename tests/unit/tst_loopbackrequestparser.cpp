// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loopbackrequestparser.h"

#include <QTest>

using namespace meterscope;

// What the sign-in redirect listener makes of the bytes a connection sent: wait, refuse at once, or a
// GET with its path and query items (tests/unit/tst_loopbackreceiver covers the answers it sends).
class TestLoopbackRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusOfWhatArrived_data();
    void statusOfWhatArrived();
    void callbackQueryIsDecodedOnce();
    void headerLinesAndBodyDoNotChangeTheRequest();
};

using Status = LoopbackRequestParser::Status;

void TestLoopbackRequestParser::statusOfWhatArrived_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("nothing yet") << QByteArray() << Status::Incomplete << QByteArray();
    QTest::newRow("request line still arriving")
        << QByteArray("GET /cb?code=x&st") << Status::Incomplete << QByteArray();
    QTest::newRow("head without its blank line")
        << QByteArray("GET /cb HTTP/1.1\r\nHost: 127.0.0.1\r\n") << Status::Incomplete << QByteArray();
    QTest::newRow("callback") << QByteArray("GET /cb-abc?code=x&state=y HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                              << Status::Get << QByteArray("/cb-abc");
    QTest::newRow("HTTP/1.0 without headers")
        << QByteArray("GET /cb-abc HTTP/1.0\r\n\r\n") << Status::Get << QByteArray("/cb-abc");
    QTest::newRow("percent-encoded path kept as sent")
        << QByteArray("GET /cb%2Dabc HTTP/1.1\r\n\r\n") << Status::Get << QByteArray("/cb%2Dabc");
    QTest::newRow("POST") << QByteArray("POST /cb HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << Status::Malformed
                          << QByteArray();
    QTest::newRow("lower-case get") << QByteArray("get /cb HTTP/1.1\r\n\r\n") << Status::Malformed
                                    << QByteArray();
    QTest::newRow("HTTP/0.9") << QByteArray("GET /cb\r\n\r\n") << Status::Malformed << QByteArray();
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << Status::Malformed
                                    << QByteArray();
    QTest::newRow("absolute target") << QByteArray("GET http://127.0.0.1/cb HTTP/1.1\r\n\r\n")
                                     << Status::Malformed << QByteArray();
    QTest::newRow("double space") << QByteArray("GET  /cb HTTP/1.1\r\n\r\n") << Status::Malformed
                                  << QByteArray();
    QTest::newRow("TLS ClientHello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                                     << Status::NotHttp << QByteArray();
    QTest::newRow("binary garbage, complete")
        << QByteArray("\x01\x02\x03 hello\r\n\r\n", 13) << Status::Malformed << QByteArray();
    QTest::newRow("8 KiB without an end")
        << QByteArray("GET /" + QByteArray(8 * 1024, 'a')) << Status::TooLarge << QByteArray();
    QTest::newRow("end just past 8 KiB")
        << QByteArray("GET /" + QByteArray(8 * 1024 - 5, 'a') + " HTTP/1.1\r\n\r\n") << Status::TooLarge
        << QByteArray();
}

void TestLoopbackRequestParser::statusOfWhatArrived()
{
    QFETCH(QByteArray, received);
    QFETCH(Status, status);
    QFETCH(QByteArray, path);
    const LoopbackRequestParser request(received);
    QCOMPARE(request.status(), status);
    QCOMPARE(request.path(), path);
}

void TestLoopbackRequestParser::callbackQueryIsDecodedOnce()
{
    const LoopbackRequestParser request(
        "GET /cb?code=ab%2Bc%2Fd%3De%25f&state=s%C3%A9&error_description=User+said%20no&empty= "
        "HTTP/1.1\r\n\r\n");
    QCOMPARE(request.status(), Status::Get);
    QCOMPARE(request.queryItemValue(QStringLiteral("code")), QStringLiteral("ab+c/d=e%f"));
    QCOMPARE(request.queryItemValue(QStringLiteral("state")), QStringLiteral("sé"));
    QCOMPARE(request.queryItemValue(QStringLiteral("error_description")), QStringLiteral("User+said no"));
    QVERIFY(request.hasQueryItem(QStringLiteral("empty")));
    QVERIFY(request.queryItemValue(QStringLiteral("empty")).isEmpty());
    QVERIFY(!request.hasQueryItem(QStringLiteral("error")));
}

void TestLoopbackRequestParser::headerLinesAndBodyDoNotChangeTheRequest()
{
    const QByteArray head = "GET /cb?code=c1&state=s1 HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    const LoopbackRequestParser plain(head + "\r\n");
    const LoopbackRequestParser followed(head + "Cookie: a=b\r\n\r\nGET /other?code=c2 HTTP/1.1\r\n\r\n");
    QCOMPARE(followed.status(), Status::Get);
    QCOMPARE(followed.path(), plain.path());
    QCOMPARE(followed.queryItemValue(QStringLiteral("code")), QStringLiteral("c1"));
}

QTEST_GUILESS_MAIN(TestLoopbackRequestParser)
#include "tst_loopbackrequestparser.moc"
