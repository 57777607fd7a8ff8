// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apiprofile.h"
#include "auth/account.h"
#include "auth/browserlauncher.h"
#include "auth/session.h"
#include "domain/site.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace meterscope {

class AccountSession;
class AccountStore;
class ApiClient;
class AuthorizationFlow;
class SecretStore;

// The one sign-in of Meterscope, for the desktop application and the command line alike: browser
// sign-in (AuthorizationFlow), personal access token, a fixed-token account (the demo), silent restore
// of a remembered account and sign-out. Accounts are remembered in the AccountStore with a copy of the
// profile they signed in with, which every restore uses, so a refresh token only ever goes to the token
// URL that issued it; secrets are in the SecretStore. Every URL that would carry a credential passes
// CredentialUrlPolicy before any request object exists. The current account's ApiClient, token client
// and Session live in one AccountSession, replaced (and deleted) as a whole.
class SignInController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInController)
public:
    // Neither is owned.
    SignInController(SecretStore *secrets, AccountStore *accounts, QObject *parent = nullptr);
    ~SignInController() override;

    // Browser command (setting or --browser) and, in the GUI, QDesktopServices::openUrl as opener.
    void setBrowserLauncher(const BrowserLauncher &launcher) { m_launcher = launcher; }
    void setSignInTimeoutMs(int ms) { m_signInTimeoutMs = ms; }
    // How long a browser sign-in waits after opening the browser before it offers the address to copy
    // too (openUrlManually), in case no browser window appeared. It is offered at once when the browser
    // cannot be started or its command fails.
    void setManualUrlDelayMs(int ms) { m_manualUrlDelayMs = ms; }
    // Where the per-account refresh locks live (tests); default: Session's.
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    // Called on every new ApiClient before its first request (the GUI's proxy settings).
    void setClientConfigurator(std::function<void(ApiClient *)> configure)
    {
        m_configure = std::move(configure);
    }

    // The current account's client and session (nullptr before any sign-in or restore). Replaced by the
    // next sign-in: re-read them after signedIn()/restoreFinished().
    [[nodiscard]] ApiClient *client() const;
    [[nodiscard]] Session *session() const;
    [[nodiscard]] Account account() const;
    [[nodiscard]] ApiProfile profile() const;
    [[nodiscard]] bool isSignInRunning() const;

    // The account a profile signs in to: OAuth (Demo for the bundled emulator's demo client) or PAT,
    // identified by API origin and base path and, for OAuth, the token URL; with `profilePath` and a copy
    // of the profile.
    static Account accountFor(const ApiProfile &profile, Account::Kind kind, const QString &profilePath);
    // The profile an account signed in with (its stored copy), checked by CredentialUrlPolicy. Invalid
    // with `error` when it cannot be used.
    static ApiProfile profileFor(const Account &account, QString *error);
    // Empty when the profile may carry credentials (CredentialUrlPolicy on base and token URL).
    static QString checkProfile(const ApiProfile &profile);

    // Restores the last used account silently (PAT from the keychain, or a refresh). False when no
    // account is remembered; else the session exists at once and queues token requests until it knows.
    bool restoreLastUsed();
    void restore(const Account &account);
    // Opens the browser; the outcome is signedIn() or signInFailed(). `profilePath` is remembered.
    void signInWithBrowser(const ApiProfile &profile, const QString &profilePath = QString());
    // Checks the token with one API call, then keeps it in the keychain.
    void signInWithPat(const ApiProfile &profile, const QString &pat, const QString &profilePath = QString());
    // An account whose token is given each time and never stored (the demo's PAT): checked with one API
    // call, then remembered without secrets.
    void signInWithFixedToken(const Account &account, const ApiProfile &profile, const QString &token);
    void cancelSignIn();
    // Deletes the current account's stored secrets and forgets it; signedOut() tells the outcome.
    void signOut();
    // Signs out of a remembered account without restoring it first (no refresh).
    void signOut(const Account &account);
    // Keeps the secret of the profile's OAuth client in the keychain (AccountStore::clientSecretKey);
    // `done` gets the keychain's answer. An empty secret deletes it.
    void storeClientSecret(const ApiProfile &profile, const QString &secret,
                           const std::function<void(bool ok, const QString &message)> &done = {});

Q_SIGNALS:
    void browserOpened();
    // The browser could not be opened, its command failed, or no redirect came within the manual-URL
    // delay: `url` is for the user to open by hand; the sign-in goes on waiting. At most once a sign-in.
    void openUrlManually(const QUrl &url, const QString &reason);
    // Signed in and remembered; `sites` were fetched with the new credentials.
    void signedIn(const meterscope::Account &account, const QList<meterscope::Site> &sites);
    void signInFailed(const meterscope::ApiError &error);
    void restoreFinished(bool signedIn, const meterscope::ApiError &error);
    // restore() found the account's stored token; restoreFinished() follows.
    void storedCredentialFound();
    // The refresh token was refused; it is already deleted from the keychain.
    void sessionEnded(const meterscope::ApiError &error);
    void signedOut(bool ok, const QString &message);
    void storageWarning(const QString &message);
    void stateChanged(meterscope::Session::State state);

private:
    // Replaces the current AccountSession (the old one is retired and deleted later).
    AccountSession *adopt(const Account &account, const ApiProfile &profile);
    // Calls `next` once the token client has the client secret (demo, profile, keychain or none).
    void withClientSecret(AccountSession *current, const std::function<void()> &next);
    // Stores the account's secret, then calls the function it is given (remember and announce).
    using StoreStep = std::function<void(const std::function<void()> &remember)>;
    // Fetches the sites with the current credentials, runs `store` (if any), then remembers the account
    // and emits signedIn().
    void verifyAndRemember(AccountSession *current, const StoreStep &store = {});
    void fail(const ApiError &error);
    void stopFlow();
    // Emits openUrlManually() for `flow` if it is the current sign-in, still waiting for the browser's
    // redirect, and has not yet offered its address.
    void offerAddress(AuthorizationFlow *flow, const QString &reason);

    SecretStore *m_secrets;
    AccountStore *m_accounts;
    BrowserLauncher m_launcher;
    std::function<void(ApiClient *)> m_configure;
    int m_signInTimeoutMs = 5 * 60 * 1000;
    int m_manualUrlDelayMs = 5000;
    bool m_addressOffered = false;
    QString m_lockDirectory;
    QPointer<AccountSession> m_current;
    QPointer<AuthorizationFlow> m_flow;
};

} // namespace meterscope
