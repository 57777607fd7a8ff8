// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiprofile.h"
#include "api/credentialurlpolicy.h"
#include "resources/bundledresources.h"

#include <QTest>

using namespace meterscope;

// Where a credential may be sent, as a pure function of the URL: nothing here connects or resolves.
class TestCredentialUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { BundledResources::ensureLoaded(); }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reason"); // a word the refusal must contain

        QTest::newRow("https name") << "https://api.exchange.se.com/v1" << true << "";
        QTest::newRow("https port") << "https://api.example.test:8443/v1" << true << "";
        QTest::newRow("https address") << "https://203.0.113.7/v1" << true << "";
        QTest::newRow("HTTPS upper case") << "HTTPS://API.EXAMPLE.TEST/v1" << true << "";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1" << true << "";
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/v1" << true << "";
        QTest::newRow("http ::1") << "http://[::1]:8080/v1" << true << "";
        QTest::newRow("http v4-mapped ::1") << "http://[::ffff:127.0.0.1]:8080/v1" << true << "";
        QTest::newRow("http localhost") << "http://localhost:8080/v1" << true << "";
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/v1" << true << "";

        QTest::newRow("http name") << "http://api.example.test/v1" << false << "plain http";
        QTest::newRow("http localhost suffix") << "http://localhost.example.test/v1" << false << "plain http";
        QTest::newRow("http localhost prefix") << "http://mylocalhost/v1" << false << "plain http";
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/v1" << false << "plain http";
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/v1" << false << "plain http";
        QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/v1" << false << "plain http";
        QTest::newRow("http ::") << "http://[::]/v1" << false << "plain http";
        QTest::newRow("user info https") << "https://user:pw@api.example.test/v1" << false << "user name";
        QTest::newRow("user only https") << "https://user@api.example.test/v1" << false << "user name";
        QTest::newRow("user info loopback") << "http://user:pw@127.0.0.1/v1" << false << "user name";
        QTest::newRow("ftp") << "ftp://api.example.test/v1" << false << "https URL";
        QTest::newRow("file") << "file:///etc/passwd" << false << "https URL";
        QTest::newRow("javascript") << "javascript:alert(1)" << false << "https URL";
        QTest::newRow("no scheme") << "api.example.test/v1" << false << "https URL";
        QTest::newRow("empty") << "" << false << "https URL";
        QTest::newRow("no host") << "https:///v1" << false << "https URL";
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QFETCH(QString, reason);
        const QString refusal = CredentialUrlPolicy::check(QUrl(url), QStringLiteral("The API base URL"));
        QCOMPARE(refusal.isEmpty(), allowed);
        if (!allowed) {
            QVERIFY2(refusal.contains(reason), qPrintable(refusal));
            QVERIFY2(refusal.startsWith(QStringLiteral("The API base URL")), qPrintable(refusal));
            // The refusal never repeats a password it was given.
            QVERIFY2(!refusal.contains(QStringLiteral("pw")), qPrintable(refusal));
        }
    }

    // The profile check covers both URLs that carry credentials.
    void profileChecksBaseAndTokenUrl()
    {
        QCOMPARE(CredentialUrlPolicy::checkProfile(ApiProfile::builtInProduction()), QString());
        QCOMPARE(CredentialUrlPolicy::checkProfile(
                     ApiProfile::builtInDemo().withOrigin(QUrl(QStringLiteral("http://127.0.0.1:4321")))),
                 QString());
        QString error;
        const ApiProfile clearToken = ApiProfile::fromJson(
            "{\"baseUrl\": \"https://api.example.test/v1\", \"oauth\": {\"clientId\": \"c\", "
            "\"tokenUrl\": \"http://login.example.test/token\"}}",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(CredentialUrlPolicy::checkProfile(clearToken).contains(QStringLiteral("The token URL")));
        const ApiProfile clearBase =
            ApiProfile::builtInProduction().withBaseUrl(QUrl(QStringLiteral("http://api.example.test/v1")));
        QVERIFY(CredentialUrlPolicy::checkProfile(clearBase).contains(QStringLiteral("The API base URL")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialUrlPolicy)
#include "tst_credentialurlpolicy.moc"
