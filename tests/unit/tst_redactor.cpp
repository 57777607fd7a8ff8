// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logredactor.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QTest>

using namespace meterscope;

Q_LOGGING_CATEGORY(lcRedactorTest, "meterscope.test")

namespace {

QStringList g_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternsAreRemoved_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOi.J9x-y_z")
                                << QStringLiteral("eyJhbGciOi");
        QTest::newRow("bearer-lower")
            << QStringLiteral("sent bearer abc123DEF456 to host") << QStringLiteral("abc123DEF456");
        QTest::newRow("basic") << QStringLiteral("header Basic bWV0ZXJzY29wZTpzZWNyZXQ=")
                               << QStringLiteral("bWV0ZXJzY29wZTpzZWNyZXQ");
        QTest::newRow("authorization-header")
            << QStringLiteral("authorization: MAC id=\"h480djs93hd8\"") << QStringLiteral("h480djs93hd8");
        QTest::newRow("cookie") << QStringLiteral("Cookie: session=s3cr3tcookie")
                                << QStringLiteral("s3cr3tcookie");
        QTest::newRow("access_token-query")
            << QStringLiteral("GET /x?access_token=AT-777777&b=1") << QStringLiteral("AT-777777");
        QTest::newRow("refresh_token-form")
            << QStringLiteral("grant_type=refresh_token&refresh_token=RT-888888")
            << QStringLiteral("RT-888888");
        QTest::newRow("code-query") << QStringLiteral("/cb-xyz?code=CODE-999999&state=s")
                                    << QStringLiteral("CODE-999999");
        QTest::newRow("code_verifier")
            << QStringLiteral("code_verifier=VERIFIER-1234567") << QStringLiteral("VERIFIER-1234567");
        QTest::newRow("client_secret")
            << QStringLiteral("client_secret=CS-abcdefg") << QStringLiteral("CS-abcdefg");
        QTest::newRow("json-access_token")
            << QStringLiteral("{\"access_token\": \"AT-jsonvalue\", \"expires_in\": 3600}")
            << QStringLiteral("AT-jsonvalue");
        QTest::newRow("json-refresh_token")
            << QStringLiteral("{\"refresh_token\":\"RT-jsonvalue\"}") << QStringLiteral("RT-jsonvalue");
    }

    void patternsAreRemoved()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString clean = LogRedactor::redact(line);
        QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY(clean.contains(LogRedactor::placeholder()));
    }

    void ordinaryTextIsKept()
    {
        const QString line = QStringLiteral("GET /sites status 200 in 35 ms, error_code=none, the code path");
        QCOMPARE(LogRedactor::redact(line), line);
    }

    void registeredSecretsAreRemovedRawAndEncoded()
    {
        const QString pat = QStringLiteral("pat+With/Odd=chars");
        LogRedactor::registerSecret(pat);
        QVERIFY(!LogRedactor::redact(QStringLiteral("token is ") + pat).contains(QStringLiteral("With/Odd")));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(pat));
        QVERIFY(!LogRedactor::redact(QStringLiteral("x=") + encoded).contains(encoded));
    }

    void shortValuesAreNotRegistered()
    {
        LogRedactor::registerSecret(QStringLiteral("ab"));
        QCOMPARE(LogRedactor::redact(QStringLiteral("about")), QStringLiteral("about"));
    }

    void longerSecretContainingAShorterOneIsRemovedWhole()
    {
        LogRedactor::registerSecret(QStringLiteral("inner-secret"));
        LogRedactor::registerSecret(QStringLiteral("outer-inner-secret-tail"));
        const QString clean = LogRedactor::redact(QStringLiteral("v=outer-inner-secret-tail;"));
        QVERIFY(!clean.contains(QStringLiteral("outer")));
        QVERIFY(!clean.contains(QStringLiteral("tail")));
    }

    void installedHandlerFiltersEveryMessage()
    {
        // Positive control: without the redactor the planted secret reaches the handler.
        qInstallMessageHandler(capture);
        const QString planted = QStringLiteral("planted-secret-42x");
        qWarning() << "value" << planted;
        QVERIFY(g_captured.join(u'\n').contains(planted));
        g_captured.clear();

        LogRedactor::registerSecret(planted);
        LogRedactor::install();
        LogRedactor::install(); // idempotent
        qWarning() << "value" << planted;
        qDebug("Authorization: Bearer %s", "raw-bearer-value");
        qCInfo(lcRedactorTest) << "refresh_token=RT-in-a-category";
        const QString all = g_captured.join(u'\n');
        QCOMPARE(g_captured.size(), 3);
        QVERIFY(!all.contains(planted));
        QVERIFY(!all.contains(QStringLiteral("raw-bearer-value")));
        QVERIFY(!all.contains(QStringLiteral("RT-in-a-category")));
        qInstallMessageHandler(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
