// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"

#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "auth/accountstore.h"
#include "auth/authorizationflow.h"
#include "auth/keychainsecretstore.h"
#include "auth/session.h"
#include "auth/signinprofile.h"
#include "auth/tokenclient.h"
#include "networksettings.h"
#include "signinsettings.h"

#include <QDesktopServices>

namespace meterscope {

AccountController::AccountController(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_profile(ApiProfile::builtInProduction())
{
    if (!m_secrets) {
        m_ownedSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownedSecrets.get();
    }
    QString error;
    if (!applySignInSettings(&error))
        qWarning("meterscope: %s", qPrintable(error));
}

void AccountController::setProfile(const ApiProfile &profile, const QString &profilePath)
{
    m_profile = profile;
    m_profilePath = profilePath;
    m_profileFromCommandLine = true;
}

bool AccountController::applySignInSettings(QString *error)
{
    if (m_profileFromCommandLine)
        return true;
    const QString file = SignInSettings::load().profileFile;
    if (file.isEmpty()) {
        m_profile = ApiProfile::builtInProduction();
        m_profilePath.clear();
        return true;
    }
    ApiProfile loaded;
    QString reason;
    if (!SignInSettings::loadProfile(file, &loaded, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    m_profile = loaded;
    m_profilePath = file;
    return true;
}

BrowserLauncher AccountController::browserLauncher() const
{
    BrowserLauncher launcher;
    // BrowserLauncher tries its command, then METERSCOPE_BROWSER: the setting only counts without both.
    if (!m_browserOption.trimmed().isEmpty())
        launcher.setCommand(m_browserOption);
    else if (qEnvironmentVariableIsEmpty(qPrintable(BrowserLauncher::environmentVariable())))
        launcher.setCommand(SignInSettings::load().browserCommand);
    launcher.setSystemOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    return launcher;
}

bool AccountController::storeClientSecret(const QString &secret)
{
    if (!m_profile.demoClientSecret().isEmpty())
        return false;
    const QString accountId = AccountStore::makeId(Account::Kind::OAuth, m_profile.baseUrl().host());
    m_secrets->write(accountId, SecretStore::Key::ClientSecret, secret, this,
                     [this](const SecretStore::Result &result) {
                         if (!result.ok())
                             Q_EMIT notice(result.message);
                     });
    return true;
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
    if (m_account.kind == Account::Kind::Demo && m_demo)
        m_client->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    else if (settings.mode == NetworkSettings::Mode::System)
        m_client->useSystemProxy();
    else
        m_client->setProxy(settings.proxy());
}

std::function<qint64()> AccountController::clock() const
{
    if (!m_demo)
        return {};
    return [demo = std::weak_ptr<DemoBackend>(m_demo)] {
        const std::shared_ptr<DemoBackend> running = demo.lock();
        return running ? running->now().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    };
}

void AccountController::signInDemo()
{
    stopFlow();
    Q_EMIT busy(tr("Starting the demo…"));
    if (!m_demo) {
        if (!m_demoFactory) {
            fail(ApiError::make(ApiError::Kind::Other, tr("This build of Meterscope has no demo.")));
            return;
        }
        m_demo = m_demoFactory();
        QString error;
        if (!m_demo->start(&error)) {
            m_demo.reset();
            fail(ApiError::make(ApiError::Kind::Other, tr("The demo could not start."), error));
            return;
        }
    }
    Account account;
    account.id = QStringLiteral("demo");
    account.kind = Account::Kind::Demo;
    account.label = tr("Demo portfolio");
    m_account = account;
    resetClient(m_demo->servedProfile());
    verifyAndFinish(account, m_demo->personalAccessToken());
}

void AccountController::signInWithPat(const QString &pat)
{
    stopFlow();
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
    m_demo.reset();
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
    connect(session, &Session::sessionEnded, this, &AccountController::fail);
}

void AccountController::prepareTokenClient(const ApiProfile &profile, const QString &accountId,
                                           const std::function<void()> &next)
{
    m_tokenClient = new TokenClient(profile, m_client->funnel(), m_client);
    if (!profile.demoClientSecret().isEmpty()) {
        m_tokenClient->setClientSecret(profile.demoClientSecret());
        next();
        return;
    }
    // Without a stored secret the client goes on as a public client (PKCE only).
    QPointer<TokenClient> tokenClient = m_tokenClient;
    m_secrets->read(accountId, SecretStore::Key::ClientSecret, m_tokenClient,
                    [tokenClient, next](const QString &secret, const SecretStore::Result &result) {
                        if (result.ok() && !secret.isEmpty())
                            tokenClient->setClientSecret(secret);
                        next();
                    });
}

void AccountController::signInWithBrowser()
{
    stopFlow();
    Q_EMIT busy(tr("Waiting for the browser sign-in…"));
    Account account;
    account.kind = Account::Kind::OAuth;
    account.id = AccountStore::makeId(account.kind, m_profile.baseUrl().host());
    account.label = tr("Schneider Electric account — %1").arg(m_profile.baseUrl().host());
    account.baseUrl = m_profile.baseUrl().toString();
    account.profilePath = m_profilePath;
    m_account = account;
    m_demo.reset();
    const ApiProfile profile = m_profile;
    resetClient(profile);
    prepareTokenClient(profile, account.id, [this, account, profile] {
        auto *session = new Session(account.id, m_secrets, m_tokenClient, this);
        wireSession(session);
        m_client->setTokenSource(session);
        m_flow = new AuthorizationFlow(profile, m_tokenClient, this);
        m_flow->setBrowserLauncher(browserLauncher());
        connect(m_flow, &AuthorizationFlow::openUrlManually, this, &AccountController::openUrlManually);
        connect(m_flow, &AuthorizationFlow::failed, this, [this](const ApiError &error) {
            if (m_session)
                m_session->abortSignIn(error);
            fail(error);
        });
        connect(m_flow, &AuthorizationFlow::succeeded, this, [this, account](const TokenResponse &tokens) {
            m_session->completeSignIn(tokens);
            fetchSitesAndFinish(account);
        });
        m_session->beginSignIn();
        m_flow->start();
    });
}

void AccountController::stopFlow()
{
    if (m_flow) {
        // A flow replaced by another sign-in or a sign-out ends without a message.
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
}

void AccountController::cancelSignIn()
{
    if (m_flow && m_flow->isRunning())
        m_flow->cancel(); // failed(Cancelled) ends the sign-in and says so
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
    if (last.kind == Account::Kind::OAuth) {
        // The profile the account signed in with: its file, the emulator's demo client on loopback,
        // else the production profile; at the account's base URL.
        QString error;
        profile = SignInProfile::resolve(QUrl(last.baseUrl), last.profilePath, &error);
        if (!profile.isValid()) {
            fail(ApiError::make(
                ApiError::Kind::SignInRequired,
                tr("The API profile of this account cannot be used (%1) — sign in again.").arg(error)));
            return true;
        }
    } else if (!last.baseUrl.isEmpty()) {
        profile = profile.withBaseUrl(QUrl(last.baseUrl));
    }
    resetClient(profile);
    const bool pat = last.kind == Account::Kind::PersonalAccessToken;
    const auto restore = [this, last, pat] {
        auto *session = new Session(last.id, m_secrets, pat ? nullptr : m_tokenClient.data(), this);
        wireSession(session);
        m_client->setTokenSource(session);
        connect(session, &Session::restoreFinished, this, [this, last](bool ok, const ApiError &error) {
            if (!ok) {
                fail(error
                         ? error
                         : ApiError::make(ApiError::Kind::SignInRequired, tr("Sign in again to continue.")));
                return;
            }
            fetchSitesAndFinish(last);
        });
        session->restore(pat);
    };
    if (pat)
        restore();
    else
        prepareTokenClient(profile, last.id, restore);
    return true;
}

void AccountController::fetchSitesAndFinish(const Account &account)
{
    m_client->fetchSites(this, [this, account](const QList<Site> &sites, const ApiError &error) {
        if (error)
            fail(error);
        else
            finishSignIn(account, sites);
    });
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
    stopFlow();
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
    m_demo.reset();
    m_signedIn = false;
    m_account = Account();
    Q_EMIT signedOut(message);
}

} // namespace meterscope
