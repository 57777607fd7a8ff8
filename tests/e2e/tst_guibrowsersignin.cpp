// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application's "Sign in with Schneider Electric" end to end: the browser command is
// browser.js (headless Chromium through playwright-core, clicking on the emulator's consent page), the
// emulator runs in-process on 127.0.0.1 with short-lived access tokens, the refresh token goes to the
// real OS keychain (scripts/run-tests.sh's unlocked gnome-keyring). browser.js appends one line per run
// to a log, which shows when a browser was (not) started.
#include "accountcontroller.h"
#include "auth/accountstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/signincontroller.h"
#include "auth/signinprofile.h"
#include "emulator/emulatorserver.h"
#include "firstrunpage.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace meterscope;

namespace {
constexpr int kTokenLifetimeSeconds = 4; // refreshed after three quarters of it
constexpr int kBrowserTimeoutMs = 60000;
} // namespace

class TestGuiBrowserSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInThenRestoreWithoutBrowserAndRefresh();
    void revokedGrantAsksToSignInAgain();
    void denialShowsTheMessage();
    void ownRegistrationWithItsRedirectPathAcrossFrontEnds();

private:
    std::unique_ptr<MainWindow> newWindow() const;
    void signInWithBrowser(MainWindow *window);
    [[nodiscard]] QStringList browserRuns() const;

    QTemporaryDir m_dir;
    QString m_browserCommand;
    QString m_browserLog;
    std::unique_ptr<emulator::EmulatorServer> m_server;
};

void TestGuiBrowserSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeterscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guibrowsersignin"));
    const QString e2eDir = qEnvironmentVariable("MS_SOURCE_DIR") + QStringLiteral("/tests/e2e");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!node.isEmpty(), "node is needed to drive Chromium");
    QVERIFY2(QDir(e2eDir + QStringLiteral("/node_modules/playwright-core")).exists(),
             "run npm ci in tests/e2e (scripts/run-tests.sh does)");
    QVERIFY(m_dir.isValid());
    m_browserCommand = QStringLiteral("%1 %2/browser.js").arg(node, e2eDir);
    m_browserLog = m_dir.filePath(QStringLiteral("browser.log"));
    qputenv("E2E_BROWSER_LOG", QFile::encodeName(m_browserLog));

    emulator::EmulatorOptions options;
    options.quiet = true;
    options.accessTokenLifetimeSeconds = kTokenLifetimeSeconds;
    m_server = std::make_unique<emulator::EmulatorServer>(options);
    QVERIFY(m_server->start());
}

void TestGuiBrowserSignIn::init()
{
    QSettings().clear();
    QFile::remove(AccountStore::defaultSettingsFile());
    QFile::remove(m_browserLog);
    qunsetenv("E2E_DECISION");
    qunsetenv("METERSCOPE_BROWSER");
}

void TestGuiBrowserSignIn::cleanup()
{
    // Nothing of a test's sign-in stays in the keychain.
    MainWindow window;
    const Account last = AccountStore().lastUsed();
    if (last.isValid()) {
        QSignalSpy out(window.account(), &AccountController::signedOut);
        window.account()->signOut();
        QTRY_VERIFY(!out.isEmpty());
    }
}

std::unique_ptr<MainWindow> TestGuiBrowserSignIn::newWindow() const
{
    auto window = std::make_unique<MainWindow>(); // the real keychain
    window->account()->setBrowserCommand(m_browserCommand);
    window->resize(1000, 700);
    window->show();
    return window;
}

QStringList TestGuiBrowserSignIn::browserRuns() const
{
    QFile file(m_browserLog);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestGuiBrowserSignIn::signInWithBrowser(MainWindow *window)
{
    // What `meterscope --base-url <the emulator's base URL>` signs in with: the emulator's demo client.
    QString error;
    const ApiProfile profile = SignInProfile::resolve(m_server->servedProfile().baseUrl(), QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(profile.clientId(), m_server->demoClientId());
    window->account()->setProfile(profile);
    window->start(false);
    QVERIFY(!window->isShowingWorkspace());
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("browserSignInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(window->isShowingWorkspace(), qPrintable(window->firstRunPage()->statusText()),
                              kBrowserTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->tree()->model()->rowCount(), 12, 10000);
    // browser.js logs after the landing page loaded, which may be just after the app is done.
    QTRY_COMPARE_WITH_TIMEOUT(browserRuns().size(), 1, 10000);
    const QStringList runs = browserRuns();
    QVERIFY2(runs.first().contains(QStringLiteral("\"consentPage\":true")), qPrintable(runs.first()));
    QVERIFY2(runs.first().contains(QStringLiteral("\"clicked\":\"Authorize access\"")),
             qPrintable(runs.first()));
    QVERIFY2(runs.first().contains(QStringLiteral("\"landingStatus\":200")), qPrintable(runs.first()));
}

void TestGuiBrowserSignIn::signInThenRestoreWithoutBrowserAndRefresh()
{
    QSignalSpy served(m_server.get(), &emulator::EmulatorServer::requestServed);
    const QString tokenPath = m_server->servedProfile().tokenUrl().path();
    const auto tokenCalls = [&] {
        int count = 0;
        for (const QList<QVariant> &call : std::as_const(served))
            count += call.at(1).toString() == tokenPath && call.at(2).toInt() == 200;
        return count;
    };
    {
        std::unique_ptr<MainWindow> window = newWindow();
        signInWithBrowser(window.get());
        // The bundled emulator's demo client (what --base-url on 127.0.0.1 signs in with).
        QCOMPARE(window->account()->account().kind, Account::Kind::Demo);
        QCOMPARE(tokenCalls(), 1); // the code exchange

        // Past the access token's lifetime the session refreshes silently and requests go on.
        QTRY_VERIFY_WITH_TIMEOUT(tokenCalls() >= 2, kTokenLifetimeSeconds * 2000);
        const QModelIndex site = window->tree()->model()->index(0, 0);
        window->tree()->expand(site);
        QTRY_VERIFY_WITH_TIMEOUT(window->tree()->model()->rowCount(site) > 0, 10000);
        QVERIFY(window->isShowingWorkspace());
    }

    // A new start restores the session from the keychain (a refresh), without a browser.
    std::unique_ptr<MainWindow> again = newWindow();
    const int before = tokenCalls();
    again->start(false);
    QTRY_VERIFY2_WITH_TIMEOUT(again->isShowingWorkspace(), qPrintable(again->firstRunPage()->statusText()),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(again->tree()->model()->rowCount(), 12, 10000);
    // The cached workspace shows at once; the refresh follows behind it.
    QTRY_VERIFY_WITH_TIMEOUT(tokenCalls() > before, 10000);
    QCOMPARE(browserRuns().size(), 1);
}

void TestGuiBrowserSignIn::revokedGrantAsksToSignInAgain()
{
    std::unique_ptr<MainWindow> window = newWindow();
    signInWithBrowser(window.get());
    m_server->revokeGrants();
    // The next refresh is refused: back to the sign-in screen with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isShowingWorkspace(), kTokenLifetimeSeconds * 2000);
    QVERIFY2(
        window->firstRunPage()->statusText().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive),
        qPrintable(window->firstRunPage()->statusText()));
    window.reset();

    // A new start does not sign in silently either.
    std::unique_ptr<MainWindow> again = newWindow();
    again->start(false);
    QTRY_VERIFY_WITH_TIMEOUT(
        again->firstRunPage()->statusText().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive),
        15000);
    QVERIFY(!again->isShowingWorkspace());
    QCOMPARE(browserRuns().size(), 1);
}

void TestGuiBrowserSignIn::denialShowsTheMessage()
{
    qputenv("E2E_DECISION", "Do not authorize");
    std::unique_ptr<MainWindow> window = newWindow();
    window->account()->setProfile(m_server->servedProfile());
    window->start(false);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("browserSignInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(window->firstRunPage()->statusText().contains(QStringLiteral("denied")),
                              qPrintable(window->firstRunPage()->statusText()), kBrowserTimeoutMs);
    QVERIFY(!window->isShowingWorkspace());
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("browserSignInButton"))->isEnabled());
    // browser.js logs after the landing page loaded, which may be just after the app is done.
    QTRY_COMPARE_WITH_TIMEOUT(browserRuns().size(), 1, 10000);
    const QStringList runs = browserRuns();
    QVERIFY2(runs.first().contains(QStringLiteral("\"clicked\":\"Do not authorize\"")),
             qPrintable(runs.first()));
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs meterscope-cli while this thread's event loop serves the in-process emulator.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MS_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, kBrowserTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString keychainValue(const QString &account, SecretStore::Key key)
{
    KeychainSecretStore store;
    QString value;
    bool done = false;
    QObject context;
    store.read(account, key, &context, [&](const QString &read, const SecretStore::Result &) {
        value = read;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        return QString();
    return value;
}

} // namespace

// A user's own app registration on a strict authorization server that registered only
// http://127.0.0.1/oauth/meterscope-done: the command line signs in with --client-id and the secret
// from the environment, a new command-line process and the desktop application restore that account
// and refresh at its own token URL without a browser; then the desktop application signs in with the
// same profile (client id and secret from its settings) and the command line restores that.
void TestGuiBrowserSignIn::ownRegistrationWithItsRedirectPathAcrossFrontEnds()
{
    // The command line keeps its accounts where every Meterscope executable does: the window must look
    // there too, not in the test-mode folders.
    QStandardPaths::setTestModeEnabled(false);
    const auto testMode = qScopeGuard([] { QStandardPaths::setTestModeEnabled(true); });
    QFile::remove(AccountStore::defaultSettingsFile());
    const QString redirectPath = QStringLiteral("/oauth/meterscope-done");
    emulator::EmulatorOptions options;
    options.quiet = true;
    options.redirectUris = {QUrl(QStringLiteral("http://127.0.0.1") + redirectPath)};
    emulator::EmulatorServer server(options);
    QVERIFY(server.start());
    // The user's profile file: the server's URLs and the registered path; no client in it.
    QJsonObject profile = QJsonDocument::fromJson(server.servedProfile().toJson()).object();
    QJsonObject oauth = profile.value(QStringLiteral("oauth")).toObject();
    oauth.insert(QStringLiteral("clientId"), QString());
    oauth.insert(QStringLiteral("redirectPath"), redirectPath);
    profile.insert(QStringLiteral("oauth"), oauth);
    profile.insert(QStringLiteral("name"), QStringLiteral("My company's registration"));
    const QString profilePath = m_dir.filePath(QStringLiteral("own-registration.json"));
    QFile file(profilePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();

    // Where every token request went, as this server saw it (its request log names the grant).
    const QString tokenPath = server.servedProfile().tokenUrl().path();
    const auto grants = [&](const char *grantType) {
        int count = 0;
        const QList<emulator::RequestRecord> requests = server.requests();
        for (const emulator::RequestRecord &request : requests)
            count += request.path == tokenPath && request.grantType == QLatin1String(grantType);
        return count;
    };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("METERSCOPE_TOKEN"));
    environment.insert(QStringLiteral("METERSCOPE_CLIENT_SECRET"), server.demoClientSecret());

    // 1. The command line signs in through the browser, which comes back on the registered path.
    const CliRun login = runCli({QStringLiteral("--profile"), profilePath, QStringLiteral("login"),
                                 QStringLiteral("--client-id"), server.demoClientId(),
                                 QStringLiteral("--browser"), m_browserCommand},
                                environment);
    QVERIFY2(login.exitCode == 0 && login.out.contains(QStringLiteral("Signed in")), qPrintable(login.err));
    QVERIFY(!login.out.contains(server.demoClientSecret()) && !login.err.contains(server.demoClientSecret()));
    QTRY_COMPARE_WITH_TIMEOUT(browserRuns().size(), 1, 10000);
    QVERIFY2(browserRuns().first().contains(QStringLiteral("\"landingPath\":\"/oauth/meterscope-done\"")),
             qPrintable(browserRuns().first()));
    QVERIFY2(browserRuns().first().contains(QStringLiteral("\"landingStatus\":200")),
             qPrintable(browserRuns().first()));
    QCOMPARE(grants("authorization_code"), 1);
    QCOMPARE(grants("refresh_token"), 0);
    const Account account = AccountStore().lastUsed();
    QCOMPARE(account.kind, Account::Kind::OAuth); // a client of its own, not the demo
    QCOMPARE(account.tokenUrl, server.servedProfile().tokenUrl().toString());
    QCOMPARE(account.profilePath, profilePath);

    // 2. A new process, without flags, restores it from the keychain and refreshes at that token URL.
    environment.remove(QStringLiteral("METERSCOPE_CLIENT_SECRET"));
    const CliRun sites =
        runCli({QStringLiteral("sites"), QStringLiteral("--format"), QStringLiteral("csv")}, environment);
    QVERIFY2(sites.exitCode == 0, qPrintable(sites.err));
    QVERIFY(sites.out.count(QLatin1Char('\n')) >= 13);
    QCOMPARE(grants("refresh_token"), 1);

    // 3. The desktop application opens on the same account, without a browser.
    {
        std::unique_ptr<MainWindow> window = newWindow();
        window->start(false);
        QTRY_VERIFY2_WITH_TIMEOUT(window->isShowingWorkspace(),
                                  qPrintable(window->firstRunPage()->statusText()), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window->tree()->model()->rowCount(), 12, 10000);
        QCOMPARE(window->account()->account().id, account.id);
        QCOMPARE(grants("refresh_token"), 2);
        QCOMPARE(browserRuns().size(), 1);
        // Signing out deletes the refresh token; the client's secret stays for the next sign-in.
        QSignalSpy out(window->account()->signIn(), &SignInController::signedOut);
        window->account()->signOut();
        QTRY_VERIFY(!out.isEmpty());
        QVERIFY(keychainValue(account.id, SecretStore::Key::RefreshToken).isEmpty());
    }

    // 4. The desktop application signs in with the same profile file, client id from its settings.
    QSettings().setValue(QStringLiteral("signIn/clientId"), server.demoClientId());
    {
        std::unique_ptr<MainWindow> window = newWindow();
        QString error;
        window->account()->setProfile(ApiProfile::fromFile(profilePath, &error), profilePath);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(window->account()->redirectUriToRegister(),
                 QStringLiteral("http://127.0.0.1") + redirectPath);
        window->start(false);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("browserSignInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(window->isShowingWorkspace(),
                                  qPrintable(window->firstRunPage()->statusText()), kBrowserTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(browserRuns().size(), 2, 10000);
        QVERIFY2(browserRuns().last().contains(QStringLiteral("\"landingPath\":\"/oauth/meterscope-done\"")),
                 qPrintable(browserRuns().last()));
        QCOMPARE(window->account()->account().id, account.id);
    }
    // 5. ... and the command line restores that one.
    const int before = grants("refresh_token");
    const CliRun again = runCli({QStringLiteral("sites")}, environment);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(grants("refresh_token"), before + 1);
    QCOMPARE(grants("authorization_code"), 2);
    QCOMPARE(browserRuns().size(), 2);
    // The client secret was kept in the keychain for that authorization server, never in a file.
    QCOMPARE(keychainValue(
                 AccountStore::clientSecretKey(server.servedProfile().withClientId(server.demoClientId())),
                 SecretStore::Key::ClientSecret),
             server.demoClientSecret());
    const CliRun logout = runCli({QStringLiteral("logout")}, environment);
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    QVERIFY(keychainValue(account.id, SecretStore::Key::RefreshToken).isEmpty());
}

QTEST_MAIN(TestGuiBrowserSignIn)
#include "tst_guibrowsersignin.moc"
