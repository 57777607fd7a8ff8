// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apiprofile.h"
#include "auth/account.h"
#include "auth/accountstore.h"
#include "auth/browserlauncher.h"
#include "auth/demobackend.h"
#include "domain/site.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace meterscope {

class ApiClient;
class SeriesCache;
class SeriesRepository;
class SecretStore;
class SignInController;

// The window's side of the sign-in: a thin adapter on the core SignInController (which the command
// line uses too) that adds what only the desktop has: the in-process demo (the bundled emulator on
// 127.0.0.1 with its PAT; nothing stored), the settings (profile file, client id and secret, browser
// command, proxy) and busy/notice signals for the window.
class AccountController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)
public:
    // `secrets` may be nullptr: the OS keychain. Not owned.
    explicit AccountController(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~AccountController() override;

    [[nodiscard]] ApiClient *client() const;
    // The data path of the signed-in account: its local cache, then the API (nullptr when signed out).
    [[nodiscard]] SeriesRepository *repository() const { return m_repository.get(); }
    // The local cache of the signed-in account (nullptr when signed out or when it cannot be opened).
    [[nodiscard]] SeriesCache *cache() const { return m_cache.get(); }
    // Bytes the local caches of every account take on disk.
    [[nodiscard]] static qint64 cacheSizeOnDisk();
    // Empties the local caches of every account; false with a reason when a file could not be removed.
    bool clearCaches(QString *error = nullptr);
    [[nodiscard]] bool isSignedIn() const { return m_signedIn; }
    [[nodiscard]] Account account() const;
    // The core sign-in this adapter drives (shared with the command line).
    [[nodiscard]] SignInController *signIn() const { return m_signIn; }
    // The running demo backend, if the demo is signed in (empty otherwise).
    [[nodiscard]] std::weak_ptr<DemoBackend> demoBackend() const { return m_demo; }
    // The clock the range bar measures "today" by: the demo's own while the demo is signed in; an
    // empty function (the system clock) otherwise. It never keeps the demo alive.
    [[nodiscard]] std::function<qint64()> clock() const;
    // The profile PAT and browser sign-in use (see setProfile()).
    [[nodiscard]] ApiProfile profile() const { return m_profile; }

    // What "Try the demo" starts; without one the demo is not offered by this build.
    void setDemoBackendFactory(DemoBackendFactory factory) { m_demoFactory = std::move(factory); }
    // The profile used for PAT and browser sign-in: the command line's (`profilePath` is the file it
    // came from, remembered with the account), else the settings' profile file, else the built-in
    // production profile; with the settings' client id when one is given. A profile set here wins over
    // the settings' file.
    void setProfile(const ApiProfile &profile, const QString &profilePath = QString());
    [[nodiscard]] QString profilePath() const { return m_profilePath; }
    // Re-reads the sign-in settings (profile file, client id). False with a reason when they cannot be
    // used (the profile stays as it was).
    bool applySignInSettings(QString *error = nullptr);
    // `--browser CMD`: wins over METERSCOPE_BROWSER and the setting.
    void setBrowserCommand(const QString &command) { m_browserOption = command; }
    // What the browser sign-in opens the browser with: --browser, else METERSCOPE_BROWSER, else the
    // setting, else the system browser.
    [[nodiscard]] BrowserLauncher browserLauncher() const;
    // Keeps the OAuth client secret of the current profile's client in the keychain (never in the
    // settings). False when the profile carries the demo client's own secret, which is used instead.
    bool storeClientSecret(const QString &secret);
    // The redirect URI to register with the authorization server for the current profile
    // (http://127.0.0.1/callback: any port is accepted by RFC 8252 servers).
    [[nodiscard]] QString redirectUriToRegister() const;

    void signInDemo();
    void signInWithPat(const QString &pat);
    void signInWithBrowser();
    void cancelSignIn();
    // Reopens the last account; false when there is none. With a profile from the command line
    // (setProfile()), only an account of that server counts: the last used one if it is, else another
    // remembered for it; otherwise nothing is reopened and the sign-in is for that server.
    bool restoreLastAccount();
    // Signs out; with `removeCachedData` the account's local cache file is deleted too.
    void signOut(bool removeCachedData = false);
    // Re-applies the proxy settings to the client.
    void applyNetworkSettings();

Q_SIGNALS:
    void busy(const QString &message);
    // Signed in: the sites were fetched with the new credentials.
    void signedIn(const QList<meterscope::Site> &sites);
    void signInFailed(const meterscope::ApiError &error);
    // The site list fetched after the workspace opened with the cached one.
    void sitesRefreshed(const QList<meterscope::Site> &sites);
    void signedOut(const QString &message);
    // No browser could be opened: show `url` for the user to copy; the sign-in waits until cancelled.
    void openUrlManually(const QUrl &url, const QString &reason);
    // A non-blocking notice (keychain locked, session ended, URL to open by hand, ...).
    void notice(const QString &message);

private:
    // The account restoreLastAccount() reopens (invalid: none).
    [[nodiscard]] Account accountToRestore() const;
    void configureClient(ApiClient *client) const;
    // Opens the account's cache (if not open) and puts a repository on the current client.
    void prepareRepository(const Account &account);
    void closeRepository();
    // Signed in with the site list the cache holds (false when it holds none).
    bool showCachedWorkspace(const Account &account);
    // The same, because the API cannot be reached now; says so.
    bool openFromCache(const Account &account, const ApiError &error);
    void sayOffline(const Account &account, const ApiError &error);
    void fetchSitesAndFinish();
    void fail(const ApiError &error);

    SecretStore *m_secrets;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    AccountStore m_accounts;
    SignInController *m_signIn = nullptr;
    ApiProfile m_profile;
    QString m_profilePath;
    bool m_profileFromCommandLine = false;
    QString m_browserOption;
    DemoBackendFactory m_demoFactory;
    std::shared_ptr<DemoBackend> m_demo;
    bool m_signedIn = false;
    std::unique_ptr<SeriesCache> m_cache;
    QString m_cacheAccountId;
    std::unique_ptr<SeriesRepository> m_repository;
};

} // namespace meterscope
