// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's OAuth 2.0 endpoints (api-contract.md §4) and its /_emulator/ controls (§5),
// over real HTTP on 127.0.0.1.
#include "support/emulatortestclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace meterscope;
using namespace meterscope::emulator;
using namespace meterscope::emulator::testing;

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");

QString randomVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

class TestEmulatorOAuth : public QObject
{
    Q_OBJECT

private:
    RunningEmulator m_emulator;
    QString m_verifier;

    QList<QPair<QString, QString>> authorizeParameters(const QString &clientId, const QString &redirect,
                                                       bool pkce = true)
    {
        QList<QPair<QString, QString>> items{
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), redirect},
            {QStringLiteral("scope"), QStringLiteral("read:site read:meter offline_access")},
            {QStringLiteral("state"), QStringLiteral("st&te=1")}};
        if (pkce) {
            items.append({QStringLiteral("code_challenge"), challengeFor(m_verifier)});
            items.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
        }
        return items;
    }
    HttpResult consentPage(const QList<QPair<QString, QString>> &parameters)
    {
        QUrl url = m_emulator.server->servedProfile().authorizeUrl();
        url.setQuery(QString::fromLatin1(form(parameters)));
        return m_emulator.client->get(url);
    }
    HttpResult decide(QList<QPair<QString, QString>> parameters, const QString &decision)
    {
        parameters.append({QStringLiteral("decision"), decision});
        return m_emulator.client->postForm(m_emulator.server->servedProfile().authorizeUrl(),
                                           form(parameters));
    }
    // The code of an approved authorization (client and PKCE as given).
    QString approvedCode(const QString &clientId, bool pkce = true)
    {
        const HttpResult result =
            decide(authorizeParameters(clientId, kRedirect, pkce), QStringLiteral("allow"));
        return QUrlQuery(QUrl(QString::fromLatin1(result.header("location"))))
            .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    HttpResult token(QList<QPair<QString, QString>> items, bool withClient = true)
    {
        if (withClient) {
            items.append({QStringLiteral("client_id"), m_emulator.server->demoClientId()});
            items.append({QStringLiteral("client_secret"), m_emulator.server->demoClientSecret()});
        }
        return m_emulator.client->postForm(m_emulator.server->servedProfile().tokenUrl(), form(items));
    }
    HttpResult exchange(const QString &code, const QString &verifier)
    {
        QList<QPair<QString, QString>> items{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), kRedirect}};
        if (!verifier.isEmpty())
            items.append({QStringLiteral("code_verifier"), verifier});
        return token(items);
    }
    HttpResult refresh(const QString &refreshToken)
    {
        return token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refreshToken}});
    }
    QJsonObject signIn()
    {
        const HttpResult result = exchange(approvedCode(m_emulator.server->demoClientId()), m_verifier);
        return result.status == 200 ? result.object() : QJsonObject();
    }
    int sitesStatus(const QString &accessToken)
    {
        return m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), accessToken).status;
    }

    // What the browser is shown for a redirect URI: the consent page and a 302 back to it with a
    // code, or an HTML 400 and no redirect at all (GET of the page and POST of the decision alike).
    void verifyRedirect(const QString &clientId, const QString &redirect, bool accepted)
    {
        const HttpResult page = consentPage(authorizeParameters(clientId, redirect));
        const HttpResult decision = decide(authorizeParameters(clientId, redirect), QStringLiteral("allow"));
        if (accepted) {
            QCOMPARE(page.status, 200);
            QCOMPARE(decision.status, 302);
            // The code is added to the redirect URI, whose own query stays.
            const QByteArray location = decision.header("location");
            const QByteArray expected = redirect.toUtf8() + (redirect.contains(u'?') ? "&code=" : "?code=");
            QVERIFY2(location.startsWith(expected), location.constData());
            return;
        }
        for (const HttpResult &result : {page, decision}) {
            QCOMPARE(result.status, 400);
            QVERIFY(result.header("content-type").startsWith("text/html"));
            QVERIFY(result.header("location").isEmpty());
        }
    }

private slots:
    void init()
    {
        QVERIFY(m_emulator.start());
        m_verifier = randomVerifier();
    }

    void cleanup() { m_emulator.stop(); }

    void demoClientMatchesTheDemoProfile()
    {
        QCOMPARE(m_emulator.server->demoClientId(), QStringLiteral("meterscope-demo"));
        QCOMPARE(m_emulator.server->demoClientSecret(), ApiProfile::builtInDemo().demoClientSecret());
        QCOMPARE(m_emulator.server->servedProfile().authorizeUrl().port(), int(m_emulator.server->port()));
    }

    void consentPageOffersBothDecisionsInAForm()
    {
        const HttpResult page =
            consentPage(authorizeParameters(m_emulator.server->demoClientId(), kRedirect));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.header("location").isEmpty());
        QVERIFY(page.body.contains("<form method=\"post\""));
        QVERIFY(page.body.contains(">Authorize access</button>"));
        QVERIFY(page.body.contains(">Do not authorize</button>"));
        QVERIFY(page.body.contains("value=\"st&amp;te=1\"")); // the state travels escaped
    }

    void authorizationCodeFlowWithPkce()
    {
        const HttpResult decision = decide(authorizeParameters(m_emulator.server->demoClientId(), kRedirect),
                                           QStringLiteral("allow"));
        QCOMPARE(decision.status, 302);
        const QUrl location(QString::fromLatin1(decision.header("location")));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(location.port(), 53682);
        QCOMPARE(location.path(), QStringLiteral("/callback"));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("st&te=1"));
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        const HttpResult tokens = exchange(code, m_verifier);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.header("cache-control"), QByteArray("no-store"));
        const QJsonObject body = tokens.object();
        QCOMPARE(body.value(u"token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(u"expires_in").toInt(), 3600);
        QCOMPARE(body.value(u"scope").toString(), QStringLiteral("read:site read:meter offline_access"));
        const QString access = body.value(u"access_token").toString();
        const QString refreshToken = body.value(u"refresh_token").toString();
        QVERIFY(!access.isEmpty() && !refreshToken.isEmpty());
        QCOMPARE(sitesStatus(access), 200);

        const HttpResult renewed = refresh(refreshToken);
        QCOMPARE(renewed.status, 200);
        const QString newAccess = renewed.object().value(u"access_token").toString();
        QVERIFY(newAccess != access);
        QCOMPARE(renewed.object().value(u"refresh_token").toString(), refreshToken); // no rotation by default
        QCOMPARE(sitesStatus(newAccess), 200);
        QCOMPARE(refresh(refreshToken).status, 200);
    }

    void codesAreSingleUse()
    {
        const QString code = approvedCode(m_emulator.server->demoClientId());
        QCOMPARE(exchange(code, m_verifier).status, 200);
        const HttpResult again = exchange(code, m_verifier);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
    }

    void expiredCodesAreInvalidGrant()
    {
        m_emulator.server->setAuthorizationCodeLifetimeMs(500);
        const QString code = approvedCode(m_emulator.server->demoClientId());
        QVERIFY(!code.isEmpty());
        QTest::qWait(700);
        const HttpResult late = exchange(code, m_verifier);
        QCOMPARE(late.status, 400);
        QCOMPARE(late.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(exchange(approvedCode(m_emulator.server->demoClientId()), m_verifier).status,
                 200); // in time
    }

    void wrongOrMissingVerifierIsInvalidGrant_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::newRow("wrong") << randomVerifier();
        QTest::newRow("missing") << QString();
    }

    void wrongOrMissingVerifierIsInvalidGrant()
    {
        QFETCH(QString, verifier);
        const HttpResult result = exchange(approvedCode(m_emulator.server->demoClientId()), verifier);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
        QVERIFY(!result.object().value(u"error_description").toString().isEmpty());
    }

    void codeWithoutPkceIsExchangedUnlessPkceIsRequired()
    {
        QCOMPARE(exchange(approvedCode(m_emulator.server->demoClientId(), false), QString()).status, 200);
        m_emulator.server->setRequirePkce(true);
        const HttpResult refused =
            decide(authorizeParameters(m_emulator.server->demoClientId(), kRedirect, false),
                   QStringLiteral("allow"));
        QCOMPARE(refused.status, 302);
        const QUrlQuery query(QUrl(QString::fromLatin1(refused.header("location"))));
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
        QVERIFY(!signIn().isEmpty()); // with PKCE it still works
    }

    void denialRedirectsWithAccessDenied()
    {
        const HttpResult result =
            decide(authorizeParameters(m_emulator.server->demoClientId(), kRedirect), QStringLiteral("deny"));
        QCOMPARE(result.status, 302);
        const QUrl location(QString::fromLatin1(result.header("location")));
        QCOMPARE(location.path(), QStringLiteral("/callback"));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("st&te=1"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    }

    void unknownClientGetsHtml400() { verifyRedirect(QStringLiteral("someone-else"), kRedirect, false); }

    // The demo client is registered with http://127.0.0.1/callback: only the port may vary.
    void onlyTheRegisteredRedirectIsAccepted_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("registered-path-other-port") << QStringLiteral("http://127.0.0.1:1/callback") << true;
        QTest::newRow("registered-path-no-port") << QStringLiteral("http://127.0.0.1/callback") << true;
        QTest::newRow("other-path") << QStringLiteral("http://127.0.0.1:53682/a/deeper/path") << false;
        QTest::newRow("path-prefix") << QStringLiteral("http://127.0.0.1:53682/call") << false;
        QTest::newRow("trailing-slash") << QStringLiteral("http://127.0.0.1:53682/callback/") << false;
        QTest::newRow("percent-encoded-path") << QStringLiteral("http://127.0.0.1:53682/call%62ack") << false;
        QTest::newRow("upper-case-path") << QStringLiteral("http://127.0.0.1:53682/Callback") << false;
        QTest::newRow("extra-query") << QStringLiteral("http://127.0.0.1:53682/callback?next=1") << false;
        QTest::newRow("fragment") << QStringLiteral("http://127.0.0.1:53682/callback#top") << false;
        QTest::newRow("user-info") << QStringLiteral("http://user@127.0.0.1:53682/callback") << false;
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:53682/callback") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:53682/callback") << false;
        QTest::newRow("ipv6-loopback") << QStringLiteral("http://[::1]:53682/callback") << false;
        QTest::newRow("foreign-host") << QStringLiteral("http://example.com/callback") << false;
        QTest::newRow("lookalike-host") << QStringLiteral("http://127.0.0.1.example.com/callback") << false;
        QTest::newRow("no-redirect") << QString() << false;
    }

    void onlyTheRegisteredRedirectIsAccepted()
    {
        QFETCH(QString, redirect);
        QFETCH(bool, accepted);
        QCOMPARE(m_emulator.server->redirectUris(),
                 QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1/callback"))});
        verifyRedirect(m_emulator.server->demoClientId(), redirect, accepted);
    }

    // options.redirectUris replace the default; a registered port counts only off loopback.
    void registeredRedirectUrisReplaceTheDefault_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ipv6-any-port") << QStringLiteral("http://[::1]:9/oauth/done") << true;
        QTest::newRow("ipv6-registered-port") << QStringLiteral("http://[::1]:8400/oauth/done") << true;
        QTest::newRow("ipv4-for-ipv6") << QStringLiteral("http://127.0.0.1:9/oauth/done") << false;
        QTest::newRow("with-its-query") << QStringLiteral("https://app.example.com:8443/cb?tenant=1") << true;
        QTest::newRow("without-its-query") << QStringLiteral("https://app.example.com:8443/cb") << false;
        QTest::newRow("other-query") << QStringLiteral("https://app.example.com:8443/cb?tenant=2") << false;
        QTest::newRow("non-loopback-other-port")
            << QStringLiteral("https://app.example.com:9/cb?tenant=1") << false;
        QTest::newRow("default-no-longer") << QStringLiteral("http://127.0.0.1:9/callback") << false;
    }

    void registeredRedirectUrisReplaceTheDefault()
    {
        QFETCH(QString, redirect);
        QFETCH(bool, accepted);
        EmulatorOptions options = RunningEmulator::pinnedOptions();
        options.redirectUris = {QUrl(QStringLiteral("http://[::1]:8400/oauth/done")),
                                QUrl(QStringLiteral("https://app.example.com:8443/cb?tenant=1"))};
        QVERIFY(m_emulator.start(options));
        verifyRedirect(m_emulator.server->demoClientId(), redirect, accepted);
    }

    // Without registrations the profile's oauth.redirectPath is registered on 127.0.0.1.
    void theProfilesRedirectPathIsTheDefault()
    {
        QString error;
        EmulatorOptions options = RunningEmulator::pinnedOptions();
        options.profile = ApiProfile::fromJson(R"({"oauth":{"redirectPath":"/signed-in"}})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_emulator.start(options));
        QCOMPARE(m_emulator.server->redirectUris(),
                 QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1/signed-in"))});
        verifyRedirect(m_emulator.server->demoClientId(), QStringLiteral("http://127.0.0.1:2/signed-in"),
                       true);
        verifyRedirect(m_emulator.server->demoClientId(), kRedirect, false);
    }

    void clientCredentialsInBodyOrBasicAuth()
    {
        const QString clientId = QStringLiteral("partner-app");
        const QString secret = QStringLiteral("s3cret:with+symbols");
        m_emulator.server->registerClient(clientId, secret);
        const QByteArray items = form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                       {QStringLiteral("code"), approvedCode(clientId)},
                                       {QStringLiteral("redirect_uri"), kRedirect},
                                       {QStringLiteral("code_verifier"), m_verifier}});
        const QByteArray basic = QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret);
        const HttpResult viaBasic =
            m_emulator.client->postForm(m_emulator.server->servedProfile().tokenUrl(), items, basic);
        QCOMPARE(viaBasic.status, 200);

        const HttpResult wrongSecret = m_emulator.client->postForm(
            m_emulator.server->servedProfile().tokenUrl(), items, clientId.toLatin1() + ":wrong");
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.object().value(u"error").toString(), QStringLiteral("invalid_client"));
        const HttpResult noClient = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("refresh_token"), QStringLiteral("x")}},
                                          false);
        QCOMPARE(noClient.status, 401);
        QCOMPARE(noClient.object().value(u"error").toString(), QStringLiteral("invalid_client"));
    }

    void tokenEndpointRejectsBadRequests_data()
    {
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("no-grant-type") << QString() << QString() << 400 << QStringLiteral("invalid_request");
        QTest::newRow("password-grant")
            << QStringLiteral("password") << QString() << 400 << QStringLiteral("unsupported_grant_type");
        QTest::newRow("no-code") << QStringLiteral("authorization_code") << QString() << 400
                                 << QStringLiteral("invalid_request");
        QTest::newRow("unknown-code") << QStringLiteral("authorization_code") << QStringLiteral("code") << 400
                                      << QStringLiteral("invalid_grant");
        QTest::newRow("no-refresh-token")
            << QStringLiteral("refresh_token") << QString() << 400 << QStringLiteral("invalid_request");
        QTest::newRow("unknown-refresh-token")
            << QStringLiteral("refresh_token") << QStringLiteral("refresh_token") << 400
            << QStringLiteral("invalid_grant");
    }

    void tokenEndpointRejectsBadRequests()
    {
        QFETCH(QString, grantType);
        QFETCH(QString, field);
        QFETCH(int, status);
        QFETCH(QString, error);
        QList<QPair<QString, QString>> items;
        if (!grantType.isEmpty())
            items.append({QStringLiteral("grant_type"), grantType});
        if (!field.isEmpty())
            items.append({field, QStringLiteral("made-up-value")});
        const HttpResult result = token(items);
        QCOMPARE(result.status, status);
        QCOMPARE(result.object().value(u"error").toString(), error);
        QCOMPARE(m_emulator.client->get(m_emulator.server->servedProfile().tokenUrl())
                     .object()
                     .value(u"error")
                     .toString(),
                 QStringLiteral("invalid_request"));
    }

    void rotationInvalidatesTheOldRefreshToken()
    {
        m_emulator.server->setRotateRefreshTokens(true);
        const QString first = signIn().value(u"refresh_token").toString();
        const HttpResult rotated = refresh(first);
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.object().value(u"refresh_token").toString();
        QVERIFY(!second.isEmpty() && second != first);
        const HttpResult old = refresh(first);
        QCOMPARE(old.status, 400);
        QCOMPARE(old.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(refresh(second).status, 200);
    }

    void revokedGrantsEndRefreshAndAccess()
    {
        const QJsonObject tokens = signIn();
        const QString access = tokens.value(u"access_token").toString();
        QCOMPARE(sitesStatus(access), 200);
        m_emulator.server->revokeGrants(m_emulator.server->demoClientId());
        const HttpResult refused = refresh(tokens.value(u"refresh_token").toString());
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(u"error").toString(), QStringLiteral("invalid_grant"));
        const HttpResult denied =
            m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), access);
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
        QVERIFY(!signIn().isEmpty()); // signing in again gives a working grant
    }

    void accessTokensExpireAfterTheirLifetime()
    {
        m_emulator.server->setAccessTokenLifetimeSeconds(1);
        const QJsonObject tokens = signIn();
        QCOMPARE(tokens.value(u"expires_in").toInt(), 1);
        const QString access = tokens.value(u"access_token").toString();
        QCOMPARE(sitesStatus(access), 200);
        QTRY_COMPARE_WITH_TIMEOUT(sitesStatus(access), 401, 5000);
        const HttpResult expired =
            m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), access);
        QCOMPARE(expired.object().value(u"detail").toString(), QStringLiteral("Access Token expired"));
        QCOMPARE(refresh(tokens.value(u"refresh_token").toString()).status, 200);
    }

    void tokenResponseVariants()
    {
        ResponseVariants variants;
        variants.tokenTypeBearerToken = true;
        variants.expiresInAsString = true;
        variants.tokenExtras = true;
        m_emulator.server->setVariants(variants);
        const QJsonObject odd = signIn();
        QCOMPARE(odd.value(u"token_type").toString(), QStringLiteral("BearerToken"));
        QCOMPARE(odd.value(u"expires_in").toString(), QStringLiteral("3600"));
        QCOMPARE(odd.value(u"status").toString(), QStringLiteral("approved"));
        QVERIFY(odd.contains(u"issued_at"));
        QCOMPARE(sitesStatus(odd.value(u"access_token").toString()), 200);

        variants = ResponseVariants();
        variants.expiresInMissing = true;
        m_emulator.server->setVariants(variants);
        const QJsonObject bare = signIn();
        QVERIFY(!bare.contains(u"expires_in"));
        QVERIFY(!bare.contains(u"issued_at"));
        QCOMPARE(bare.value(u"token_type").toString(), QStringLiteral("Bearer"));
    }

    void adminControlsMirrorTheCppApi()
    {
        auto control = [this](const char *name, const QJsonObject &body) {
            return m_emulator.client->control(QLatin1String(name), body);
        };
        const QString site =
            m_emulator.client
                ->get(m_emulator.client->api(QStringLiteral("/sites")), m_emulator.server->demoPat())
                .array()
                .at(3)
                .toObject()
                .value(u"id")
                .toString();
        const HttpResult issued = control("pats", {{QStringLiteral("sites"), QJsonArray{site}}});
        QCOMPARE(issued.status, 200);
        const QString pat = issued.object().value(u"pat").toString();
        const HttpResult limited =
            m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), pat);
        QCOMPARE(limited.array().size(), 1);
        QCOMPARE(limited.array().at(0).toObject().value(u"id").toString(), site);
        const HttpResult expiredPat =
            control("pats", {{QStringLiteral("expiresAt"), QStringLiteral("2025-11-15T11:00:00Z")}});
        QCOMPARE(sitesStatus(expiredPat.object().value(u"pat").toString()), 401);

        QCOMPARE(control("faults", {{QStringLiteral("kind"), QStringLiteral("status")},
                                    {QStringLiteral("status"), 502}})
                     .status,
                 200);
        QCOMPARE(sitesStatus(pat), 502);
        QCOMPARE(sitesStatus(pat), 200);
        QCOMPARE(control("faults", {{QStringLiteral("count"), -1}}).status, 200);
        QCOMPARE(sitesStatus(pat), 503);
        QCOMPARE(control("faults/clear", {}).status, 200);
        QCOMPARE(sitesStatus(pat), 200);

        QCOMPARE(control("variants", {{QStringLiteral("envelope"), QStringLiteral("items")},
                                      {QStringLiteral("pageSize"), 5},
                                      {QStringLiteral("flat-site"), true}})
                     .status,
                 200);
        QCOMPARE(m_emulator.server->variants().envelope, ResponseVariants::Envelope::Items);
        QVERIFY(m_emulator.server->variants().flatSite);
        const QJsonObject page =
            m_emulator.client
                ->get(m_emulator.client->api(QStringLiteral("/sites")), m_emulator.server->demoPat())
                .object();
        QCOMPARE(page.value(u"items").toArray().size(), 5);
        QVERIFY(page.value(u"items").toArray().at(0).toObject().contains(u"city"));
        QCOMPARE(control("variants", {{QStringLiteral("envelope"), QStringLiteral("sideways")}}).status, 400);

        QCOMPARE(control("now", {{QStringLiteral("now"), QStringLiteral("2025-01-02T03:04:05Z")}}).status,
                 200);
        QCOMPARE(m_emulator.server->now(), QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(control("token-lifetime", {{QStringLiteral("seconds"), 120}}).status, 200);
        QCOMPARE(signIn().value(u"expires_in").toInt(), 120);
        QCOMPARE(control("rotate-refresh-tokens", {{QStringLiteral("enabled"), true}}).status, 200);
        const QString first = signIn().value(u"refresh_token").toString();
        QVERIFY(refresh(first).object().value(u"refresh_token").toString() != first);
        QCOMPARE(control("clients", {{QStringLiteral("clientId"), QStringLiteral("other")},
                                     {QStringLiteral("clientSecret"), QStringLiteral("pw")}})
                     .status,
                 200);
        QCOMPARE(consentPage(authorizeParameters(QStringLiteral("other"), kRedirect)).status, 200);
        const QString refreshToken = signIn().value(u"refresh_token").toString();
        QCOMPARE(control("revoke-grants", {}).status, 200);
        QCOMPARE(refresh(refreshToken).status, 400);
        QCOMPARE(
            control("rate-limit", {{QStringLiteral("perSecond"), 1}, {QStringLiteral("burst"), 1}}).status,
            200);
        sitesStatus(pat);
        QCOMPARE(sitesStatus(pat), 429);
        QCOMPARE(control("rate-limit", {{QStringLiteral("perSecond"), 0}}).status, 200);
        QCOMPARE(control("latency", {{QStringLiteral("ms"), 0}}).status, 200);
        QCOMPARE(control("no-such-control", {}).status, 400);

        const HttpResult log = m_emulator.client->control(QStringLiteral("requests"));
        QCOMPARE(log.status, 200);
        QCOMPARE(log.object().value(u"count").toInt(), m_emulator.server->requestCount());
        const QJsonArray requests = log.object().value(u"requests").toArray();
        QCOMPARE(requests.size(), m_emulator.server->requestCount());
        QVERIFY(requests.contains(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), m_emulator.client->api(QStringLiteral("/sites")).path()}}));
        for (const QString &line : m_emulator.server->requestLog())
            QVERIFY2(!line.contains(u"/_emulator/") && !line.contains(u'?'), qPrintable(line));
    }

    // A test can see which grants reached the token endpoint, and never a credential.
    void requestLogNamesTheGrantTypeOfTokenRequests()
    {
        const QJsonObject tokens = signIn();
        QCOMPARE(refresh(tokens.value(u"refresh_token").toString()).status, 200);
        QCOMPARE(sitesStatus(tokens.value(u"access_token").toString()), 200);

        const QString tokenPath = m_emulator.server->servedProfile().tokenUrl().path();
        QStringList tokenGrants;
        for (const RequestRecord &record : m_emulator.server->requests()) {
            if (record.path == tokenPath)
                tokenGrants.append(record.method + u' ' + record.grantType);
            else
                QVERIFY2(record.grantType.isEmpty(), qPrintable(record.line()));
        }
        QCOMPARE(tokenGrants, (QStringList{QStringLiteral("POST authorization_code"),
                                           QStringLiteral("POST refresh_token")}));

        const HttpResult log = m_emulator.client->control(QStringLiteral("requests"));
        QCOMPARE(log.status, 200);
        QVERIFY(log.object()
                    .value(u"requests")
                    .toArray()
                    .contains(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                          {QStringLiteral("path"), tokenPath},
                                          {QStringLiteral("grantType"), QStringLiteral("refresh_token")}}));
        const QStringList secrets{tokens.value(u"access_token").toString(),
                                  tokens.value(u"refresh_token").toString(),
                                  m_emulator.server->demoClientSecret(), m_emulator.server->controlToken()};
        for (const QString &secret : secrets)
            QVERIFY(!log.body.contains(secret.toUtf8()));
    }

    // The controls answer only a request with the control token and without Origin; a refused
    // request changes nothing and reads nothing.
    void controlsNeedTheControlTokenAndNoOrigin_data()
    {
        QTest::addColumn<QByteArray>("token");  // "-" = the server's
        QTest::addColumn<QByteArray>("origin"); // empty = no Origin header
        QTest::addColumn<int>("status");
        QTest::newRow("token") << QByteArray("-") << QByteArray() << 200;
        QTest::newRow("no-token") << QByteArray() << QByteArray() << 401;
        QTest::newRow("wrong-token") << QByteArray("msctl_wrong") << QByteArray() << 401;
        QTest::newRow("token-prefix") << QByteArray("msctl_") << QByteArray() << 401;
        QTest::newRow("token-and-web-origin") << QByteArray("-") << QByteArray("http://evil.example") << 403;
        QTest::newRow("token-and-own-origin") << QByteArray("-") << QByteArray("http://127.0.0.1") << 403;
        QTest::newRow("token-and-null-origin") << QByteArray("-") << QByteArray("null") << 403;
        QTest::newRow("no-token-and-origin") << QByteArray() << QByteArray("http://evil.example") << 403;
    }

    void controlsNeedTheControlTokenAndNoOrigin()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        if (token == "-")
            token = m_emulator.server->controlToken().toLatin1();
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"X-Emulator-Control-Token", token});
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        const QDateTime before = m_emulator.server->now();
        const HttpResult moved =
            m_emulator.client->send(m_emulator.client->origin(QStringLiteral("/_emulator/now")), "POST",
                                    R"({"now":"2030-01-01T00:00:00Z"})", QString(), headers, 15000);
        QCOMPARE(moved.status, status);
        QCOMPARE(m_emulator.server->now() != before, status == 200);
        const HttpResult log =
            m_emulator.client->send(m_emulator.client->origin(QStringLiteral("/_emulator/requests")), "GET",
                                    QByteArray(), QString(), headers, 15000);
        QCOMPARE(log.status, status);
        if (status != 200) {
            QCOMPARE(log.object().value(u"status").toInt(), status); // problem JSON
            QVERIFY(!log.object().contains(u"requests"));
        }
    }

    // Options can fix the control token (a test harness that starts the emulator itself).
    void theControlTokenCanBeGiven()
    {
        EmulatorOptions options = RunningEmulator::pinnedOptions();
        options.controlToken = QStringLiteral("given-control-token");
        QVERIFY(m_emulator.start(options));
        QCOMPARE(m_emulator.server->controlToken(), options.controlToken);
        QCOMPARE(m_emulator.client->control(QStringLiteral("requests")).status, 200);
        EmulatorServer other(RunningEmulator::pinnedOptions());
        QVERIFY(other.controlToken().size() > 40);
        QVERIFY(other.controlToken() != EmulatorServer(RunningEmulator::pinnedOptions()).controlToken());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOAuth)
#include "tst_emulatoroauth.moc"
