// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"

#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "auth/accountstore.h"
#include "auth/authorizationflow.h"
#include "auth/keychainsecretstore.h"
#include "auth/session.h"
#include "auth/tokenclient.h"
#include "emulator/emulatorserver.h"
#include "networksettings.h"

#include <QDesktopServices>

namespace meterscope {

AccountController::AccountController(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_profile(ApiProfile::builtInProduction())
{
    if (!m_secrets) {
        m_ownedSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownedSecrets.get();
    }
}

AccountController::~AccountController()
{
    delete m_client;
    delete m_session;
}

void AccountController::resetClient(const ApiProfile &profile)
{
    if (m_client) {
        m_client->setTokenSource(nullptr);
        m_client->deleteLater();
    }
    m_client = new ApiClient(profile, this);
    applyNetworkSettings();
}

void AccountController::applyNetworkSettings()
{
    if (!m_client)
        return;
    const NetworkSettings settings = NetworkSettings::load();
    // The demo emulator is on loopback: never send it through a proxy.
    if (m_account.kind == Account::Kind::Demo && m_emulator)
        m_client->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    else if (settings.mode == NetworkSettings::Mode::System)
        m_client->useSystemProxy();
    else
        m_client->setProxy(settings.proxy());
}

void AccountController::signInDemo()
{
    cancelSignIn();
    Q_EMIT busy(tr("Starting the demo…"));
    if (!m_emulator) {
        emulator::EmulatorOptions options = m_demoOptions;
        options.quiet = true;
        options.port = 0;
        m_emulator = std::make_unique<emulator::EmulatorServer>(options);
        QString error;
        if (!m_emulator->start(&error)) {
            m_emulator.reset();
            fail(ApiError::make(ApiError::Kind::Other, tr("The demo could not start."), error));
            return;
        }
    }
    Account account;
    account.id = QStringLiteral("demo");
    account.kind = Account::Kind::Demo;
    account.label = tr("Demo portfolio");
    m_account = account;
    resetClient(m_emulator->servedProfile());
    verifyAndFinish(account, m_emulator->demoPat());
}

void AccountController::signInWithPat(const QString &pat)
{
    cancelSignIn();
    QString reason;
    if (!StaticTokenSource::isPlausiblePat(pat, &reason)) {
        fail(ApiError::make(ApiError::Kind::Unauthorized, reason));
        return;
    }
    Q_EMIT busy(tr("Checking the token…"));
    Account account;
    account.kind = Account::Kind::PersonalAccessToken;
    account.id = AccountStore::makeId(account.kind, m_profile.baseUrl().host());
    account.label = tr("Personal access token — %1").arg(m_profile.baseUrl().host());
    account.baseUrl = m_profile.baseUrl().toString();
    m_account = account;
    m_emulator.reset();
    resetClient(m_profile);
    verifyAndFinish(account, pat.trimmed());
}

void AccountController::verifyAndFinish(const Account &account, const QString &pat)
{
    // One API call with the token proves it before anything is stored.
    m_staticToken = std::make_unique<StaticTokenSource>(pat);
    m_client->setTokenSource(m_staticToken.get());
    m_client->fetchSites(this, [this, account, pat](const QList<Site> &sites, const ApiError &error) {
        if (error) {
            fail(error);
            return;
        }
        if (account.kind == Account::Kind::PersonalAccessToken) {
            auto *session = new Session(account.id, m_secrets, nullptr, this);
            wireSession(session);
            session->signInWithPat(pat);
            m_client->setTokenSource(session);
        }
        finishSignIn(account, sites);
    });
}

void AccountController::wireSession(Session *session)
{
    delete m_session;
    m_session = session;
    connect(session, &Session::storageWarning, this, &AccountController::notice);
    connect(session, &Session::sessionEnded, this,
            [this](const ApiError &error) { Q_EMIT signInFailed(error); });
}

void AccountController::signInWithBrowser()
{
    cancelSignIn();
    Q_EMIT busy(tr("Waiting for the browser sign-in…"));
    Account account;
    account.kind = Account::Kind::OAuth;
    account.id = AccountStore::makeId(account.kind, m_profile.baseUrl().host());
    account.label = tr("Schneider Electric account — %1").arg(m_profile.baseUrl().host());
    m_account = account;
    m_emulator.reset();
    resetClient(m_profile);
    m_tokenClient = new TokenClient(m_profile, m_client->networkManager(), m_client);
    if (!m_profile.demoClientSecret().isEmpty())
        m_tokenClient->setClientSecret(m_profile.demoClientSecret());
    auto *session = new Session(account.id, m_secrets, m_tokenClient, this);
    wireSession(session);
    m_client->setTokenSource(session);
    m_flow = new AuthorizationFlow(m_profile, m_tokenClient, this);
    BrowserLauncher launcher;
    launcher.setSystemOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_flow->setBrowserLauncher(launcher);
    connect(m_flow, &AuthorizationFlow::openUrlManually, this,
            [this](const QUrl &url, const QString &reason) {
                Q_EMIT notice(
                    tr("%1 Open this address in your browser to sign in: %2").arg(reason, url.toString()));
            });
    connect(m_flow, &AuthorizationFlow::failed, this, [this](const ApiError &error) {
        if (m_session)
            m_session->abortSignIn(error);
        if (error.kind != ApiError::Kind::Cancelled)
            fail(error);
    });
    connect(m_flow, &AuthorizationFlow::succeeded, this, [this, account](const TokenResponse &tokens) {
        m_session->completeSignIn(tokens);
        m_client->fetchSites(this, [this, account](const QList<Site> &sites, const ApiError &error) {
            if (error)
                fail(error);
            else
                finishSignIn(account, sites);
        });
    });
    m_session->beginSignIn();
    m_flow->start();
}

void AccountController::cancelSignIn()
{
    if (m_flow) {
        m_flow->cancel();
        m_flow->deleteLater();
    }
}

bool AccountController::restoreLastAccount()
{
    const Account last = AccountStore().lastUsed();
    if (!last.isValid())
        return false;
    if (last.kind == Account::Kind::Demo) {
        signInDemo();
        return true;
    }
    Q_EMIT busy(tr("Signing in again…"));
    m_account = last;
    ApiProfile profile = m_profile;
    if (!last.baseUrl.isEmpty())
        profile = profile.withBaseUrl(QUrl(last.baseUrl));
    resetClient(profile);
    TokenClient *refresher = nullptr;
    if (last.kind == Account::Kind::OAuth) {
        m_tokenClient = new TokenClient(profile, m_client->networkManager(), m_client);
        refresher = m_tokenClient;
    }
    auto *session = new Session(last.id, m_secrets, refresher, this);
    wireSession(session);
    m_client->setTokenSource(session);
    connect(session, &Session::restoreFinished, this, [this, last](bool ok, const ApiError &error) {
        if (!ok) {
            fail(error ? error
                       : ApiError::make(ApiError::Kind::SignInRequired, tr("Sign in again to continue.")));
            return;
        }
        m_client->fetchSites(this, [this, last](const QList<Site> &sites, const ApiError &fetchError) {
            if (fetchError)
                fail(fetchError);
            else
                finishSignIn(last, sites);
        });
    });
    session->restore(last.kind == Account::Kind::PersonalAccessToken);
    return true;
}

void AccountController::finishSignIn(const Account &account, const QList<Site> &sites)
{
    m_account = account;
    m_signedIn = true;
    AccountStore store;
    store.save(account);
    store.setLastUsedId(account.id);
    Q_EMIT signedIn(sites);
}

void AccountController::fail(const ApiError &error)
{
    m_signedIn = false;
    Q_EMIT signInFailed(error);
}

void AccountController::signOut()
{
    cancelSignIn();
    QString message = tr("Signed out.");
    if (m_session) {
        connect(m_session, &Session::signedOut, this,
                [this](bool, const QString &text) { Q_EMIT notice(text); });
        m_session->signOut();
    }
    AccountStore().setLastUsedId(QString());
    if (m_client)
        m_client->setTokenSource(nullptr);
    m_staticToken.reset();
    m_emulator.reset();
    m_signedIn = false;
    m_account = Account();
    Q_EMIT signedOut(message);
}

} // namespace meterscope
