// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/accesstokensource.h"
#include "auth/secretstore.h"
#include "auth/tokenresponse.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLockFile;

namespace meterscope {

class TokenRefresher;

// The signed-in state of one account and the bearer token source of ApiClient.
// OAuth: the access token lives in memory only; the refresh token is in the SecretStore. The token is
// refreshed ~60 s before it expires; every caller that needs a token while a refresh runs waits for
// that one refresh (single flight). An OAuth error on refresh ends the session: the stored refresh token
// is deleted and every waiting caller gets SignInRequired. Network trouble keeps the session. A rotated
// refresh token is stored before the new access token is used. A refresh holds a per-account lock file
// and re-reads the stored refresh token first, so two processes on one account never sign each other out.
// PAT: the token never changes; a 401 asks for a new one.
class Session final : public QObject, public AccessTokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    enum class State
    {
        SignedOut,
        SigningIn,
        Restoring,
        SignedIn,
        Refreshing
    };
    Q_ENUM(State)

    static constexpr int kDefaultRefreshMarginSeconds = 60;
    static constexpr int kLockWaitMs = 15000;
    static constexpr int kRetryAfterNetworkErrorMs = 30000;
    // How long a request may wait for a token (a refresh, a restore, a sign-in) before it fails with
    // Timeout: longer than the refresh lock wait plus a token request with its retries.
    static constexpr int kDefaultTokenWaitLimitMs = 120000;

    // `refresher` may be nullptr for a PAT account. Neither is owned; both must outlive the session.
    Session(const QString &accountId, SecretStore *store, TokenRefresher *refresher,
            QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] QString accountId() const { return m_accountId; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isSignedIn() const
    {
        return m_state == State::SignedIn || m_state == State::Refreshing;
    }
    [[nodiscard]] bool usesPersonalAccessToken() const { return m_pat; }
    [[nodiscard]] QDateTime accessTokenExpiry() const { return m_expiry; }
    // Where the cross-process refresh lock lives (default: <data>/meterscope/locks).
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    [[nodiscard]] QString lockFilePath() const;
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    void setTokenWaitLimitMs(int ms) { m_tokenWaitLimitMs = ms; }
    // How long after a refresh that could not reach the server it is tried again.
    void setRetryAfterNetworkErrorMs(int ms) { m_retryAfterNetworkErrorMs = ms; }

    // PAT sign-in: keeps the token in memory at once and stores it; `stored` gets the keychain result.
    void signInWithPat(const QString &pat);
    // A browser sign-in started / failed (callers waiting for a token are told to sign in).
    void beginSignIn();
    void abortSignIn(const ApiError &error);
    // The code exchange succeeded: the refresh token is stored first, then the session is signed in.
    void completeSignIn(const TokenResponse &tokens);
    // Start-up: restores a stored PAT, or refreshes silently with a stored refresh token.
    // restoreFinished() tells the outcome; nothing stored (or a locked keyring) is not an error and
    // deletes nothing.
    void restore(bool personalAccessToken);
    // Token requests wait from now on until restore() has finished (for work that must precede it).
    void beginRestore() { setState(State::Restoring); }
    // Deletes the stored refresh token and PAT and forgets the tokens; signedOut() says whether the
    // stored entries could be deleted.
    void signOut();

    void requestToken(QObject *context, TokenCallback done) override;
    void renewAfterRejection(const QString &rejectedToken, QObject *context, TokenCallback done) override;

Q_SIGNALS:
    void stateChanged(meterscope::Session::State state);
    void signedIn();
    // The session ended because the refresh token was refused; the user has to sign in again.
    void sessionEnded(const meterscope::ApiError &error);
    void restoreFinished(bool signedIn, const meterscope::ApiError &error);
    // restore() found a stored token (the refresh, if any, follows): what was kept of the account
    // may be shown while the session is being restored.
    void storedCredentialFound();
    // `message` is a user sentence; ok is false when a stored secret could not be deleted.
    void signedOut(bool ok, const QString &message);
    // The keychain could not keep a secret (locked, unavailable): the session works for now only.
    void storageWarning(const QString &message);
    // A refresh could not reach the server; the session is kept and retried later.
    void refreshDeferred(const meterscope::ApiError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        TokenCallback done;
        QDeadlineTimer deadline;
    };

    void setState(State state);
    [[nodiscard]] bool accessTokenFresh() const;
    [[nodiscard]] int effectiveMarginSeconds(int lifetimeSeconds) const;
    void enqueue(QObject *context, TokenCallback done);
    void flush(const QString &token, const ApiError &error);
    // Fails the waiters whose deadline passed and re-arms the timer for the next one.
    void expireWaiters();
    void startRefresh();
    void acquireLockThenRefresh(int waitedMs);
    void refreshWithStoredToken();
    void onRefreshed(const QString &usedRefreshToken, const TokenResponse &tokens, const ApiError &error);
    void applyTokens(const TokenResponse &tokens);
    void endSession(const ApiError &error);
    void releaseLock();
    void warnAboutStorage(const SecretStore::Result &result);
    static ApiError notSignedIn();
    static ApiError patRejected();

    QString m_accountId;
    SecretStore *m_store;
    TokenRefresher *m_refresher;
    State m_state = State::SignedOut;
    bool m_pat = false;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiry;
    int m_lifetimeSeconds = TokenResponse::kDefaultLifetimeSeconds;
    int m_marginSeconds = kDefaultRefreshMarginSeconds;
    bool m_refreshing = false;
    bool m_restoring = false;
    QList<Waiter> m_waiters;
    QTimer m_proactiveTimer;
    QTimer m_waitLimitTimer;
    int m_tokenWaitLimitMs = kDefaultTokenWaitLimitMs;
    int m_retryAfterNetworkErrorMs = kRetryAfterNetworkErrorMs;
    QString m_lockDirectory;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace meterscope
