// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountstore.h"
#include "auth/signincontroller.h"
#include "resources/bundledresources.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meterscope;

class TestSessionAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { BundledResources::ensureLoaded(); }

    void accountsAreRememberedAcrossStoreObjects()
    {
        Account oauth;
        oauth.id = QStringLiteral("oauth@api.example.test");
        oauth.kind = Account::Kind::OAuth;
        oauth.label = QStringLiteral("OAuth — api.example.test");
        oauth.baseUrl = QStringLiteral("https://api.example.test/v1");
        Account pat = oauth;
        pat.id = QStringLiteral("pat@api.example.test");
        pat.kind = Account::Kind::PersonalAccessToken;
        {
            AccountStore store(file("accounts.ini"));
            store.save(oauth);
            store.save(pat);
            store.setLastUsedId(pat.id);
        }
        AccountStore reopened(file("accounts.ini"));
        QCOMPARE(reopened.accounts().size(), 2);
        const Account last = reopened.lastUsed();
        QCOMPARE(last.id, pat.id);
        QCOMPARE(last.kind, Account::Kind::PersonalAccessToken);
        QCOMPARE(last.baseUrl, pat.baseUrl);
        QCOMPARE(reopened.account(oauth.id).label, oauth.label);
        reopened.remove(pat.id);
        QVERIFY(!reopened.lastUsed().isValid());
        QCOMPARE(reopened.accounts().size(), 1);
    }

    void secretsNeverGoToTheSettingsFile()
    {
        AccountStore store(file("plain.ini"));
        store.save(SignInController::accountFor(ApiProfile::builtInDemo(), Account::Kind::OAuth, QString()));
        QString error;
        const ApiProfile confidential = ApiProfile::fromJson(
            "{\"baseUrl\": \"https://api.example.test/v1\", \"oauth\": {\"clientId\": \"mine\", "
            "\"clientSecret\": \"file-client-secret-123\", \"tokenUrl\": \"https://login.example.test/t\"}}",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        store.save(SignInController::accountFor(confidential, Account::Kind::OAuth, file("p.json")));
        QFile settings(file("plain.ini"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(ApiProfile::builtInDemo().demoClientSecret().toUtf8()));
        // The stored profile copies, decoded, hold no secret either.
        for (const Account &account : store.accounts()) {
            QVERIFY(!account.profileJson.isEmpty());
            QVERIFY(!account.profileJson.contains("demo-client-secret"));
            QVERIFY(!account.profileJson.contains("file-client-secret-123"));
        }
    }

    void aProfileFilesClientIsAnAccountOfItsOwnNotTheDemo()
    {
        QString error;
        const ApiProfile own = ApiProfile::fromJson(
            "{\"baseUrl\": \"http://127.0.0.1:8080/v1\", \"oauth\": {\"clientId\": \"meterscope-demo\", "
            "\"clientSecret\": \"demo-client-secret-not-confidential\", \"tokenUrl\": "
            "\"http://127.0.0.1:8080/oauth/token\"}}",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!own.isDemo());
        QCOMPARE(own.demoClientSecret(), QString());
        QCOMPARE(own.clientSecret(), QStringLiteral("demo-client-secret-not-confidential"));
        QCOMPARE(SignInController::accountFor(own, Account::Kind::OAuth, QString()).kind,
                 Account::Kind::OAuth);
    }

    // Accounts are told apart by API origin and base path and by the token URL: two servers on one host,
    // or one API behind two authorization servers, never share a refresh-token slot.
    void accountIdsSeparateServersOnOneHost()
    {
        const auto profile = [](const char *base, const char *token) {
            QString error;
            ApiProfile result = ApiProfile::fromJson(
                QStringLiteral(
                    "{\"baseUrl\": \"%1\", \"oauth\": {\"clientId\": \"c\", \"tokenUrl\": \"%2\"}}")
                    .arg(QLatin1String(base), QLatin1String(token))
                    .toUtf8(),
                &error);
            return result;
        };
        const auto id = [](const ApiProfile &p) {
            return SignInController::accountFor(p, Account::Kind::OAuth, QString()).id;
        };
        const ApiProfile a = profile("https://api.example.test/v1", "https://login.example.test/token");
        QCOMPARE(id(a), id(profile("https://API.example.test:443/v1/", "https://login.example.test/token")));
        QVERIFY(id(a) != id(profile("https://api.example.test:8443/v1", "https://login.example.test/token")));
        QVERIFY(id(a) != id(profile("https://api.example.test/v2", "https://login.example.test/token")));
        QVERIFY(id(a) != id(profile("https://api.example.test/v1", "https://other.example.test/token")));
        QVERIFY(id(a) != id(profile("http://api.example.test/v1", "https://login.example.test/token")));
    }

    // What the account signed in with comes back on restore, whatever the built-in defaults for its host
    // would be: a loopback server with its own client is not mistaken for the demo emulator.
    void restoreUsesTheStoredProfileCopy()
    {
        QString error;
        const ApiProfile signedIn = ApiProfile::fromJson(
            "{\"baseUrl\": \"http://127.0.0.1:41234/api\", \"oauth\": {\"clientId\": \"my-client\", "
            "\"authorizeUrl\": \"http://127.0.0.1:41999/authorize\", \"tokenUrl\": "
            "\"http://127.0.0.1:41999/token\", \"redirectPath\": \"/oauth/done\", \"issuer\": "
            "\"http://127.0.0.1:41999\"}, \"paths\": {\"sites\": \"/portfolio/sites\"}}",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Account account =
            SignInController::accountFor(signedIn, Account::Kind::OAuth, file("gone.json"));
        {
            AccountStore store(file("copy.ini"));
            store.save(account);
        }
        const Account reread = AccountStore(file("copy.ini")).account(account.id);
        QCOMPARE(reread.tokenUrl, QStringLiteral("http://127.0.0.1:41999/token"));
        const ApiProfile restored = SignInController::profileFor(reread, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(restored.tokenUrl(), signedIn.tokenUrl());
        QCOMPARE(restored.authorizeUrl(), signedIn.authorizeUrl());
        QCOMPARE(restored.clientId(), QStringLiteral("my-client"));
        QCOMPARE(restored.redirectPath(), QStringLiteral("/oauth/done"));
        QCOMPARE(restored.issuer(), QStringLiteral("http://127.0.0.1:41999"));
        QCOMPARE(restored.pathTemplate(ApiProfile::Endpoint::Sites), QStringLiteral("/portfolio/sites"));
        QVERIFY(restored.demoClientSecret().isEmpty());
    }

    void demoAccountComesBackWithTheEmulatorsProfile()
    {
        const ApiProfile served =
            ApiProfile::builtInDemo().withOrigin(QUrl(QStringLiteral("http://127.0.0.1:41234")));
        const Account account = SignInController::accountFor(served, Account::Kind::OAuth, QString());
        QCOMPARE(account.kind, Account::Kind::Demo); // the built-in demo profile's client
        QVERIFY(account.id.startsWith(QStringLiteral("demo@http://127.0.0.1:41234/")));
        QString error;
        const ApiProfile restored = SignInController::profileFor(account, &error);
        QCOMPARE(restored.tokenUrl(), served.tokenUrl());
        QCOMPARE(restored.authorizeUrl(), served.authorizeUrl());
        QCOMPARE(restored.clientId(), served.clientId());
        QCOMPARE(restored.demoClientSecret(), served.demoClientSecret());
    }

    // Accounts remembered before the profile copy was kept are still restored as they were signed in.
    void accountWithoutProfileCopyKeepsItsBaseUrl()
    {
        Account account;
        account.id = QStringLiteral("pat@api.example.test");
        account.kind = Account::Kind::PersonalAccessToken;
        account.baseUrl = QStringLiteral("https://api.example.test/v2");
        QString error;
        const ApiProfile restored = SignInController::profileFor(account, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(restored.baseUrl(), QUrl(account.baseUrl));
        QCOMPARE(restored.tokenUrl(), ApiProfile::builtInProduction().tokenUrl());
    }

    // A stored account is one more way a URL comes in: the same policy refuses it before any request.
    void storedAccountWithAPlainHttpTokenUrlIsRefused()
    {
        Account account;
        account.id = QStringLiteral("oauth@x");
        account.kind = Account::Kind::OAuth;
        account.baseUrl = QStringLiteral("https://api.example.test/v1");
        account.profileJson = "{\"baseUrl\": \"https://api.example.test/v1\", \"oauth\": {\"clientId\": "
                              "\"c\", \"tokenUrl\": \"http://login.example.test/token\"}}";
        QString error;
        QVERIFY(!SignInController::profileFor(account, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("token URL")), qPrintable(error));
        account.profileJson = "{\"baseUrl\": \"http://api.example.test/v1\"}";
        QVERIFY(!SignInController::profileFor(account, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("API base URL")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSessionAccounts)
#include "tst_sessionaccounts.moc"
