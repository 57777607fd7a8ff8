// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/memorysecretstore.h"
#include "auth/session.h"
#include "auth/tokenrefresher.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace meterscope;

namespace {

const QString kAccount = QStringLiteral("oauth@127.0.0.1");
using Key = SecretStore::Key;

// A token endpoint with the semantics that matter: which refresh tokens are valid, rotation, and
// network failures. Answers asynchronously like the network does and records what it was asked.
class FakeRefresher final : public TokenRefresher
{
public:
    QSet<QString> valid;
    bool rotate = false;
    int lifetimeSeconds = 3600;
    ApiError failWith;
    int calls = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    QStringList used;

    void refresh(const QString &refreshToken, QObject *context, TokenResultCallback done) override
    {
        ++calls;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        used.append(refreshToken);
        const int serial = calls;
        QTimer::singleShot(5, context, [this, refreshToken, serial, done]() {
            --inFlight;
            if (failWith) {
                done({}, failWith);
                return;
            }
            if (!valid.contains(refreshToken)) {
                done({}, ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("refused"),
                                        QStringLiteral("invalid_grant"), 400));
                return;
            }
            TokenResponse tokens;
            tokens.accessToken = QStringLiteral("access-%1").arg(serial);
            tokens.expiresInSeconds = lifetimeSeconds;
            if (rotate) {
                valid.remove(refreshToken);
                tokens.refreshToken = QStringLiteral("refresh-rotated-%1").arg(serial);
                valid.insert(tokens.refreshToken);
            }
            done(tokens, ApiError());
        });
    }
};

struct TokenResult
{
    QString token;
    ApiError error;
    bool called = false;
};

TokenCallback recordInto(TokenResult *result)
{
    return [result](const QString &token, const ApiError &error) {
        result->token = token;
        result->error = error;
        result->called = true;
    };
}

TokenResponse initialTokens(const QString &refreshToken, int lifetimeSeconds = 3600)
{
    TokenResponse tokens;
    tokens.accessToken = QStringLiteral("access-initial");
    tokens.refreshToken = refreshToken;
    tokens.expiresInSeconds = lifetimeSeconds;
    return tokens;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_lockDir;
    MemorySecretStore m_store;
    FakeRefresher m_refresher;

    std::unique_ptr<Session> makeSession()
    {
        auto session = std::make_unique<Session>(kAccount, &m_store, &m_refresher);
        session->setLockDirectory(m_lockDir.path());
        return session;
    }

    // A session signed in through the browser with refresh token `refreshToken`.
    std::unique_ptr<Session> signedIn(const QString &refreshToken, int lifetimeSeconds = 3600)
    {
        auto session = makeSession();
        session->beginSignIn();
        session->completeSignIn(initialTokens(refreshToken, lifetimeSeconds));
        return session;
    }

private Q_SLOTS:
    void init()
    {
        m_store = MemorySecretStore();
        m_refresher = FakeRefresher();
    }

    void signInStoresRefreshTokenAndKeepsAccessTokenInMemory()
    {
        auto session = signedIn(QStringLiteral("refresh-1"));
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), QStringLiteral("refresh-1"));
        QVERIFY(!m_store.contains(kAccount, Key::PersonalAccessToken));
        TokenResult result;
        session->requestToken(this, recordInto(&result));
        QVERIFY(result.called);
        QCOMPARE(result.token, QStringLiteral("access-initial"));
        QCOMPARE(m_refresher.calls, 0);
    }

    void restoreRefreshesSilently()
    {
        m_store.write(kAccount, Key::RefreshToken, QStringLiteral("refresh-stored"), nullptr,
                      [](const SecretStore::Result &) {});
        m_refresher.valid = {QStringLiteral("refresh-stored")};
        auto session = makeSession();
        QSignalSpy restored(session.get(), &Session::restoreFinished);
        TokenResult early;
        session->restore(false);
        session->requestToken(this, recordInto(&early)); // asked while restoring: waits
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).toBool(), true);
        QCOMPARE(session->state(), Session::State::SignedIn);
        QVERIFY(early.called);
        QCOMPARE(early.token, QStringLiteral("access-1"));
        QCOMPARE(m_refresher.calls, 1);
    }

    // K2: a locked keyring reads as "not found": show sign-in, delete nothing.
    void lockedKeyringOnRestoreDeletesNothing()
    {
        m_store.write(kAccount, Key::RefreshToken, QStringLiteral("refresh-kept"), nullptr,
                      [](const SecretStore::Result &) {});
        m_store.simulate(SecretStore::Status::Locked);
        auto session = makeSession();
        QSignalSpy restored(session.get(), &Session::restoreFinished);
        session->restore(false);
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).toBool(), false);
        QCOMPARE(session->state(), Session::State::SignedOut);
        QCOMPARE(m_refresher.calls, 0);
        m_store.simulate(SecretStore::Status::Ok);
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), QStringLiteral("refresh-kept"));
    }

    // K2: a write refused by a locked keyring is explained; the session still works in memory.
    void lockedKeyringOnSignInWarnsAndKeepsSessionInMemory()
    {
        m_store.simulate(SecretStore::Status::Locked);
        auto session = makeSession();
        QSignalSpy warnings(session.get(), &Session::storageWarning);
        session->beginSignIn();
        session->completeSignIn(initialTokens(QStringLiteral("refresh-1")));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().first().toString(),
                 QStringLiteral("Your keyring is locked — unlock it and retry."));
        QCOMPARE(session->state(), Session::State::SignedIn);
    }

    // K1: no secure storage at all: one warning, tokens in memory, refresh still works.
    void noKeychainKeepsTokensInMemory()
    {
        m_store.simulate(SecretStore::Status::Unavailable);
        m_refresher.valid = {QStringLiteral("refresh-1")};
        auto session = makeSession();
        QSignalSpy warnings(session.get(), &Session::storageWarning);
        session->beginSignIn();
        session->completeSignIn(initialTokens(QStringLiteral("refresh-1")));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().first().toString(),
                 QStringLiteral("No secure storage is available; you will need to sign in again next time."));
        TokenResult renewed;
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&renewed));
        QTRY_VERIFY(renewed.called);
        QCOMPARE(renewed.token, QStringLiteral("access-1"));
        QCOMPARE(m_refresher.used, QStringList{QStringLiteral("refresh-1")});
    }

    // K3: foreign data in the entry is treated as absent and only overwritten by a sign-in.
    void corruptedEntryIsTreatedAsAbsent()
    {
        const QString foreign = QStringLiteral("{\"not\": \"ours\"}\n");
        m_store.write(kAccount, Key::RefreshToken, foreign, nullptr, [](const SecretStore::Result &) {});
        auto session = makeSession();
        QSignalSpy restored(session.get(), &Session::restoreFinished);
        session->restore(false);
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).toBool(), false);
        QCOMPARE(m_refresher.calls, 0);
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), foreign);
        session->beginSignIn();
        session->completeSignIn(initialTokens(QStringLiteral("refresh-new")));
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), QStringLiteral("refresh-new"));
    }

    // T3: invalid_grant on refresh ends the session; every waiting caller hears "sign in again".
    void refreshRefusedEndsSessionAndFailsQueuedCallers()
    {
        auto session = signedIn(QStringLiteral("refresh-revoked"));
        QSignalSpy ended(session.get(), &Session::sessionEnded);
        TokenResult a;
        TokenResult b;
        TokenResult c;
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&a));
        session->requestToken(this, recordInto(&b));
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&c));
        QTRY_VERIFY(a.called && b.called && c.called);
        for (const TokenResult *result : {&a, &b, &c}) {
            QCOMPARE(result->error.kind, ApiError::Kind::SignInRequired);
            QCOMPARE(result->error.userMessage(),
                     QStringLiteral("Your access token expired and could not be renewed — sign in again."));
            QVERIFY(result->token.isEmpty());
        }
        QCOMPARE(m_refresher.calls, 1);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(session->state(), Session::State::SignedOut);
        QVERIFY(!m_store.contains(kAccount, Key::RefreshToken));
        // Later callers are told too, without another refresh.
        TokenResult later;
        session->requestToken(this, recordInto(&later));
        QCOMPARE(later.error.kind, ApiError::Kind::SignInRequired);
        QCOMPARE(m_refresher.calls, 1);
    }

    // A refused refresh token is gone from the keychain by the time anyone hears the session ended, so
    // a process that exits on it leaves nothing dead behind.
    void refusedRefreshTokenIsDeletedBeforeTheSessionEnds()
    {
        auto session = signedIn(QStringLiteral("refresh-revoked"));
        bool storedWhenEnded = true;
        bool storedWhenCalledBack = true;
        connect(session.get(), &Session::sessionEnded, this,
                [&] { storedWhenEnded = m_store.contains(kAccount, Key::RefreshToken); });
        TokenResult result;
        session->renewAfterRejection(QStringLiteral("access-initial"), this,
                                     [&](const QString &token, const ApiError &error) {
                                         storedWhenCalledBack = m_store.contains(kAccount, Key::RefreshToken);
                                         recordInto (&result)(token, error);
                                     });
        QTRY_VERIFY(result.called);
        QVERIFY(!storedWhenEnded);
        QVERIFY(!storedWhenCalledBack);
    }

    // A request waiting for a token that never comes (a token endpoint that does not answer) fails after
    // the wait limit instead of waiting for ever.
    void tokenWaitHasADeadline()
    {
        class SilentRefresher final : public TokenRefresher
        {
        public:
            int calls = 0;
            void refresh(const QString &, QObject *, TokenResultCallback) override { ++calls; }
        } silent;
        m_store.write(kAccount, Key::RefreshToken, QStringLiteral("refresh-stuck"), this,
                      [](const SecretStore::Result &) {});
        Session session(kAccount, &m_store, &silent);
        session.setLockDirectory(m_lockDir.path());
        session.setTokenWaitLimitMs(300);
        session.restore(false);
        TokenResult first;
        TokenResult second;
        session.requestToken(this, recordInto(&first));
        QTest::qWait(100);
        session.requestToken(this, recordInto(&second));
        QTRY_VERIFY_WITH_TIMEOUT(first.called, 2000);
        QVERIFY(!second.called); // its own deadline is 100 ms later
        QCOMPARE(first.error.kind, ApiError::Kind::Timeout);
        QVERIFY(first.token.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(second.called, 2000);
        QCOMPARE(second.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(silent.calls, 1);
    }

    // T4: a rotated refresh token is stored before the new access token is handed out.
    void rotatedRefreshTokenIsStoredBeforeUse()
    {
        m_refresher.valid = {QStringLiteral("refresh-1")};
        m_refresher.rotate = true;
        auto session = signedIn(QStringLiteral("refresh-1"));
        QString storedWhenHandedOut;
        bool called = false;
        session->renewAfterRejection(QStringLiteral("access-initial"), this,
                                     [&](const QString &token, const ApiError &error) {
                                         QVERIFY(!error);
                                         QCOMPARE(token, QStringLiteral("access-1"));
                                         storedWhenHandedOut = m_store.value(kAccount, Key::RefreshToken);
                                         called = true;
                                     });
        QTRY_VERIFY(called);
        QCOMPARE(storedWhenHandedOut, QStringLiteral("refresh-rotated-1"));
        // And the next refresh uses the new one.
        TokenResult again;
        session->renewAfterRejection(QStringLiteral("access-1"), this, recordInto(&again));
        QTRY_VERIFY(again.called);
        QCOMPARE(again.token, QStringLiteral("access-2"));
        QCOMPARE(m_refresher.used.last(), QStringLiteral("refresh-rotated-1"));
    }

    // T5: two 401s at once share one refresh; a late 401 for the old token replays with the new one.
    void concurrentRejectionsShareOneRefresh()
    {
        m_refresher.valid = {QStringLiteral("refresh-1")};
        m_refresher.rotate = true;
        auto session = signedIn(QStringLiteral("refresh-1"));
        TokenResult a;
        TokenResult b;
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&a));
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&b));
        QTRY_VERIFY(a.called && b.called);
        QCOMPARE(a.token, QStringLiteral("access-1"));
        QCOMPARE(b.token, QStringLiteral("access-1"));
        QCOMPARE(m_refresher.calls, 1);
        TokenResult late;
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&late));
        QVERIFY(late.called);
        QCOMPARE(late.token, QStringLiteral("access-1"));
        QCOMPARE(m_refresher.calls, 1);
    }

    // T9: the network is down during a refresh: the session and the stored token survive.
    void networkErrorDuringRefreshKeepsSession()
    {
        m_refresher.valid = {QStringLiteral("refresh-1")};
        auto session = signedIn(QStringLiteral("refresh-1"));
        QSignalSpy ended(session.get(), &Session::sessionEnded);
        QSignalSpy deferred(session.get(), &Session::refreshDeferred);
        m_refresher.failWith = ApiError::make(ApiError::Kind::Offline, QStringLiteral("offline"));
        TokenResult offline;
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&offline));
        QTRY_VERIFY(offline.called);
        QCOMPARE(offline.error.kind, ApiError::Kind::Offline);
        QCOMPARE(ended.size(), 0);
        QCOMPARE(deferred.size(), 1);
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), QStringLiteral("refresh-1"));
        // Back online: the next request refreshes and goes on.
        m_refresher.failWith = ApiError();
        TokenResult online;
        session->requestToken(this, recordInto(&online));
        QTRY_VERIFY(online.called);
        QCOMPARE(online.token, QStringLiteral("access-2"));
    }

    // T10: the server rejects a token before its expiry (clock skew): one refresh, no loop.
    void earlyRejectionRefreshesOnce()
    {
        m_refresher.valid = {QStringLiteral("refresh-1")};
        auto session = signedIn(QStringLiteral("refresh-1"));
        TokenResult renewed;
        session->renewAfterRejection(QStringLiteral("access-initial"), this, recordInto(&renewed));
        QTRY_VERIFY(renewed.called);
        QCOMPARE(renewed.token, QStringLiteral("access-1"));
        QCOMPARE(m_refresher.calls, 1);
        // The fresh token is served without another refresh.
        TokenResult next;
        session->requestToken(this, recordInto(&next));
        QCOMPARE(next.token, QStringLiteral("access-1"));
        QCOMPARE(m_refresher.calls, 1);
    }

    void tokenIsRefreshedBeforeItExpires()
    {
        m_refresher.valid = {QStringLiteral("refresh-1")};
        m_refresher.lifetimeSeconds = 4;
        auto session = signedIn(QStringLiteral("refresh-1"), 4);
        QTRY_COMPARE_WITH_TIMEOUT(m_refresher.calls, 1, 6000);
        TokenResult result;
        session->requestToken(this, recordInto(&result));
        QTRY_VERIFY(result.called);
        QCOMPARE(result.token, QStringLiteral("access-1"));
        QCOMPARE(session->state(), Session::State::SignedIn);
    }

    void callbackIsDroppedWhenContextIsGone()
    {
        m_refresher.valid = {QStringLiteral("refresh-1")};
        auto session = signedIn(QStringLiteral("refresh-1"));
        bool called = false;
        auto context = std::make_unique<QObject>();
        session->renewAfterRejection(QStringLiteral("access-initial"), context.get(),
                                     [&called](const QString &, const ApiError &) { called = true; });
        context.reset();
        QTRY_COMPARE(m_refresher.calls, 1);
        QTRY_COMPARE(session->state(), Session::State::SignedIn);
        QVERIFY(!called);
    }

    // Two processes on one account with rotating refresh tokens: the second re-reads the stored token
    // under the lock and is not signed out by the first one's rotation.
    void twoProcessesOnOneAccountDoNotSignEachOtherOut()
    {
        m_store.write(kAccount, Key::RefreshToken, QStringLiteral("refresh-1"), nullptr,
                      [](const SecretStore::Result &) {});
        m_refresher.valid = {QStringLiteral("refresh-1")};
        m_refresher.rotate = true;
        auto gui = makeSession();
        auto cli = makeSession();
        QSignalSpy guiRestored(gui.get(), &Session::restoreFinished);
        QSignalSpy cliRestored(cli.get(), &Session::restoreFinished);
        QSignalSpy guiEnded(gui.get(), &Session::sessionEnded);
        QSignalSpy cliEnded(cli.get(), &Session::sessionEnded);
        gui->restore(false);
        cli->restore(false);
        QTRY_VERIFY(guiRestored.size() == 1 && cliRestored.size() == 1);
        QCOMPARE(guiRestored.first().at(0).toBool(), true);
        QCOMPARE(cliRestored.first().at(0).toBool(), true);
        QCOMPARE(guiEnded.size() + cliEnded.size(), 0);
        QCOMPARE(m_refresher.calls, 2);
        QCOMPARE(m_refresher.maxInFlight, 1); // the lock serialised them
        QCOMPARE(m_refresher.used,
                 (QStringList{QStringLiteral("refresh-1"), QStringLiteral("refresh-rotated-1")}));
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), QStringLiteral("refresh-rotated-2"));
        QVERIFY(QFileInfo(gui->lockFilePath()).absolutePath() ==
                QFileInfo(m_lockDir.path()).absoluteFilePath());
    }

    void personalAccessTokenIsNeverRefreshed()
    {
        auto session = std::make_unique<Session>(QStringLiteral("pat@127.0.0.1"), &m_store, nullptr);
        session->signInWithPat(QStringLiteral("  pat-value-123  "));
        QCOMPARE(m_store.value(QStringLiteral("pat@127.0.0.1"), Key::PersonalAccessToken),
                 QStringLiteral("pat-value-123"));
        TokenResult token;
        session->requestToken(this, recordInto(&token));
        QCOMPARE(token.token, QStringLiteral("pat-value-123"));
        TokenResult rejected;
        session->renewAfterRejection(QStringLiteral("pat-value-123"), this, recordInto(&rejected));
        QCOMPARE(rejected.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(rejected.error.userMessage(),
                 QStringLiteral("Your personal access token expired or was revoked — paste a new one."));
        QCOMPARE(m_refresher.calls, 0);
        // Restored by a new session object (a restart).
        auto restarted = std::make_unique<Session>(QStringLiteral("pat@127.0.0.1"), &m_store, nullptr);
        QSignalSpy restored(restarted.get(), &Session::restoreFinished);
        restarted->restore(true);
        QTRY_COMPARE(restored.size(), 1);
        TokenResult again;
        restarted->requestToken(this, recordInto(&again));
        QCOMPARE(again.token, QStringLiteral("pat-value-123"));
    }

    // K5: sign-out deletes what was stored and says so; a failed deletion is reported.
    void signOutDeletesStoredSecrets()
    {
        auto session = signedIn(QStringLiteral("refresh-1"));
        m_store.write(kAccount, Key::PersonalAccessToken, QStringLiteral("pat-old-value"), nullptr,
                      [](const SecretStore::Result &) {});
        QSignalSpy out(session.get(), &Session::signedOut);
        session->signOut();
        QTRY_COMPARE(out.size(), 1);
        QCOMPARE(out.first().at(0).toBool(), true);
        QVERIFY(!m_store.contains(kAccount, Key::RefreshToken));
        QVERIFY(!m_store.contains(kAccount, Key::PersonalAccessToken));
        QCOMPARE(session->state(), Session::State::SignedOut);
        TokenResult after;
        session->requestToken(this, recordInto(&after));
        QCOMPARE(after.error.kind, ApiError::Kind::SignInRequired);
    }

    void signOutReportsDeletionFailure()
    {
        auto session = signedIn(QStringLiteral("refresh-1"));
        m_store.simulate(SecretStore::Status::Locked);
        QSignalSpy out(session.get(), &Session::signedOut);
        session->signOut();
        QTRY_COMPARE(out.size(), 1);
        QCOMPARE(out.first().at(0).toBool(), false);
        QVERIFY(out.first().at(1).toString().contains(QStringLiteral("could not be deleted")));
        QVERIFY(out.first().at(1).toString().contains(QStringLiteral("keyring is locked")));
        QCOMPARE(session->state(), Session::State::SignedOut);
    }

    // C4 at the session level: a denied sign-in fails waiting callers and leaves stored credentials alone.
    void abortedSignInKeepsStoredCredentials()
    {
        m_store.write(kAccount, Key::RefreshToken, QStringLiteral("refresh-earlier"), nullptr,
                      [](const SecretStore::Result &) {});
        auto session = makeSession();
        session->beginSignIn();
        TokenResult waiting;
        session->requestToken(this, recordInto(&waiting));
        QVERIFY(!waiting.called);
        session->abortSignIn(
            ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("Sign-in was cancelled or denied.")));
        QVERIFY(waiting.called);
        QCOMPARE(waiting.error.userMessage(), QStringLiteral("Sign-in was cancelled or denied."));
        QCOMPARE(m_store.value(kAccount, Key::RefreshToken), QStringLiteral("refresh-earlier"));
        QCOMPARE(session->state(), Session::State::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
