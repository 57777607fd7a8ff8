// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apiprofile.h"
#include "api/site.h"
#include "auth/account.h"
#include "emulator/emulatoroptions.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace meterscope {

class ApiClient;
class AuthorizationFlow;
class SecretStore;
class Session;
class StaticTokenSource;
class TokenClient;
namespace emulator {
class EmulatorServer;
}

// Who the window is signed in as and the ApiClient that goes with it. Three ways in: the demo (the
// bundled emulator in-process on 127.0.0.1 with its PAT; nothing stored), a personal access token
// (checked with one API call, then kept in the OS keychain by the Session) and the browser sign-in
// (AuthorizationFlow). The last account is remembered (AccountStore) and restored at start.
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
    [[nodiscard]] emulator::EmulatorServer *demoServer() const { return m_emulator.get(); }
    [[nodiscard]] ApiProfile profile() const { return m_profile; }

    // Options of the demo emulator (tests pin its clock with `now`).
    void setDemoOptions(const emulator::EmulatorOptions &options) { m_demoOptions = options; }
    // The profile used for PAT and browser sign-in (default: the built-in production profile).
    void setProfile(const ApiProfile &profile) { m_profile = profile; }

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
    // A non-blocking notice (keychain locked, session ended, URL to open by hand, ...).
    void notice(const QString &message);

private:
    void resetClient(const ApiProfile &profile);
    void verifyAndFinish(const Account &account, const QString &pat);
    void finishSignIn(const Account &account, const QList<Site> &sites);
    void fail(const ApiError &error);
    void wireSession(Session *session);

    SecretStore *m_secrets;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    ApiProfile m_profile;
    emulator::EmulatorOptions m_demoOptions;
    std::unique_ptr<emulator::EmulatorServer> m_emulator;
    QPointer<ApiClient> m_client;
    std::unique_ptr<StaticTokenSource> m_staticToken;
    QPointer<Session> m_session;
    QPointer<TokenClient> m_tokenClient;
    QPointer<AuthorizationFlow> m_flow;
    Account m_account;
    bool m_signedIn = false;
};

} // namespace meterscope
