// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiprofile.h"
#include "auth/authorizationflow.h"
#include "auth/pkce.h"
#include "resources/bundledresources.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace meterscope;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { BundledResources::ensureLoaded(); }

    void challengeMatchesRfc7636AppendixB()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(Pkce::challengeFor(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierIs43UnreservedCharactersAndChallengeFollows()
    {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.verifier().size(), 43); // 32 bytes, base64url, no padding
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QVERIFY(unreserved.match(QString::fromLatin1(pkce.verifier())).hasMatch());
        QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
        QCOMPARE(Pkce::method(), QByteArrayLiteral("S256"));
    }

    void verifiersAndStatesAreFreshEachTime()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            seen.insert(Pkce::generate().verifier());
            seen.insert(Pkce::generateState());
        }
        QCOMPARE(seen.size(), 400);
    }

    void stateCarries256Bits()
    {
        const QByteArray state = Pkce::generateState();
        QCOMPARE(QByteArray::fromBase64(state, QByteArray::Base64UrlEncoding).size(), 32);
    }

    void authorizeUrlCarriesProfileValuesStateAndChallenge()
    {
        const ApiProfile profile =
            ApiProfile::builtInDemo().withOrigin(QUrl(QStringLiteral("http://127.0.0.1:4567")));
        const QUrl redirect(QStringLiteral("http://127.0.0.1:5555/cb-abc"));
        const QUrl url = AuthorizationFlow::buildAuthorizeUrl(
            profile, redirect, QByteArrayLiteral("st+a/te="), QByteArrayLiteral("challenge-value"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.path(), profile.authorizeUrl().path());
        const QUrlQuery query(url);
        auto value = [&query](const char *key) {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("client_id"), profile.clientId());
        QCOMPARE(value("redirect_uri"), redirect.toString());
        QCOMPARE(value("scope"), profile.scopes().join(u' '));
        QCOMPARE(value("state"), QStringLiteral("st+a/te="));
        QCOMPARE(value("code_challenge"), QStringLiteral("challenge-value"));
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        // '+' must be encoded, or a form-decoding server reads a space.
        QVERIFY(!url.toEncoded().contains("st+a"));
    }

    void authorizeUrlWithoutPkceHasNoChallenge()
    {
        const ApiProfile profile = ApiProfile::builtInDemo();
        const QUrl url = AuthorizationFlow::buildAuthorizeUrl(
            profile, QUrl(QStringLiteral("http://127.0.0.1:1/cb")), QByteArrayLiteral("state"), QByteArray());
        const QUrlQuery query(url);
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge_method")));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
