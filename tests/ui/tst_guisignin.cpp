// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop sign-in around the browser and the keychain: which browser command is used, the address
// to copy when no browser opens, the settings' profile file and client secret, and a personal access
// token kept in the real OS keychain (run under scripts/run-tests.sh's unlocked gnome-keyring).
#include "accountcontroller.h"
#include "api/apiclient.h"
#include "auth/accountstore.h"
#include "auth/browserlauncher.h"
#include "auth/keychainsecretstore.h"
#include "auth/loopbackreceiver.h"
#include "auth/memorysecretstore.h"
#include "auth/session.h"
#include "auth/signincontroller.h"
#include "auth/signinprofile.h"
#include "emulator/emulatordemobackend.h"
#include "emulator/emulatorserver.h"
#include "firstrunpage.h"
#include "mainwindow.h"
#include "manualurlpanel.h"
#include "settingsdialog.h"
#include "signinsettings.h"
#include "support/rawrequestrecorder.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

#include <algorithm>

using namespace meterscope;

namespace {

emulator::EmulatorOptions emulatorOptions()
{
    emulator::EmulatorOptions options;
    options.quiet = true;
    return options;
}

// Reads one secret from the real keychain; `status` tells whether it was there.
QString readKeychain(const QString &account, SecretStore::Key key, SecretStore::Status *status)
{
    KeychainSecretStore store;
    QString value;
    bool done = false;
    QObject context;
    store.read(account, key, &context, [&](const QString &v, const SecretStore::Result &result) {
        value = v;
        *status = result.status;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        *status = SecretStore::Status::TimedOut;
    return value;
}

bool removeKeychain(const QString &account, SecretStore::Key key)
{
    KeychainSecretStore store;
    bool done = false;
    QObject context;
    bool ok = false;
    store.remove(account, key, &context, [&](const SecretStore::Result &result) {
        ok = result.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}

} // namespace

class TestGuiSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void browserCommandPrecedence();
    void noBrowserShowsAddressToCopyAndCancelStops();
    void failingBrowserCommandShowsAddressAtOnce();
    void silentBrowserShowsAddressAfterAWhile();
    void statusBarForgetsAFailedSignIn();
    void commandLineServerWinsOverTheLastAccount();
    void settingsRefuseBadProfileAndKeepClientSecretInKeychain();
    void patSignInIsKeptInKeychainAndRestored();
    void offlineRestoreThenDemoOutlivesTheOldSessionsRetry();
    void credentialUrlsInClearAreRefusedBeforeAnyRequest();
    void browserSignInWithoutClientIdSaysWhatToDo();
    void settingsShowTheRedirectUriToRegister();
};

void TestGuiSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeterscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guisignin"));
}

void TestGuiSignIn::init()
{
    QSettings().clear();
    QFile::remove(AccountStore::defaultSettingsFile());
    qunsetenv("METERSCOPE_BROWSER");
}

void TestGuiSignIn::browserCommandPrecedence()
{
    MemorySecretStore secrets;
    AccountController account(&secrets);
    QCOMPARE(account.browserLauncher().effectiveCommand(), QString()); // nothing set: the system browser

    SignInSettings settings;
    settings.browserCommand = QStringLiteral("setting-browser --new-window");
    settings.save();
    QCOMPARE(account.browserLauncher().effectiveCommand(), QStringLiteral("setting-browser --new-window"));

    qputenv("METERSCOPE_BROWSER", "environment-browser");
    QCOMPARE(account.browserLauncher().effectiveCommand(), QStringLiteral("environment-browser"));

    account.setBrowserCommand(QStringLiteral("option-browser"));
    QCOMPARE(account.browserLauncher().effectiveCommand(), QStringLiteral("option-browser"));
    qunsetenv("METERSCOPE_BROWSER");
    QCOMPARE(account.browserLauncher().effectiveCommand(), QStringLiteral("option-browser"));
}

void TestGuiSignIn::noBrowserShowsAddressToCopyAndCancelStops()
{
    emulator::EmulatorServer server(emulatorOptions());
    QVERIFY(server.start());
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.account()->setProfile(server.servedProfile());
    window.account()->setBrowserCommand(QStringLiteral("/nonexistent/meterscope-test-browser"));
    window.show();
    window.start(false);
    auto *panel = window.findChild<ManualUrlPanel *>(QStringLiteral("manualUrlPanel"));
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("browserSignInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    const QUrl url(panel->urlText());
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), server.servedProfile().authorizeUrl());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), server.servedProfile().clientId());
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("browserSignInButton"))->isEnabled());

    // Copy puts the whole address on the clipboard.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("copyUrlButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), panel->urlText());

    // The loopback receiver of this sign-in (the one on the redirect's port) listens until Cancel, which
    // closes it and gives the buttons back. Its own state says so: after the cancel another program may
    // be given the same port, so the port itself proves nothing.
    const QList<LoopbackReceiver *> receivers =
        window.findChildren<LoopbackReceiver *>(QStringLiteral("loopbackReceiver"));
    const auto ours = std::find_if(receivers.cbegin(), receivers.cend(), [&redirect](LoopbackReceiver *r) {
        return r->isListening() && r->serverPort() == quint16(redirect.port());
    });
    QVERIFY(ours != receivers.cend());
    const QPointer<LoopbackReceiver> receiver = *ours;
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Waiting for the browser sign-in…"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("manualUrlCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!panel->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("browserSignInButton"))->isEnabled());
    QVERIFY(!window.isShowingWorkspace());
    QTRY_VERIFY(!receiver || !receiver->isListening());
    QVERIFY(!window.account()->signIn()->isSignInRunning());
    // The status bar no longer says it waits.
    QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
             qPrintable(window.statusBar()->currentMessage()));
}

// A browser command that starts but fails at once (as xdg-open without a browser): the address to copy is
// offered then, not after the wait for a browser, and the sign-in goes on waiting.
void TestGuiSignIn::failingBrowserCommandShowsAddressAtOnce()
{
    emulator::EmulatorServer server(emulatorOptions());
    QVERIFY(server.start());
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.account()->setProfile(server.servedProfile());
    window.account()->setBrowserCommand(QStringLiteral("sh -c \"exit 3\" failing-browser"));
    window.account()->signIn()->setManualUrlDelayMs(10 * 60 * 1000); // only the failure can show it
    window.show();
    window.start(false);
    auto *panel = window.findChild<ManualUrlPanel *>(QStringLiteral("manualUrlPanel"));
    QVERIFY(panel);

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("browserSignInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QVERIFY2(panel->reasonText().contains(QStringLiteral("exit status 3")), qPrintable(panel->reasonText()));
    QVERIFY(!panel->reasonText().contains(QStringLiteral("state="))); // never the address in the reason
    QCOMPARE(QUrl(panel->urlText()).adjusted(QUrl::RemoveQuery), server.servedProfile().authorizeUrl());
    QVERIFY(window.account()->signIn()->isSignInRunning());
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("manualUrlCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.account()->signIn()->isSignInRunning());
}

// A browser command that ends well but shows nothing: after a while the address is offered too, while the
// sign-in still waits for the browser.
void TestGuiSignIn::silentBrowserShowsAddressAfterAWhile()
{
    emulator::EmulatorServer server(emulatorOptions());
    QVERIFY(server.start());
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.account()->setProfile(server.servedProfile());
    window.account()->setBrowserCommand(QStringLiteral("sh -c \"exit 0\" quiet-browser"));
    window.account()->signIn()->setManualUrlDelayMs(400);
    window.show();
    window.start(false);
    auto *panel = window.findChild<ManualUrlPanel *>(QStringLiteral("manualUrlPanel"));
    QVERIFY(panel);
    QSignalSpy opened(window.account()->signIn(), &SignInController::browserOpened);

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("browserSignInButton")), Qt::LeftButton);
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(!panel->isVisible()); // the browser gets its chance first
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QVERIFY2(panel->reasonText().contains(QStringLiteral("still waiting")), qPrintable(panel->reasonText()));
    QCOMPARE(QUrl(panel->urlText()).adjusted(QUrl::RemoveQuery), server.servedProfile().authorizeUrl());
    QVERIFY(window.account()->signIn()->isSignInRunning());
    QCOMPARE(window.firstRunPage()->statusText(), QStringLiteral("Waiting for the browser sign-in…"));
    window.account()->cancelSignIn();
    QTRY_VERIFY(!window.account()->signIn()->isSignInRunning());
}

// A sign-in that fails leaves its reason on the page and nothing of its progress in the status bar.
void TestGuiSignIn::statusBarForgetsAFailedSignIn()
{
    MemorySecretStore secrets;
    MainWindow window(&secrets); // the built-in production profile has no client id: fails at once
    window.show();
    window.start(false);
    QSignalSpy failed(window.account(), &AccountController::signInFailed);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("browserSignInButton")), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(window.firstRunPage()->statusText().contains(QStringLiteral("client id")));
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("Waiting")),
             qPrintable(window.statusBar()->currentMessage()));
}

// `meterscope --base-url URL` (a profile from the command line) opens that server, not the account used
// last on another one; an account remembered for that server is reopened.
void TestGuiSignIn::commandLineServerWinsOverTheLastAccount()
{
    emulator::EmulatorServer other(emulatorOptions());
    emulator::EmulatorServer chosen(emulatorOptions());
    QVERIFY(other.start());
    QVERIFY(chosen.start());
    MemorySecretStore secrets;
    const auto rememberPat = [&secrets](const emulator::EmulatorServer &server) {
        const Account account = SignInController::accountFor(server.servedProfile(),
                                                             Account::Kind::PersonalAccessToken, QString());
        AccountStore().save(account);
        secrets.write(account.id, SecretStore::Key::PersonalAccessToken, server.demoPat(), nullptr,
                      [](const SecretStore::Result &) {});
        return account;
    };
    const Account lastUsed = rememberPat(other);
    AccountStore().setLastUsedId(lastUsed.id);
    {
        MainWindow window(&secrets);
        window.account()->setProfile(chosen.servedProfile());
        window.show();
        window.start(false);
        QVERIFY(!window.account()->signIn()->account().isValid()); // nothing reopened
        QTest::qWait(300);
        QVERIFY(!window.isShowingWorkspace());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("patButton"))->isEnabled());
        QCOMPARE(window.account()->profile().baseUrl(), chosen.servedProfile().baseUrl());
    }
    // Without the option the last account opens as before.
    {
        MainWindow window(&secrets);
        window.show();
        window.start(false);
        QCOMPARE(window.account()->signIn()->account().id, lastUsed.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
    }
    // An account remembered for the chosen server is the one reopened.
    const Account ofChosen = rememberPat(chosen);
    AccountStore().setLastUsedId(lastUsed.id);
    MainWindow window(&secrets);
    window.account()->setProfile(chosen.servedProfile());
    window.show();
    window.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
    QCOMPARE(window.account()->account().id, ofChosen.id);
    QCOMPARE(window.account()->account().baseUrl, chosen.servedProfile().baseUrl().toString());
}

void TestGuiSignIn::settingsRefuseBadProfileAndKeepClientSecretInKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore memory;
    AccountController demoAccount(&memory);
    emulator::EmulatorServer server(emulatorOptions());
    QVERIFY(server.start());
    demoAccount.setProfile(server.servedProfile());
    QVERIFY(!demoAccount.storeClientSecret(QStringLiteral("not-for-the-demo"))); // demo: its own secret
    QCOMPARE(memory.writeCount(), 0);

    AccountController account; // the real keychain
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{ \"baseUrl\": ");
    badFile.close();
    {
        SettingsDialog dialog(&account);
        dialog.findChild<QLineEdit *>(QStringLiteral("profileFileEdit"))->setText(bad);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be used")),
                 qPrintable(dialog.errorText()));
        QVERIFY(SignInSettings::load().profileFile.isEmpty());
    }

    // A good file is kept; the secret goes to the keychain for that profile's host, not the settings.
    const QString good = dir.filePath(QStringLiteral("company.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/meterscope/api-profile.json"), good));
    QString error;
    const ApiProfile expected = ApiProfile::fromFile(good, &error);
    QVERIFY2(expected.isValid(), qPrintable(error));
    const QString secret = QStringLiteral("client-secret-%1").arg(QCoreApplication::applicationPid());
    const QString accountId = AccountStore::clientSecretKey(expected);
    {
        SettingsDialog dialog(&account);
        auto *secretEdit = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        dialog.findChild<QLineEdit *>(QStringLiteral("profileFileEdit"))->setText(good);
        dialog.findChild<QLineEdit *>(QStringLiteral("browserCommandEdit"))
            ->setText(QStringLiteral("my-browser"));
        secretEdit->setText(secret);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(account.profilePath(), good);
    QCOMPARE(account.profile().baseUrl(), expected.baseUrl());
    QCOMPARE(account.browserLauncher().effectiveCommand(), QStringLiteral("my-browser"));
    SecretStore::Status status = SecretStore::Status::Failed;
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(accountId, SecretStore::Key::ClientSecret, &status), secret,
                              15000);
    QSettings().sync();
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray stored = settingsFile.readAll();
    QVERIFY(stored.contains("my-browser"));
    QVERIFY(!stored.contains(secret.toUtf8()));
    QVERIFY(removeKeychain(accountId, SecretStore::Key::ClientSecret));
}

void TestGuiSignIn::patSignInIsKeptInKeychainAndRestored()
{
    emulator::EmulatorServer server(emulatorOptions());
    QVERIFY(server.start());
    const QString accountId =
        AccountStore::makeId(Account::Kind::PersonalAccessToken, server.servedProfile());
    {
        MainWindow window; // the real keychain
        window.account()->setProfile(server.servedProfile());
        window.show();
        window.start(false);
        QVERIFY(!window.isShowingWorkspace());
        window.findChild<QLineEdit *>(QStringLiteral("patEdit"))->setText(server.demoPat());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("patButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(window.tree()->model()->rowCount(), 12, 10000);
    }
    SecretStore::Status status = SecretStore::Status::Failed;
    QCOMPARE(readKeychain(accountId, SecretStore::Key::PersonalAccessToken, &status), server.demoPat());

    // A second start: the token comes back from the keychain, nothing to type.
    MainWindow again;
    again.show();
    again.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(again.isShowingWorkspace(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(again.tree()->model()->rowCount(), 12, 10000);
    QCOMPARE(again.account()->account().kind, Account::Kind::PersonalAccessToken);

    // Sign out deletes it from the keychain.
    again.account()->signOut();
    QTRY_VERIFY_WITH_TIMEOUT((readKeychain(accountId, SecretStore::Key::PersonalAccessToken, &status),
                              status == SecretStore::Status::NotFound),
                             15000);
}

// A remembered OAuth account started while its server cannot be reached keeps retrying its refresh; the
// user then chooses the demo. The old account's client, token client and session go together, so its
// retry timer can never reach a deleted token client (run under ASan by the asan preset).
void TestGuiSignIn::offlineRestoreThenDemoOutlivesTheOldSessionsRetry()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
    QString error;
    const ApiProfile offline = ApiProfile::fromJson(
        QStringLiteral("{\"baseUrl\": \"%1/api\", \"oauth\": {\"clientId\": \"mine\", "
                       "\"authorizeUrl\": \"%1/authorize\", \"tokenUrl\": \"%1/token\"}}")
            .arg(origin)
            .toUtf8(),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Account remembered = SignInController::accountFor(offline, Account::Kind::OAuth, QString());
    AccountStore accounts;
    accounts.save(remembered);
    accounts.setLastUsedId(remembered.id);
    MemorySecretStore secrets;
    secrets.write(remembered.id, SecretStore::Key::RefreshToken, QStringLiteral("refresh-token-kept-offline"),
                  nullptr, [](const SecretStore::Result &) {});

    MainWindow window(&secrets);
    window.account()->setDemoBackendFactory(emulator::EmulatorDemoBackend::factory(emulatorOptions()));
    window.show();
    window.start(false);
    Session *old = window.account()->signIn()->session();
    QVERIFY(old);
    old->setRetryAfterNetworkErrorMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(!window.firstRunPage()->statusText().isEmpty() &&
                                 !window.firstRunPage()->statusText().contains(QStringLiteral("again…")),
                             15000);
    QVERIFY(!window.isShowingWorkspace());
    QVERIFY(secrets.contains(remembered.id, SecretStore::Key::RefreshToken)); // offline deletes nothing

    window.account()->signInDemo();
    QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
    QTest::qWait(1000); // past the old session's retry
    QVERIFY(window.isShowingWorkspace());
    QTRY_COMPARE_WITH_TIMEOUT(window.tree()->model()->rowCount(), 12, 10000);
    QCOMPARE(window.account()->account().kind, Account::Kind::Demo);
}

// Settings, the command line and a stored account all meet the same credential-URL policy: a profile
// whose token URL is plain http to another host is refused with the reason, before any request (every
// request of this process would go through the recording proxy, which sees none).
void TestGuiSignIn::credentialUrlsInClearAreRefusedBeforeAnyRequest()
{
    testing::RawRequestRecorder recorder;
    QVERIFY(recorder.start());
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), recorder.serverPort()));
    const auto noProxy = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString clearToken = dir.filePath(QStringLiteral("clear-token.json"));
    QFile file(clearToken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"baseUrl\": \"https://api.example.invalid/v1\", \"oauth\": {\"clientId\": \"mine\", "
               "\"tokenUrl\": \"http://login.example.invalid/token\"}}");
    file.close();

    // Settings: refused with the reason, nothing kept.
    MemorySecretStore secrets;
    AccountController account(&secrets);
    {
        SettingsDialog dialog(&account);
        dialog.findChild<QLineEdit *>(QStringLiteral("profileFileEdit"))->setText(clearToken);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("plain http")), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("token URL")), qPrintable(dialog.errorText()));
    }
    QCOMPARE(SignInSettings::load().profileFile, QString());

    // The command line's profile (what `meterscope --profile FILE` resolves): refused.
    QString error;
    QVERIFY(!SignInProfile::resolve(QUrl(), clearToken, &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("token URL")), qPrintable(error));
    // ... also when it reaches the sign-in another way: no browser, no request.
    const ApiProfile loaded = ApiProfile::fromFile(clearToken, &error);
    QSignalSpy failed(account.signIn(), &SignInController::signInFailed);
    account.signIn()->signInWithBrowser(loaded);
    account.signIn()->signInWithPat(loaded.withBaseUrl(QUrl(QStringLiteral("http://api.example.invalid/v1"))),
                                    QStringLiteral("mspat_0123456789abcdef"));
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(0).first().value<ApiError>().userMessage().contains(QStringLiteral("token URL")));
    QVERIFY(failed.at(1).first().value<ApiError>().userMessage().contains(QStringLiteral("API base URL")));

    // A stored account with such a profile: restore refuses and says why.
    Account stored = SignInController::accountFor(loaded, Account::Kind::OAuth, clearToken);
    AccountStore().save(stored);
    AccountStore().setLastUsedId(stored.id);
    secrets.write(stored.id, SecretStore::Key::RefreshToken, QStringLiteral("refresh-token-never-sent"),
                  nullptr, [](const SecretStore::Result &) {});
    QSignalSpy accountFailed(&account, &AccountController::signInFailed);
    QVERIFY(account.restoreLastAccount());
    QTRY_COMPARE_WITH_TIMEOUT(accountFailed.size(), 1, 5000);
    QVERIFY(
        accountFailed.first().first().value<ApiError>().userMessage().contains(QStringLiteral("token URL")));
    QTest::qWait(200);
    QCOMPARE(recorder.connections, 0);
}

void TestGuiSignIn::browserSignInWithoutClientIdSaysWhatToDo()
{
    MemorySecretStore secrets;
    AccountController account(&secrets); // the built-in production profile has no client id
    QVERIFY(account.profile().clientId().isEmpty());
    QSignalSpy failed(&account, &AccountController::signInFailed);
    account.signInWithBrowser();
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().first().value<ApiError>().userMessage();
    QVERIFY2(message.contains(QStringLiteral("client id")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Settings")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("http://127.0.0.1/callback")), qPrintable(message));
}

// Settings → Sign-in shows the redirect URI to register, copies it, and keeps a client id that the
// next browser sign-in uses.
void TestGuiSignIn::settingsShowTheRedirectUriToRegister()
{
    MemorySecretStore secrets;
    AccountController account(&secrets);
    SettingsDialog dialog(&account);
    auto *redirect = dialog.findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"));
    QVERIFY(redirect && redirect->isReadOnly());
    QCOMPARE(redirect->text(), QStringLiteral("http://127.0.0.1/callback"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyRedirectUriButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1/callback"));
    dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("my-registration"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(account.profile().clientId(), QStringLiteral("my-registration"));
    QCOMPARE(SignInSettings::load().clientId, QStringLiteral("my-registration"));
}

QTEST_MAIN(TestGuiSignIn)
#include "tst_guisignin.moc"
