// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "auth/account.h"

#include <QObject>

#include <memory>

namespace meterscope {

class AccessTokenSource;
class ApiClient;
class SecretStore;
class Session;
class StaticTokenSource;
class TokenClient;

// Everything one signed-in account runs on, created and destroyed together: the ApiClient, the token
// client that refreshes at the account's own token URL (through the ApiClient's request funnel), the
// Session that is the ApiClient's token source, or a fixed token (the demo, a PAT being checked).
// Nothing here outlives the others, so no timer of an old session can reach a deleted token client.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)
public:
    // An account with a Session (OAuth: refresh token in `secrets`; PAT: the token in `secrets`).
    AccountSession(const Account &account, const ApiProfile &profile, SecretStore *secrets,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] Account account() const { return m_account; }
    [[nodiscard]] ApiProfile profile() const { return m_profile; }
    [[nodiscard]] ApiClient *client() const { return m_client.get(); }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] TokenClient *tokenClient() const { return m_tokenClient.get(); }

    // Requests carry `token` as it is (the demo's PAT, or a PAT checked before it is stored) until
    // useSession() hands them to the Session.
    void useFixedToken(const QString &token);
    void useSession();
    [[nodiscard]] bool hasFixedToken() const { return m_fixedToken != nullptr; }
    // Detaches the client from every token source: requests still queued fail as signed out.
    void retire();

private:
    Account m_account;
    ApiProfile m_profile;
    // Declaration order is destruction order reversed: the session and token client go before the
    // client whose funnel they use.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TokenClient> m_tokenClient;
    std::unique_ptr<StaticTokenSource> m_fixedToken;
    std::unique_ptr<Session> m_session;
};

} // namespace meterscope
