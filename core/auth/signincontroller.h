// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apiprofile.h"
#include "auth/account.h"
#include "auth/browserlauncher.h"
#include "auth/session.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace meterscope {

class AccountStore;
class AuthorizationFlow;
class SecretStore;
class RequestFunnel;
class TokenClient;

// What the GUI's sign-in buttons and the CLI's login/logout/whoami drive: one current account with its
// Session (the AccessTokenSource to give ApiClient), browser sign-in, PAT sign-in, start-up restore and
// sign-out, with the accounts remembered in the AccountStore and secrets in the SecretStore.
class SignInController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInController)
public:
    // Neither is owned.
    SignInController(SecretStore *secrets, AccountStore *accounts, QObject *parent = nullptr);
    ~SignInController() override;

    // Shared with ApiClient (ApiClient::funnel()), not owned; nullptr: the token client's own.
    void setRequestFunnel(RequestFunnel *funnel) { m_funnel = funnel; }
    // Browser command (setting or --browser) and, in the GUI, QDesktopServices::openUrl as opener.
    void setBrowserLauncher(const BrowserLauncher &launcher) { m_launcher = launcher; }
    void setSignInTimeoutMs(int ms) { m_signInTimeoutMs = ms; }
    // Where the per-account refresh locks live (tests); default: Session's.
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }

    // The current account's session (nullptr before any sign-in or restore). Owned by the controller;
    // replaced by the next sign-in, so re-read it after signedIn()/restoreFinished().
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] Account account() const { return m_account; }
    [[nodiscard]] ApiProfile profile() const { return m_profile; }
    [[nodiscard]] bool isSignInRunning() const;

    // The account a profile signs in to (Demo when the profile carries the bundled emulator's demo
    // client, else OAuth; PAT for token sign-in), keyed by kind and API host.
    static Account accountFor(const ApiProfile &profile, Account::Kind kind);
    // The profile an account was signed in with.
    static ApiProfile profileFor(const Account &account);

    // Restores the last used account silently (PAT from the keychain, or a refresh). False when no
    // account is remembered; else the session exists at once and queues token requests until it knows.
    bool restoreLastUsed();
    void restore(const Account &account);
    // Opens the browser; the outcome is signedIn() or signInFailed().
    void signInWithBrowser(const ApiProfile &profile);
    void signInWithPat(const ApiProfile &profile, const QString &pat);
    void cancelSignIn();
    // Deletes the current account's stored secrets and forgets it; signedOut() tells the outcome.
    void signOut();
    // Signs out of a remembered account without restoring it first (no refresh).
    void signOut(const Account &account);
    // The OAuth client secret of a non-demo profile, entered once in the settings, kept in the keychain.
    void storeClientSecret(const ApiProfile &profile, const QString &secret);

Q_SIGNALS:
    void browserOpened();
    void openUrlManually(const QUrl &url, const QString &reason);
    void signedIn(const meterscope::Account &account);
    void signInFailed(const meterscope::ApiError &error);
    void restoreFinished(bool signedIn, const meterscope::ApiError &error);
    void sessionEnded(const meterscope::ApiError &error);
    void signedOut(bool ok, const QString &message);
    void storageWarning(const QString &message);
    void stateChanged(meterscope::Session::State state);

private:
    void adopt(const Account &account, const ApiProfile &profile);
    void rememberAndAnnounce();
    // Calls `next` once the token client has the client secret (demo, keychain or none).
    void withClientSecret(const std::function<void()> &next);

    SecretStore *m_secrets;
    AccountStore *m_accounts;
    RequestFunnel *m_funnel = nullptr;
    BrowserLauncher m_launcher;
    int m_signInTimeoutMs = 5 * 60 * 1000;
    QString m_lockDirectory;
    Account m_account;
    ApiProfile m_profile;
    std::unique_ptr<TokenClient> m_tokenClient;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AuthorizationFlow> m_flow;
};

} // namespace meterscope
