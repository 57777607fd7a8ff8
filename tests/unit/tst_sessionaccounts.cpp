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
        store.save(SignInController::accountFor(ApiProfile::builtInDemo(), Account::Kind::OAuth));
        QFile settings(file("plain.ini"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(ApiProfile::builtInDemo().demoClientSecret().toUtf8()));
    }

    void demoAccountComesBackWithTheEmulatorsProfile()
    {
        const ApiProfile served =
            ApiProfile::builtInDemo().withOrigin(QUrl(QStringLiteral("http://127.0.0.1:41234")));
        const Account account = SignInController::accountFor(served, Account::Kind::OAuth);
        QCOMPARE(account.kind, Account::Kind::Demo); // the profile carries the demo client
        QCOMPARE(account.id, QStringLiteral("demo@127.0.0.1"));
        const ApiProfile restored = SignInController::profileFor(account);
        QCOMPARE(restored.tokenUrl(), served.tokenUrl());
        QCOMPARE(restored.authorizeUrl(), served.authorizeUrl());
        QCOMPARE(restored.clientId(), served.clientId());
    }

    void productionAccountKeepsItsBaseUrl()
    {
        const ApiProfile production =
            ApiProfile::builtInProduction().withBaseUrl(QUrl(QStringLiteral("https://api.example.test/v2")));
        const Account account = SignInController::accountFor(production, Account::Kind::PersonalAccessToken);
        QCOMPARE(account.kind, Account::Kind::PersonalAccessToken);
        QCOMPARE(account.id, QStringLiteral("pat@api.example.test"));
        QCOMPARE(SignInController::profileFor(account).baseUrl(), production.baseUrl());
        QCOMPARE(SignInController::profileFor(account).tokenUrl(),
                 ApiProfile::builtInProduction().tokenUrl());
    }
};

QTEST_GUILESS_MAIN(TestSessionAccounts)
#include "tst_sessionaccounts.moc"
