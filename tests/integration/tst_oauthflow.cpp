// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The browser sign-in end to end in one process: AuthorizationFlow, LoopbackReceiver, TokenClient,
// Session and ApiClient against the emulator, with a scripted browser that loads the consent page and
// presses one of its buttons. Runs with every debug category on and checks at the end that no token,
// code, verifier, client secret or PAT reached a log line (security.md §6, L1).
#include "api/apiclient.h"
#include "auth/accountstore.h"
#include "auth/logredactor.h"
#include "auth/loopbackreceiver.h"
#include "auth/memorysecretstore.h"
#include "auth/pkce.h"
#include "auth/signincontroller.h"
#include "auth/tokenclient.h"
#include "emulator/emulatorserver.h"
#include "resources/bundledresources.h"

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>
#include <memory>

using namespace meterscope;
using namespace meterscope::emulator;

namespace {

QMutex g_logMutex;
QStringList g_log;

// Below the redactor: sees exactly what would reach stderr.
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (type >= QtWarningMsg) {
        const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit();
        std::fprintf(stderr, "%s\n", line.constData());
    }
}

// Every secret value that must never show up in the log.
QStringList &secretsSeen()
{
    static QStringList list;
    return list;
}

void remember(const QString &secret)
{
    if (!secret.isEmpty())
        secretsSeen().append(secret);
}

// The lines containing any of `secrets` (raw or percent-encoded).
QStringList leaks(const QStringList &lines, const QStringList &secrets)
{
    QStringList found;
    for (const QString &line : lines) {
        for (const QString &secret : secrets) {
            if (line.contains(secret) || line.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))))
                found.append(line.left(60) + QStringLiteral("…"));
        }
    }
    return found;
}

// A scripted user at a browser: opens the authorize URL, finds the consent page's two buttons and
// presses one, then follows the redirect to the loopback receiver like a browser would.
class ScriptedBrowser final : public QObject
{
public:
    QString decision = QStringLiteral("allow");
    int opened = 0;
    QByteArray consentPage;
    QByteArray finalPage;
    int finalStatus = 0;

    bool open(const QUrl &url)
    {
        ++opened;
        finalStatus = 0;
        finalPage.clear();
        QNetworkReply *reply = get(url);
        connect(reply, &QNetworkReply::finished, this, [this, reply]() {
            reply->deleteLater();
            consentPage = reply->readAll();
            submit(reply->url());
        });
        return true;
    }

private:
    QNetworkReply *get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return m_network.get(request);
    }

    void submit(const QUrl &pageUrl)
    {
        if (!consentPage.contains("Authorize access") || !consentPage.contains("Do not authorize"))
            return;
        static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        const QString page = QString::fromUtf8(consentPage);
        QUrlQuery form;
        for (auto it = hidden.globalMatch(page); it.hasNext();) {
            const auto match = it.next();
            const QString value = match.captured(2)
                                      .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                                      .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
            form.addQueryItem(match.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        form.addQueryItem(QStringLiteral("decision"), decision);
        QNetworkRequest request(pageUrl.resolved(QUrl(action.match(page).captured(1))));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, form.query(QUrl::FullyEncoded).toLatin1());
        connect(reply, &QNetworkReply::finished, this, [this, reply]() {
            reply->deleteLater();
            const QUrl location = QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location")));
            QNetworkReply *landing = get(location);
            connect(landing, &QNetworkReply::finished, this, [this, landing]() {
                landing->deleteLater();
                finalStatus = landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                finalPage = landing->readAll();
            });
        });
    }

    QNetworkAccessManager m_network;
};

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EmulatorServer> m_emulator;
    MemorySecretStore m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    ScriptedBrowser m_browser;

    std::unique_ptr<SignInController> makeController()
    {
        auto controller = std::make_unique<SignInController>(&m_secrets, m_accounts.get());
        controller->setLockDirectory(m_dir.filePath(QStringLiteral("locks")));
        BrowserLauncher launcher;
        launcher.setSystemOpener([this](const QUrl &url) { return m_browser.open(url); });
        controller->setBrowserLauncher(launcher);
        controller->setSignInTimeoutMs(20000);
        return controller;
    }

    std::unique_ptr<SignInController> signIn()
    {
        auto controller = makeController();
        QSignalSpy signedIn(controller.get(), &SignInController::signedIn);
        QSignalSpy failed(controller.get(), &SignInController::signInFailed);
        controller->signInWithBrowser(m_emulator->servedProfile());
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + failed.size() == 1, 15000); }();
        [&]() {
            QVERIFY2(signedIn.size() == 1,
                     failed.isEmpty() ? ""
                                      : qPrintable(failed.first().first().value<ApiError>().userMessage() +
                                                   failed.first().first().value<ApiError>().details()));
        }();
        remember(m_secrets.value(controller->account().id, SecretStore::Key::RefreshToken));
        return controller;
    }

    // Lists the sites through the controller's own ApiClient (its session is the token source).
    std::pair<QList<Site>, ApiError> fetchSites(SignInController &controller)
    {
        std::pair<QList<Site>, ApiError> result;
        bool done = false;
        controller.client()->fetchSites(this, [&](const QList<Site> &sites, const ApiError &error) {
            result = {sites, error};
            done = true;
        });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    int tokenRequests() const
    {
        return int(m_emulator->requestLog().count(QStringLiteral("POST ") +
                                                  m_emulator->servedProfile().tokenUrl().path()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        BundledResources::ensureLoaded();
        // After QTest installed its own handler: this one sees every message from here on.
        qInstallMessageHandler(captureLog);
        QVERIFY(m_dir.isValid());
        remember(ApiProfile::builtInDemo().demoClientSecret());
    }

    void init()
    {
        EmulatorOptions options;
        options.quiet = true;
        m_emulator = std::make_unique<EmulatorServer>(options);
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_secrets = MemorySecretStore();
        m_accounts = std::make_unique<AccountStore>(m_dir.filePath(
            QStringLiteral("accounts-%1.ini").arg(QLatin1String(QTest::currentTestFunction()))));
        m_browser.decision = QStringLiteral("allow");
        m_browser.opened = 0;
    }

    void cleanup() { m_emulator.reset(); }

    // L1, positive control: the check below finds a planted secret when nothing redacts it.
    void logCheckFindsAPlantedSecret()
    {
        const QString planted = QStringLiteral("planted-secret-value-0042");
        qDebug() << "token" << planted; // not registered yet, and the redactor is not installed
        QCOMPARE(leaks(g_log, {planted}).size(), 1);
        LogRedactor::install();
        LogRedactor::registerSecret(planted);
        const qsizetype before = g_log.size();
        qDebug() << "token" << planted;
        QCOMPARE(g_log.size(), before + 1);
        QVERIFY(leaks(g_log.mid(before), {planted}).isEmpty());
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }

    void browserSignInThenApiCallsWork()
    {
        auto controller = signIn();
        QCOMPARE(m_browser.opened, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.finalStatus, 200, 5000);
        QVERIFY(m_browser.finalPage.contains("You can close this window"));
        QCOMPARE(controller->account().kind, Account::Kind::Demo);
        QVERIFY(m_secrets.contains(controller->account().id, SecretStore::Key::RefreshToken));
        QCOMPARE(m_accounts->lastUsedId(), controller->account().id);
        const auto [sites, error] = fetchSites(*controller);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(sites.size(), 12);
    }

    void restartRestoresSessionWithoutBrowser()
    {
        signIn();
        QCOMPARE(m_browser.opened, 1);
        auto restarted = makeController();
        QSignalSpy restored(restarted.get(), &SignInController::restoreFinished);
        QVERIFY(restarted->restoreLastUsed());
        const auto [sites, error] = fetchSites(*restarted); // asked while the restore is running
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(sites.size(), 12);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(m_browser.opened, 1);
    }

    void requestsGoOnAfterTokenLifetime()
    {
        m_emulator->setAccessTokenLifetimeSeconds(2);
        auto controller = signIn();
        const int afterSignIn = tokenRequests();
        QTest::qWait(2500);
        const auto [sites, error] = fetchSites(*controller);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(sites.size(), 12);
        QVERIFY(tokenRequests() > afterSignIn);
        QCOMPARE(controller->session()->state(), Session::State::SignedIn);
    }

    // T5 + T10 through ApiClient: the server expires tokens long before the client expects (the
    // response has no expires_in, so the client assumes an hour); two calls hit 401 at once, one
    // refresh serves both, each is replayed once.
    void earlyExpiryRefreshesOnceForConcurrentCalls()
    {
        ResponseVariants variants;
        variants.expiresInMissing = true;
        m_emulator->setVariants(variants);
        m_emulator->setAccessTokenLifetimeSeconds(1);
        auto controller = signIn();
        const int afterSignIn = tokenRequests();
        QTest::qWait(1300);
        ApiClient api(controller->profile());
        api.setTokenSource(controller->session());
        int finished = 0;
        int succeeded = 0;
        for (int i = 0; i < 2; ++i) {
            api.fetchSites(this, [&](const QList<Site> &sites, const ApiError &error) {
                ++finished;
                if (!error && sites.size() == 12)
                    ++succeeded;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 15000);
        QCOMPARE(succeeded, 2);
        QCOMPARE(tokenRequests() - afterSignIn, 1);
    }

    void revokedGrantSaysSignInAgain()
    {
        auto controller = signIn();
        QVERIFY(!fetchSites(*controller).second);
        m_emulator->revokeGrants();
        QSignalSpy ended(controller.get(), &SignInController::sessionEnded);
        const auto [sites, error] = fetchSites(*controller);
        QCOMPARE(error.kind, ApiError::Kind::SignInRequired);
        QCOMPARE(error.userMessage(),
                 QStringLiteral("Your access token expired and could not be renewed — sign in again."));
        QCOMPARE(ended.size(), 1);
        QVERIFY(!m_secrets.contains(controller->account().id, SecretStore::Key::RefreshToken));
    }

    void deniedConsentEndsWithDenialMessage()
    {
        m_browser.decision = QStringLiteral("deny");
        auto controller = makeController();
        QSignalSpy failed(controller.get(), &SignInController::signInFailed);
        controller->signInWithBrowser(m_emulator->servedProfile());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(failed.first().first().value<ApiError>().userMessage(),
                 QStringLiteral("Sign-in was cancelled or denied."));
        QCOMPARE(controller->session()->state(), Session::State::SignedOut);
        QCOMPARE(tokenRequests(), 0);
        // The browser gets its page after the app has seen the denial: wait for it.
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.finalStatus, 400, 5000);
    }

    void personalAccessTokenSignInAndRevocation()
    {
        const QString pat = m_emulator->issuePat();
        remember(pat);
        auto controller = makeController();
        QSignalSpy signedIn(controller.get(), &SignInController::signedIn);
        controller->signInWithPat(m_emulator->servedProfile(), pat);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        QCOMPARE(controller->account().kind, Account::Kind::PersonalAccessToken);
        QVERIFY(!fetchSites(*controller).second);
        m_emulator->revokePat(pat);
        const ApiError error = fetchSites(*controller).second;
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(error.userMessage(),
                 QStringLiteral("Your personal access token expired or was revoked — paste a new one."));
        QCOMPARE(tokenRequests(), 0);
    }

    // Token traffic with known values, so the log check can look for each of them.
    void tokenTrafficWithKnownSecrets()
    {
        const ApiProfile profile = m_emulator->servedProfile();
        TokenClient client(profile);
        client.setClientSecret(profile.demoClientSecret());
        const Pkce pkce = Pkce::generate();
        remember(QString::fromLatin1(pkce.verifier()));
        auto controller = signIn(); // a code, an access token, a refresh token go through the flow
        TokenResponse refreshed;
        bool done = false;
        client.refresh(m_secrets.value(controller->account().id, SecretStore::Key::RefreshToken), this,
                       [&](const TokenResponse &tokens, const ApiError &) {
                           refreshed = tokens;
                           done = true;
                       });
        QTRY_VERIFY(done);
        remember(refreshed.accessToken);
        remember(refreshed.refreshToken);
        // A code exchange with the known verifier (refused: the code is made up, but the request is made).
        bool exchanged = false;
        client.exchangeCode(QStringLiteral("made-up-code-value"),
                            QUrl(QStringLiteral("http://127.0.0.1:1/cb")), pkce.verifier(), this,
                            [&](const TokenResponse &, const ApiError &) { exchanged = true; });
        QTRY_VERIFY(exchanged);
        remember(QStringLiteral("made-up-code-value"));
        QVERIFY(!refreshed.accessToken.isEmpty());
    }

    // Stray and mismatched callbacks carrying codes: logged as "state mismatch", never with the values.
    void callbackFaultsWithKnownValues()
    {
        LoopbackReceiver receiver;
        const QByteArray state = Pkce::generateState();
        receiver.setExpectedState(state);
        QVERIFY(receiver.listen());
        QSignalSpy codes(&receiver, &LoopbackReceiver::codeReceived);
        connect(&receiver, &LoopbackReceiver::codeReceived, &receiver,
                [&receiver] { receiver.completeCallback(ApiError()); });
        remember(QString::fromLatin1(state));
        remember(QStringLiteral("sweep-code-wrong-state"));
        remember(QStringLiteral("sweep-code-accepted"));
        QNetworkAccessManager network;
        const QList<QByteArray> queries = {"code=sweep-code-wrong-state&state=not-this-one",
                                           "code=sweep-code-accepted&state=" + state};
        for (const QByteArray &query : queries) {
            QUrl url = receiver.redirectUri();
            url.setQuery(QString::fromLatin1(query));
            std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
        }
        QCOMPARE(codes.size(), 1);
    }

    // L1: after all of the above with every debug category on, no secret is in any log line.
    void logsCarryNoSecrets()
    {
        QVERIFY(qEnvironmentVariable("QT_LOGGING_RULES").contains(QStringLiteral("*.debug=true")));
        QStringList lines;
        {
            QMutexLocker lock(&g_logMutex);
            lines = g_log;
        }
        QVERIFY2(lines.size() > 10, "the sweep produced hardly any log output; debug logging is not on");
        QVERIFY(secretsSeen().size() >= 8);
        const QStringList found = leaks(lines, secretsSeen());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("(?i)bearer\\s+(?!<redacted>)\\S"))),
                     qPrintable(line.left(80)));
        }
    }
};

int main(int argc, char *argv[])
{
    // L1 runs the sweep with every debug category on, the emulator's qt.httpserver included.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    TestOAuthFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_oauthflow.moc"
