// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/session.h"

#include "api/statictokensource.h"
#include "auth/logredactor.h"
#include "auth/tokenrefresher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>

namespace meterscope {

namespace {

Q_LOGGING_CATEGORY(lcSession, "meterscope.auth.session")

constexpr int kLockPollMs = 50;

// A stored value that is not a plausible token (another program's data, a truncated write) reads as
// absent; it is overwritten only by the next successful sign-in.
bool plausible(const QString &value)
{
    return StaticTokenSource::isPlausiblePat(value, nullptr);
}

} // namespace

Session::Session(const QString &accountId, SecretStore *store, TokenRefresher *refresher, QObject *parent)
    : QObject(parent), m_accountId(accountId), m_store(store), m_refresher(refresher)
{
    m_waitLimitTimer.setSingleShot(true);
    connect(&m_waitLimitTimer, &QTimer::timeout, this, &Session::expireWaiters);
    m_proactiveTimer.setSingleShot(true);
    connect(&m_proactiveTimer, &QTimer::timeout, this, [this]() {
        if (m_state == State::SignedIn && !m_pat)
            startRefresh();
    });
    // Shared by every Meterscope executable (not per application name), so the GUI and the CLI see one lock.
    m_lockDirectory = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/meterscope/locks");
}

Session::~Session()
{
    releaseLock();
}

QString Session::lockFilePath() const
{
    QString safe = m_accountId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'@')
            c = u'_';
    }
    return m_lockDirectory + u'/' + safe + QStringLiteral(".lock");
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSession) << "session state" << state;
    Q_EMIT stateChanged(state);
}

ApiError Session::notSignedIn()
{
    return ApiError::make(ApiError::Kind::SignInRequired,
                          QCoreApplication::translate("Session", "You are not signed in — sign in first."));
}

ApiError Session::patRejected()
{
    return ApiError::make(
        ApiError::Kind::Unauthorized,
        QCoreApplication::translate("Session",
                                    "Your personal access token expired or was revoked — paste a new one."),
        QStringLiteral("HTTP 401"), 401);
}

int Session::effectiveMarginSeconds(int lifetimeSeconds) const
{
    // Short-lived tokens are refreshed after three quarters of their life rather than never being fresh.
    return std::min(m_marginSeconds, lifetimeSeconds / 4);
}

bool Session::accessTokenFresh() const
{
    if (m_accessToken.isEmpty() || !m_expiry.isValid())
        return false;
    return QDateTime::currentDateTimeUtc().addSecs(effectiveMarginSeconds(m_lifetimeSeconds)) < m_expiry;
}

void Session::enqueue(QObject *context, TokenCallback done)
{
    m_waiters.append(
        Waiter{context, context != nullptr, std::move(done), QDeadlineTimer(m_tokenWaitLimitMs)});
    if (!m_waitLimitTimer.isActive())
        m_waitLimitTimer.start(m_tokenWaitLimitMs);
}

void Session::expireWaiters()
{
    QList<Waiter> expired;
    qint64 nextMs = -1;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->deadline.hasExpired()) {
            expired.append(std::move(*it));
            it = m_waiters.erase(it);
            continue;
        }
        const qint64 remaining = it->deadline.remainingTime();
        nextMs = nextMs < 0 ? remaining : std::min(nextMs, remaining);
        ++it;
    }
    if (nextMs >= 0)
        m_waitLimitTimer.start(int(std::max<qint64>(nextMs, 1)));
    if (expired.isEmpty())
        return;
    qCInfo(lcSession) << expired.size() << "request(s) gave up waiting for an access token";
    const ApiError error =
        ApiError::make(ApiError::Kind::Timeout,
                       QCoreApplication::translate(
                           "Session", "Gave up after %1 s waiting for the sign-in to answer — try again.")
                           .arg(m_tokenWaitLimitMs / 1000));
    for (const Waiter &waiter : std::as_const(expired)) {
        if (waiter.hadContext && !waiter.context)
            continue;
        waiter.done(QString(), error);
    }
}

void Session::flush(const QString &token, const ApiError &error)
{
    m_waitLimitTimer.stop();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.hadContext && !waiter.context)
            continue;
        waiter.done(token, error);
    }
}

void Session::signInWithPat(const QString &pat)
{
    const QString token = pat.trimmed();
    LogRedactor::registerSecret(token);
    m_proactiveTimer.stop();
    m_pat = true;
    m_accessToken = token;
    m_refreshToken.clear();
    m_expiry = QDateTime();
    setState(State::SignedIn);
    flush(m_accessToken, ApiError());
    // signedIn() once the keychain answered, so a short-lived caller (the CLI) may exit after it.
    m_store->write(m_accountId, SecretStore::Key::PersonalAccessToken, token, this,
                   [this](const SecretStore::Result &result) {
                       warnAboutStorage(result);
                       Q_EMIT signedIn();
                   });
}

void Session::beginSignIn()
{
    m_pat = false;
    setState(State::SigningIn);
}

void Session::abortSignIn(const ApiError &error)
{
    if (m_state != State::SigningIn)
        return;
    setState(State::SignedOut);
    flush(QString(), error.isError() ? error : notSignedIn());
}

void Session::completeSignIn(const TokenResponse &tokens)
{
    m_pat = false;
    LogRedactor::registerSecret(tokens.accessToken);
    LogRedactor::registerSecret(tokens.refreshToken);
    if (tokens.refreshToken.isEmpty()) {
        applyTokens(tokens);
        Q_EMIT signedIn();
        return;
    }
    // Stored before use; if the keychain refuses, the session still works in memory.
    m_store->write(m_accountId, SecretStore::Key::RefreshToken, tokens.refreshToken, this,
                   [this, tokens](const SecretStore::Result &result) {
                       warnAboutStorage(result);
                       applyTokens(tokens);
                       Q_EMIT signedIn();
                   });
}

void Session::applyTokens(const TokenResponse &tokens)
{
    m_accessToken = tokens.accessToken;
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    m_lifetimeSeconds = tokens.expiresInSeconds;
    m_expiry = QDateTime::currentDateTimeUtc().addSecs(tokens.expiresInSeconds);
    const int refreshInSeconds = tokens.expiresInSeconds - effectiveMarginSeconds(tokens.expiresInSeconds);
    if (!m_refreshToken.isEmpty())
        m_proactiveTimer.start(std::max(0, refreshInSeconds) * 1000);
    setState(State::SignedIn);
    flush(m_accessToken, ApiError());
}

void Session::restore(bool personalAccessToken)
{
    m_pat = personalAccessToken;
    m_restoring = true;
    setState(State::Restoring);
    const auto key =
        personalAccessToken ? SecretStore::Key::PersonalAccessToken : SecretStore::Key::RefreshToken;
    m_store->read(m_accountId, key, this,
                  [this, personalAccessToken](const QString &value, const SecretStore::Result &result) {
                      if (!result.ok() || !plausible(value)) {
                          // Nothing stored, a locked keyring (reads as not found) or foreign data: show "sign
                          // in", delete nothing.
                          if (result.status != SecretStore::Status::NotFound && !result.ok())
                              Q_EMIT storageWarning(result.message);
                          m_restoring = false;
                          setState(State::SignedOut);
                          flush(QString(), notSignedIn());
                          Q_EMIT restoreFinished(false, ApiError());
                          return;
                      }
                      LogRedactor::registerSecret(value);
                      Q_EMIT storedCredentialFound();
                      if (personalAccessToken) {
                          m_accessToken = value;
                          m_restoring = false;
                          setState(State::SignedIn);
                          flush(m_accessToken, ApiError());
                          Q_EMIT restoreFinished(true, ApiError());
                          return;
                      }
                      m_refreshToken = value;
                      startRefresh();
                  });
}

void Session::signOut()
{
    m_proactiveTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiry = QDateTime();
    setState(State::SignedOut);
    flush(QString(), notSignedIn());
    // Both entries go, whichever kind of account this was.
    auto failures = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(2);
    auto finished = [this, failures, pending](const SecretStore::Result &result) {
        if (!result.ok() && !failures->contains(result.message))
            failures->append(result.message);
        if (--*pending > 0)
            return;
        if (failures->isEmpty())
            Q_EMIT signedOut(
                true, QCoreApplication::translate("Session", "Signed out; the stored sign-in was deleted."));
        else
            Q_EMIT signedOut(false,
                             QCoreApplication::translate(
                                 "Session", "Signed out, but the stored sign-in could not be deleted: %1")
                                 .arg(failures->join(u' ')));
    };
    m_store->remove(m_accountId, SecretStore::Key::RefreshToken, this, finished);
    m_store->remove(m_accountId, SecretStore::Key::PersonalAccessToken, this, finished);
}

void Session::requestToken(QObject *context, TokenCallback done)
{
    if (m_pat) {
        if (m_state == State::Restoring) {
            enqueue(context, std::move(done));
            return;
        }
        if (m_accessToken.isEmpty())
            done(QString(), notSignedIn());
        else
            done(m_accessToken, ApiError());
        return;
    }
    switch (m_state) {
    case State::SignedOut:
        done(QString(), notSignedIn());
        return;
    case State::SigningIn:
    case State::Restoring:
    case State::Refreshing:
        enqueue(context, std::move(done));
        return;
    case State::SignedIn:
        break;
    }
    if (accessTokenFresh()) {
        done(m_accessToken, ApiError());
        return;
    }
    enqueue(context, std::move(done));
    startRefresh();
}

void Session::renewAfterRejection(const QString &rejectedToken, QObject *context, TokenCallback done)
{
    if (m_pat) {
        done(QString(), patRejected());
        return;
    }
    if (m_state == State::SignedIn && rejectedToken != m_accessToken && accessTokenFresh()) {
        // Another request already renewed the token: replay with that one.
        done(m_accessToken, ApiError());
        return;
    }
    if (m_state == State::SignedIn && rejectedToken == m_accessToken)
        m_expiry = QDateTime(); // the server says it is no longer valid (e.g. clock skew)
    requestToken(context, std::move(done));
}

void Session::startRefresh()
{
    if (m_refreshing)
        return;
    if (!m_refresher) {
        endSession(ApiError::make(ApiError::Kind::SignInRequired, QString()));
        return;
    }
    m_refreshing = true;
    m_proactiveTimer.stop();
    if (m_state != State::Restoring)
        setState(State::Refreshing);
    acquireLockThenRefresh(0);
}

void Session::acquireLockThenRefresh(int waitedMs)
{
    if (!m_lock) {
        QDir().mkpath(m_lockDirectory);
        m_lock = std::make_unique<QLockFile>(lockFilePath());
        m_lock->setStaleLockTime(kLockWaitMs * 2);
    }
    if (!m_lock->tryLock(0)) {
        if (waitedMs < kLockWaitMs) {
            QTimer::singleShot(kLockPollMs, this,
                               [this, waitedMs]() { acquireLockThenRefresh(waitedMs + kLockPollMs); });
            return;
        }
        qCWarning(lcSession) << "refresh lock still held after" << kLockWaitMs << "ms; refreshing without it";
        m_lock.reset();
    }
    refreshWithStoredToken();
}

void Session::refreshWithStoredToken()
{
    // Another process on this account may have rotated the refresh token: the stored one wins.
    m_store->read(m_accountId, SecretStore::Key::RefreshToken, this,
                  [this](const QString &stored, const SecretStore::Result &result) {
                      if (result.ok() && plausible(stored) && stored != m_refreshToken) {
                          qCInfo(lcSession) << "using the refresh token stored by another process";
                          LogRedactor::registerSecret(stored);
                          m_refreshToken = stored;
                      }
                      if (m_refreshToken.isEmpty()) {
                          releaseLock();
                          endSession(ApiError::make(ApiError::Kind::SignInRequired, QString()));
                          return;
                      }
                      const QString used = m_refreshToken;
                      m_refresher->refresh(used, this,
                                           [this, used](const TokenResponse &tokens, const ApiError &error) {
                                               onRefreshed(used, tokens, error);
                                           });
                  });
}

void Session::onRefreshed(const QString &usedRefreshToken, const TokenResponse &tokens, const ApiError &error)
{
    if (error) {
        releaseLock();
        m_refreshing = false;
        if (error.kind == ApiError::Kind::Unauthorized) {
            // The server refused the refresh token (invalid_grant, revoked consent, …). The session ends
            // once the keychain no longer holds it, so a process that exits on sessionEnded() leaves no
            // dead token behind.
            const ApiError ended =
                ApiError::make(ApiError::Kind::SignInRequired, QString(), error.details(), error.httpStatus);
            m_store->remove(m_accountId, SecretStore::Key::RefreshToken, this,
                            [this, ended](const SecretStore::Result &result) {
                                warnAboutStorage(result);
                                endSession(ended);
                            });
            return;
        }
        // Offline, timeout, busy, unreadable answer: keep the refresh token and try again later.
        qCInfo(lcSession) << "refresh deferred:" << kindName(error.kind);
        const bool restoring = m_restoring;
        m_restoring = false;
        setState(State::SignedIn);
        m_proactiveTimer.start(m_retryAfterNetworkErrorMs);
        flush(QString(), error);
        Q_EMIT refreshDeferred(error);
        if (restoring)
            Q_EMIT restoreFinished(true, error);
        return;
    }
    auto apply = [this, tokens]() {
        releaseLock();
        m_refreshing = false;
        const bool restoring = std::exchange(m_restoring, false);
        applyTokens(tokens);
        if (restoring) {
            Q_EMIT signedIn();
            Q_EMIT restoreFinished(true, ApiError());
        }
    };
    if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != usedRefreshToken) {
        // Rotation: persist the new refresh token before the new access token is used.
        m_store->write(m_accountId, SecretStore::Key::RefreshToken, tokens.refreshToken, this,
                       [this, apply](const SecretStore::Result &result) {
                           warnAboutStorage(result);
                           apply();
                       });
        return;
    }
    apply();
}

void Session::endSession(const ApiError &error)
{
    qCInfo(lcSession) << "session ended:" << kindName(error.kind);
    m_proactiveTimer.stop();
    m_refreshing = false;
    const bool restoring = std::exchange(m_restoring, false);
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiry = QDateTime();
    setState(State::SignedOut);
    flush(QString(), error);
    Q_EMIT sessionEnded(error);
    if (restoring)
        Q_EMIT restoreFinished(false, error);
}

void Session::releaseLock()
{
    if (m_lock)
        m_lock->unlock();
}

void Session::warnAboutStorage(const SecretStore::Result &result)
{
    if (result.ok())
        return;
    qCWarning(lcSession) << "secret not stored:" << result.message;
    Q_EMIT storageWarning(result.message);
}

} // namespace meterscope
