// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountsession.h"

#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "auth/session.h"
#include "auth/tokenclient.h"

namespace meterscope {

AccountSession::AccountSession(const Account &account, const ApiProfile &profile, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent), m_account(account), m_profile(profile), m_client(std::make_unique<ApiClient>(profile))
{
    if (account.kind != Account::Kind::PersonalAccessToken && !profile.clientId().isEmpty())
        m_tokenClient = std::make_unique<TokenClient>(profile, m_client->funnel());
    m_session = std::make_unique<Session>(account.id, secrets, m_tokenClient.get());
    m_client->setTokenSource(m_session.get());
}

AccountSession::~AccountSession()
{
    retire();
}

void AccountSession::useFixedToken(const QString &token)
{
    m_fixedToken = std::make_unique<StaticTokenSource>(token);
    m_client->setTokenSource(m_fixedToken.get());
}

void AccountSession::useSession()
{
    m_client->setTokenSource(m_session.get());
    m_fixedToken.reset();
}

void AccountSession::retire()
{
    if (m_client)
        m_client->setTokenSource(nullptr);
}

} // namespace meterscope
