// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apiprofile.h"
#include "auth/account.h"
#include "auth/browserlauncher.h"
#include "auth/demobackend.h"
#include "domain/site.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace meterscope {

class ApiClient;
class AuthorizationFlow;
class SecretStore;
class Session;
class StaticTokenSource;
class TokenClient;

// Who the window is signed in as and the ApiClient that goes with it. Three ways in: the demo (the
// bundled emulator in-process on 127.0.0.1 with its PAT; nothing stored), a personal access token
// (checked with one API call, then kept in the OS keychain by the Session) and the browser sign-in
// (AuthorizationFlow). The last account is remembered (AccountStore) and restored at start: a PAT from
// the keychain, a browser sign-in by a silent refresh with the stored refresh token.
class AccountController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)
public:
    // `secrets` may be nullptr: the OS keychain. Not owned.
    explicit AccountController(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~AccountController() override;

    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] bool isSignedIn() const { return m_signedIn; }
    [[nodiscard]] Account account() const { return m_account; }
    // The running demo backend, if the demo is signed in (empty otherwise).
    [[nodiscard]] std::weak_ptr<DemoBackend> demoBackend() const { return m_demo; }
    // The clock the range bar measures "today" by: the demo's own while the demo is signed in; an
    // empty function (the system clock) otherwise. It never keeps the demo alive.
    [[nodiscard]] std::function<qint64()> clock() const;
    [[nodiscard]] ApiProfile profile() const { return m_profile; }

    // What "Try the demo" starts; without one the demo is not offered by this build.
    void setDemoBackendFactory(DemoBackendFactory factory) { m_demoFactory = std::move(factory); }
    // The profile used for PAT and browser sign-in: the command line's (`profilePath` is the file it
    // came from, remembered with the account), else the settings' profile file, else the built-in
    // production profile. A profile set here wins over the settings.
    void setProfile(const ApiProfile &profile, const QString &profilePath = QString());
    [[nodiscard]] QString profilePath() const { return m_profilePath; }
    // Re-reads the sign-in settings (the profile file) unless the command line chose the profile. False
    // with a reason when the settings' profile file cannot be used (the profile stays as it was).
    bool applySignInSettings(QString *error = nullptr);
    // `--browser CMD`: wins over METERSCOPE_BROWSER and the setting.
    void setBrowserCommand(const QString &command) { m_browserOption = command; }
    // What the browser sign-in opens the browser with: --browser, else METERSCOPE_BROWSER, else the
    // setting, else the system browser.
    [[nodiscard]] BrowserLauncher browserLauncher() const;
    // Keeps the OAuth client secret of the current profile in the keychain (never in the settings).
    // False when the profile carries the demo client's own secret, which is used instead.
    bool storeClientSecret(const QString &secret);

    void signInDemo();
    void signInWithPat(const QString &pat);
    void signInWithBrowser();
    void cancelSignIn();
    // Reopens the last account; false when there is none.
    bool restoreLastAccount();
    void signOut();
    // Re-applies the proxy settings to the client.
    void applyNetworkSettings();

Q_SIGNALS:
    void busy(const QString &message);
    // Signed in: the sites were fetched with the new credentials.
    void signedIn(const QList<meterscope::Site> &sites);
    void signInFailed(const meterscope::ApiError &error);
    void signedOut(const QString &message);
    // No browser could be opened: show `url` for the user to copy; the sign-in waits until cancelled.
    void openUrlManually(const QUrl &url, const QString &reason);
    // A non-blocking notice (keychain locked, session ended, URL to open by hand, ...).
    void notice(const QString &message);

private:
    void resetClient(const ApiProfile &profile);
    void verifyAndFinish(const Account &account, const QString &pat);
    // Fetches the sites with the new credentials, then finishSignIn() or fail().
    void fetchSitesAndFinish(const Account &account);
    void finishSignIn(const Account &account, const QList<Site> &sites);
    void fail(const ApiError &error);
    void wireSession(Session *session);
    // Makes a TokenClient for `profile` with its client secret (the demo client's own, or the one kept
    // in the keychain for `accountId`), then calls `next`.
    void prepareTokenClient(const ApiProfile &profile, const QString &accountId,
                            const std::function<void()> &next);
    void stopFlow();

    SecretStore *m_secrets;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    ApiProfile m_profile;
    QString m_profilePath;
    bool m_profileFromCommandLine = false;
    QString m_browserOption;
    DemoBackendFactory m_demoFactory;
    std::shared_ptr<DemoBackend> m_demo;
    QPointer<ApiClient> m_client;
    std::unique_ptr<StaticTokenSource> m_staticToken;
    QPointer<Session> m_session;
    QPointer<TokenClient> m_tokenClient;
    QPointer<AuthorizationFlow> m_flow;
    Account m_account;
    bool m_signedIn = false;
};

} // namespace meterscope
