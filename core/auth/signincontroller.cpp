// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signincontroller.h"

#include "auth/accountstore.h"
#include "auth/authorizationflow.h"
#include "auth/secretstore.h"
#include "auth/tokenclient.h"

#include <QLoggingCategory>

namespace meterscope {

namespace {
Q_LOGGING_CATEGORY(lcSignIn, "meterscope.auth.signin")

QUrl originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}
} // namespace

SignInController::SignInController(SecretStore *secrets, AccountStore *accounts, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_accounts(accounts)
{
}

SignInController::~SignInController() = default;

bool SignInController::isSignInRunning() const
{
    return m_flow && m_flow->isRunning();
}

Account SignInController::accountFor(const ApiProfile &profile, Account::Kind kind)
{
    if (kind == Account::Kind::OAuth && !profile.demoClientSecret().isEmpty())
        kind = Account::Kind::Demo;
    Account account;
    account.kind = kind;
    account.id = AccountStore::makeId(kind, profile.baseUrl().host());
    account.baseUrl = profile.baseUrl().toString();
    switch (kind) {
    case Account::Kind::PersonalAccessToken:
        account.label = QStringLiteral("Personal access token — %1").arg(profile.baseUrl().host());
        break;
    case Account::Kind::OAuth:
        account.label = QStringLiteral("OAuth — %1").arg(profile.baseUrl().host());
        break;
    case Account::Kind::Demo:
        account.label = QStringLiteral("Demo (emulator on %1)").arg(profile.baseUrl().authority());
        break;
    }
    return account;
}

ApiProfile SignInController::profileFor(const Account &account)
{
    const QUrl baseUrl(account.baseUrl);
    if (account.kind == Account::Kind::Demo)
        return ApiProfile::builtInDemo().withOrigin(originOf(baseUrl));
    ApiProfile profile = ApiProfile::builtInProduction();
    if (!account.profilePath.isEmpty()) {
        QString error;
        const ApiProfile loaded = ApiProfile::fromFile(account.profilePath, &error);
        if (error.isEmpty() && loaded.isValid())
            profile = loaded;
        else
            qCWarning(lcSignIn) << "cannot load the account's profile:" << error;
    }
    return baseUrl.isValid() && !baseUrl.isEmpty() ? profile.withBaseUrl(baseUrl) : profile;
}

void SignInController::adopt(const Account &account, const ApiProfile &profile)
{
    m_flow.reset();
    m_session.reset();
    m_account = account;
    m_profile = profile;
    m_tokenClient = std::make_unique<TokenClient>(profile, m_funnel);
    m_session = std::make_unique<Session>(
        account.id, m_secrets,
        account.kind == Account::Kind::PersonalAccessToken ? nullptr : m_tokenClient.get());
    if (!m_lockDirectory.isEmpty())
        m_session->setLockDirectory(m_lockDirectory);
    connect(m_session.get(), &Session::stateChanged, this, &SignInController::stateChanged);
    connect(m_session.get(), &Session::sessionEnded, this, &SignInController::sessionEnded);
    connect(m_session.get(), &Session::storageWarning, this, &SignInController::storageWarning);
    connect(m_session.get(), &Session::signedOut, this, &SignInController::signedOut);
    connect(m_session.get(), &Session::restoreFinished, this, &SignInController::restoreFinished);
}

void SignInController::withClientSecret(const std::function<void()> &next)
{
    if (m_account.kind == Account::Kind::Demo) {
        m_tokenClient->setClientSecret(m_profile.demoClientSecret());
        next();
        return;
    }
    if (m_account.kind == Account::Kind::PersonalAccessToken) {
        next();
        return;
    }
    m_secrets->read(m_account.id, SecretStore::Key::ClientSecret, m_session.get(),
                    [this, next](const QString &secret, const SecretStore::Result &result) {
                        if (result.ok())
                            m_tokenClient->setClientSecret(secret);
                        next();
                    });
}

bool SignInController::restoreLastUsed()
{
    const Account account = m_accounts->lastUsed();
    if (!account.isValid())
        return false;
    restore(account);
    return true;
}

void SignInController::restore(const Account &account)
{
    adopt(account, profileFor(account));
    // Token requests queue from now on; the client secret must be known before the refresh leaves.
    m_session->beginRestore();
    const bool pat = account.kind == Account::Kind::PersonalAccessToken;
    withClientSecret([this, pat]() { m_session->restore(pat); });
}

void SignInController::signInWithBrowser(const ApiProfile &profile)
{
    const Account account = accountFor(profile, Account::Kind::OAuth);
    adopt(account, profile);
    m_session->beginSignIn();
    withClientSecret([this]() {
        m_flow = std::make_unique<AuthorizationFlow>(m_profile, m_tokenClient.get());
        m_flow->setBrowserLauncher(m_launcher);
        m_flow->setTimeoutMs(m_signInTimeoutMs);
        connect(m_flow.get(), &AuthorizationFlow::browserOpened, this, &SignInController::browserOpened);
        connect(m_flow.get(), &AuthorizationFlow::openUrlManually, this, &SignInController::openUrlManually);
        connect(m_flow.get(), &AuthorizationFlow::failed, this, [this](const ApiError &error) {
            m_session->abortSignIn(error);
            Q_EMIT signInFailed(error);
        });
        connect(m_flow.get(), &AuthorizationFlow::succeeded, this, [this](const TokenResponse &tokens) {
            connect(m_session.get(), &Session::signedIn, this, &SignInController::rememberAndAnnounce,
                    Qt::SingleShotConnection);
            m_session->completeSignIn(tokens);
        });
        m_flow->start();
    });
}

void SignInController::signInWithPat(const ApiProfile &profile, const QString &pat)
{
    const Account account = accountFor(profile, Account::Kind::PersonalAccessToken);
    adopt(account, profile);
    connect(m_session.get(), &Session::signedIn, this, &SignInController::rememberAndAnnounce,
            Qt::SingleShotConnection);
    m_session->signInWithPat(pat);
}

void SignInController::rememberAndAnnounce()
{
    m_accounts->save(m_account);
    m_accounts->setLastUsedId(m_account.id);
    Q_EMIT signedIn(m_account);
}

void SignInController::cancelSignIn()
{
    if (m_flow)
        m_flow->cancel();
}

void SignInController::signOut()
{
    if (!m_session) {
        Q_EMIT signedOut(true, QStringLiteral("You are not signed in."));
        return;
    }
    m_accounts->remove(m_account.id);
    m_session->signOut();
}

void SignInController::signOut(const Account &account)
{
    adopt(account, profileFor(account));
    signOut();
}

void SignInController::storeClientSecret(const ApiProfile &profile, const QString &secret)
{
    const Account account = accountFor(profile, Account::Kind::OAuth);
    m_secrets->write(account.id, SecretStore::Key::ClientSecret, secret, this,
                     [this](const SecretStore::Result &result) {
                         if (!result.ok())
                             Q_EMIT storageWarning(result.message);
                     });
}

} // namespace meterscope
