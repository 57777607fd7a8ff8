// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The OS keychain for real: the Secret Service of a throw-away gnome-keyring, each scenario in its own
// child process and D-Bus session (so locking a keyring cannot disturb anything else), without DISPLAY.
#include "auth/keychainsecretstore.h"
#include "auth/session.h"
#include "auth/tokenrefresher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace meterscope;

namespace {

const char kScenarioVariable[] = "MS_KEYCHAIN_SCENARIO";
const QString kAccount = QStringLiteral("oauth@keychain.test");
const QString kRefreshToken = QStringLiteral("refresh-keychain-value-1");
const QString kPat = QStringLiteral("pat-keychain-value-1");
using Key = SecretStore::Key;

// ---- child side --------------------------------------------------------------------------------

QStringList g_failures;

void check(bool ok, const QString &what)
{
    if (!ok)
        g_failures.append(what);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

class AcceptingRefresher final : public TokenRefresher
{
public:
    void refresh(const QString &refreshToken, QObject *context, TokenResultCallback done) override
    {
        QTimer::singleShot(0, context, [refreshToken, done]() {
            if (refreshToken != kRefreshToken) {
                done({}, ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("refused")));
                return;
            }
            TokenResponse tokens;
            tokens.accessToken = QStringLiteral("access-from-refresh");
            done(tokens, ApiError());
        });
    }
};

SecretStore::Result writeNow(SecretStore &store, Key key, const QString &value)
{
    SecretStore::Result result{SecretStore::Status::Failed, QStringLiteral("no answer")};
    bool done = false;
    store.write(kAccount, key, value, nullptr, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    waitFor([&] { return done; }, 15000);
    return result;
}

std::pair<QString, SecretStore::Result> readNow(SecretStore &store, Key key)
{
    std::pair<QString, SecretStore::Result> result{
        QString(), {SecretStore::Status::Failed, QStringLiteral("no answer")}};
    bool done = false;
    store.read(kAccount, key, nullptr, [&](const QString &value, const SecretStore::Result &r) {
        result = {value, r};
        done = true;
    });
    waitFor([&] { return done; }, 15000);
    return result;
}

TokenResponse signInTokens()
{
    TokenResponse tokens;
    tokens.accessToken = QStringLiteral("access-initial");
    tokens.refreshToken = kRefreshToken;
    return tokens;
}

QString tokenOf(Session &session)
{
    QString token;
    bool done = false;
    session.requestToken(nullptr, [&](const QString &t, const ApiError &) {
        token = t;
        done = true;
    });
    waitFor([&] { return done; });
    return token;
}

// Plain method calls, not QDBusInterface: its introspected meta-objects are never freed by Qt D-Bus
// 6.4 (LeakSanitizer reports them in the asan build), and nothing here needs them.
QDBusMessage secretServiceCall(const QString &path, const QString &interface, const QString &method,
                               const QVariantList &arguments)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), path, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call);
}

int loginItemCount()
{
    const QDBusReply<QDBusVariant> reply =
        secretServiceCall(QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                          QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                          {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Items")});
    if (!reply.isValid())
        return -1;
    return int(qdbus_cast<QList<QDBusObjectPath>>(reply.value().variant()).size());
}

bool lockDefaultCollection()
{
    const QList<QDBusObjectPath> paths{
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))};
    const QDBusMessage reply = secretServiceCall(QStringLiteral("/org/freedesktop/secrets"),
                                                 QStringLiteral("org.freedesktop.Secret.Service"),
                                                 QStringLiteral("Lock"), {QVariant::fromValue(paths)});
    return reply.type() == QDBusMessage::ReplyMessage;
}

// Store, restore after a restart (new store and session objects), PAT round trip, sign-out deletes.
void scenarioStoreRestoreSignOut()
{
    AcceptingRefresher refresher;
    KeychainSecretStore store(5000);
    {
        Session session(kAccount, &store, &refresher);
        QSignalSpy warnings(&session, &Session::storageWarning);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.beginSignIn();
        session.completeSignIn(signInTokens());
        check(waitFor([&] { return signedIn.size() == 1; }), QStringLiteral("sign-in did not complete"));
        check(warnings.isEmpty(), QStringLiteral("the keychain refused the refresh token"));
    }
    KeychainSecretStore restarted(5000);
    Session session(kAccount, &restarted, &refresher);
    QSignalSpy restored(&session, &Session::restoreFinished);
    session.restore(false);
    check(waitFor([&] { return restored.size() == 1; }), QStringLiteral("restore did not finish"));
    check(!restored.isEmpty() && restored.first().first().toBool(),
          QStringLiteral("restore did not sign in"));
    check(tokenOf(session) == QStringLiteral("access-from-refresh"),
          QStringLiteral("restored session has no token"));

    check(writeNow(restarted, Key::PersonalAccessToken, kPat).ok(), QStringLiteral("PAT not stored"));
    check(readNow(store, Key::PersonalAccessToken).first == kPat, QStringLiteral("PAT not read back"));

    QSignalSpy out(&session, &Session::signedOut);
    session.signOut();
    check(waitFor([&] { return out.size() == 1; }), QStringLiteral("sign-out did not finish"));
    check(!out.isEmpty() && out.first().at(0).toBool(), QStringLiteral("sign-out reported a failure"));
    KeychainSecretStore after(5000);
    check(readNow(after, Key::RefreshToken).second.status == SecretStore::Status::NotFound,
          QStringLiteral("refresh token still stored"));
    check(readNow(after, Key::PersonalAccessToken).second.status == SecretStore::Status::NotFound,
          QStringLiteral("PAT still stored"));
}

// A locked keyring: writes are explained, reads look like "not found", nothing is deleted.
void scenarioLocked()
{
    KeychainSecretStore store(5000);
    check(writeNow(store, Key::RefreshToken, kRefreshToken).ok(), QStringLiteral("first write failed"));
    const int items = loginItemCount();
    check(items >= 1, QStringLiteral("no item in the keyring"));
    check(lockDefaultCollection(), QStringLiteral("could not lock the keyring"));

    const SecretStore::Result refused =
        writeNow(store, Key::RefreshToken, QStringLiteral("refresh-other-value"));
    check(refused.status == SecretStore::Status::Locked,
          QStringLiteral("write to a locked keyring not reported as locked"));
    check(refused.message == QStringLiteral("Your keyring is locked — unlock it and retry."),
          QStringLiteral("wrong locked message: ") + refused.message);

    AcceptingRefresher refresher;
    Session session(kAccount, &store, &refresher);
    QSignalSpy restored(&session, &Session::restoreFinished);
    session.restore(false);
    check(waitFor([&] { return restored.size() == 1; }), QStringLiteral("restore did not finish"));
    check(!restored.isEmpty() && !restored.first().first().toBool(),
          QStringLiteral("restore signed in from a locked keyring"));
    check(session.state() == Session::State::SignedOut,
          QStringLiteral("not signed out after a locked restore"));

    QSignalSpy warnings(&session, &Session::storageWarning);
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.beginSignIn();
    session.completeSignIn(signInTokens());
    check(waitFor([&] { return signedIn.size() == 1; }),
          QStringLiteral("sign-in with a locked keyring did not complete"));
    check(!warnings.isEmpty() && warnings.first().first().toString() ==
                                     QStringLiteral("Your keyring is locked — unlock it and retry."),
          QStringLiteral("no locked warning on sign-in"));
    check(tokenOf(session) == QStringLiteral("access-initial"),
          QStringLiteral("session does not work in memory"));
    check(loginItemCount() == items, QStringLiteral("an item was deleted from the locked keyring"));
}

// No D-Bus at all: the documented sentence, tokens kept in memory.
void scenarioNoDbus()
{
    KeychainSecretStore store(5000);
    const SecretStore::Result result = writeNow(store, Key::RefreshToken, kRefreshToken);
    check(result.status == SecretStore::Status::Unavailable,
          QStringLiteral("write without D-Bus not reported as unavailable"));
    check(result.message ==
              QStringLiteral("No secure storage is available; you will need to sign in again next time."),
          QStringLiteral("wrong unavailable message: ") + result.message);
    AcceptingRefresher refresher;
    Session session(kAccount, &store, &refresher);
    QSignalSpy warnings(&session, &Session::storageWarning);
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.beginSignIn();
    session.completeSignIn(signInTokens());
    check(waitFor([&] { return signedIn.size() == 1; }),
          QStringLiteral("sign-in without D-Bus did not complete"));
    check(warnings.size() == 1, QStringLiteral("expected exactly one storage warning"));
    check(tokenOf(session) == QStringLiteral("access-initial"),
          QStringLiteral("session does not work in memory"));
}

int runScenario(const QString &name)
{
    if (name == u"store-restore-signout")
        scenarioStoreRestoreSignOut();
    else if (name == u"locked")
        scenarioLocked();
    else if (name == u"no-dbus")
        scenarioNoDbus();
    else
        g_failures.append(QStringLiteral("unknown scenario ") + name);
    for (const QString &failure : std::as_const(g_failures))
        std::fprintf(stdout, "FAILED: %s\n", qPrintable(failure));
    std::fflush(stdout);
    return g_failures.isEmpty() ? 0 : 1;
}

} // namespace

// ---- parent side -------------------------------------------------------------------------------

class TestKeychain : public QObject
{
    Q_OBJECT

    // Runs a scenario in a child: with its own D-Bus session and unlocked gnome-keyring, or with no bus.
    void runChild(const QString &scenario, bool withKeyring)
    {
        QTemporaryDir home;
        QTemporaryDir runtime;
        QVERIFY(home.isValid() && runtime.isValid());
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QString::fromLatin1(kScenarioVariable), scenario);
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QString self = QCoreApplication::applicationFilePath();
        if (withKeyring) {
            const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
            QVERIFY2(!dbus.isEmpty(), "dbus-run-session is missing (scripts/install-deps.sh installs it)");
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty(),
                     "gnome-keyring-daemon is missing");
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            // The daemon runs in the foreground of this shell and is stopped by it: nothing is left behind.
            const QString script =
                QStringLiteral("printf meterscope-test | gnome-keyring-daemon --foreground --login "
                               "--components=secrets >/dev/null 2>&1 &\n"
                               "keyring=$!\n"
                               "i=0; while [ $i -lt 50 ]; do\n"
                               "  dbus-send --session --print-reply --dest=org.freedesktop.DBus / "
                               "org.freedesktop.DBus.NameHasOwner"
                               " string:org.freedesktop.secrets 2>/dev/null | grep -q true && break\n"
                               "  i=$((i+1)); sleep 0.1\n"
                               "done\n"
                               "\"$0\"; status=$?\n"
                               "kill $keyring 2>/dev/null; wait $keyring 2>/dev/null\n"
                               "exit $status\n");
            child.setProcessEnvironment(env);
            child.start(dbus,
                        {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script, self});
        } else {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("no-bus-here")));
            child.setProcessEnvironment(env);
            child.start(self, {});
        }
        QVERIFY(child.waitForStarted(10000));
        if (!child.waitForFinished(50000)) {
            child.kill();
            child.waitForFinished(5000);
            QFAIL("the keychain scenario did not finish in time");
        }
        const QByteArray output = child.readAll();
        const QList<QByteArray> lines = output.split('\n');
        QByteArray failures;
        for (const QByteArray &line : lines) {
            if (line.startsWith("FAILED:"))
                failures += line + '\n';
        }
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 failures.isEmpty() ? output.right(2000).constData() : failures.constData());
    }

private Q_SLOTS:
    void storeRestoreAfterRestartAndSignOutDeletes()
    {
        runChild(QStringLiteral("store-restore-signout"), true);
    }
    // K2
    void lockedKeyringIsExplainedAndNothingIsDeleted() { runChild(QStringLiteral("locked"), true); }
    // K1
    void noDbusKeepsTokensInMemoryWithOneWarning() { runChild(QStringLiteral("no-dbus"), false); }
};

int main(int argc, char *argv[])
{
    const QString scenario = qEnvironmentVariable(kScenarioVariable);
    QCoreApplication app(argc, argv);
    if (!scenario.isEmpty())
        return runScenario(scenario);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
