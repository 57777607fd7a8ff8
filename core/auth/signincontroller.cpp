// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signincontroller.h"

#include "api/apiclient.h"
#include "api/credentialurlpolicy.h"
#include "api/statictokensource.h"
#include "auth/accountsession.h"
#include "auth/accountstore.h"
#include "auth/authorizationflow.h"
#include "auth/logredactor.h"
#include "auth/loopbackreceiver.h"
#include "auth/secretstore.h"
#include "auth/signinprofile.h"
#include "auth/tokenclient.h"

#include <QLoggingCategory>
#include <QTimer>

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

SignInController::~SignInController()
{
    stopFlow();
    delete m_current;
}

ApiClient *SignInController::client() const
{
    return m_current ? m_current->client() : nullptr;
}

Session *SignInController::session() const
{
    return m_current ? m_current->session() : nullptr;
}

Account SignInController::account() const
{
    return m_current ? m_current->account() : Account();
}

ApiProfile SignInController::profile() const
{
    return m_current ? m_current->profile() : ApiProfile();
}

bool SignInController::isSignInRunning() const
{
    return m_flow && m_flow->isRunning();
}

Account SignInController::accountFor(const ApiProfile &profile, Account::Kind kind,
                                     const QString &profilePath)
{
    if (kind == Account::Kind::OAuth && profile.isDemo())
        kind = Account::Kind::Demo;
    Account account;
    account.kind = kind;
    account.id = AccountStore::makeId(kind, profile);
    account.baseUrl = profile.baseUrl().toString();
    if (kind != Account::Kind::PersonalAccessToken)
        account.tokenUrl = profile.tokenUrl().toString();
    account.profilePath = profilePath;
    account.profileJson = profile.toJson();
    const QString host = profile.baseUrl().host();
    switch (kind) {
    case Account::Kind::PersonalAccessToken:
        account.label = tr("Personal access token — %1").arg(host);
        break;
    case Account::Kind::OAuth:
        account.label = tr("Schneider Electric account — %1").arg(host);
        break;
    case Account::Kind::Demo:
        account.label = tr("Demo (emulator on %1)").arg(profile.baseUrl().authority());
        break;
    }
    return account;
}

QString SignInController::checkProfile(const ApiProfile &profile)
{
    return CredentialUrlPolicy::checkProfile(profile);
}

ApiProfile SignInController::profileFor(const Account &account, QString *error)
{
    error->clear();
    const QUrl baseUrl(account.baseUrl);
    ApiProfile profile;
    if (!account.profileJson.isEmpty()) {
        profile = ApiProfile::fromJson(account.profileJson, error);
        if (account.kind == Account::Kind::Demo && profile.isValid())
            profile = ApiProfile::builtInDemo().withOrigin(originOf(profile.baseUrl()));
    } else {
        // Accounts remembered before the profile copy was kept: what they were signed in with then.
        profile = SignInProfile::resolve(baseUrl, account.profilePath, error);
    }
    if (!error->isEmpty() || !profile.isValid()) {
        *error = tr("The API profile of this account cannot be used (%1) — sign in again.")
                     .arg(error->isEmpty() ? tr("it has no base URL") : *error);
        return ApiProfile();
    }
    if (const QString refused = checkProfile(profile); !refused.isEmpty()) {
        *error = refused;
        return ApiProfile();
    }
    return profile;
}

AccountSession *SignInController::adopt(const Account &account, const ApiProfile &profile)
{
    stopFlow();
    if (m_current) {
        m_current->retire();
        disconnect(m_current, nullptr, this, nullptr);
        if (m_current->session())
            disconnect(m_current->session(), nullptr, this, nullptr);
        m_current->deleteLater();
    }
    auto *current = new AccountSession(account, profile, m_secrets, this);
    m_current = current;
    if (m_configure)
        m_configure(current->client());
    Session *session = current->session();
    if (!m_lockDirectory.isEmpty())
        session->setLockDirectory(m_lockDirectory);
    connect(session, &Session::stateChanged, this, &SignInController::stateChanged);
    connect(session, &Session::sessionEnded, this, &SignInController::sessionEnded);
    connect(session, &Session::storageWarning, this, &SignInController::storageWarning);
    connect(session, &Session::signedOut, this, &SignInController::signedOut);
    connect(session, &Session::restoreFinished, this, &SignInController::restoreFinished);
    connect(session, &Session::storedCredentialFound, this, &SignInController::storedCredentialFound);
    return current;
}

void SignInController::withClientSecret(AccountSession *current, const std::function<void()> &next)
{
    TokenClient *tokenClient = current->tokenClient();
    const ApiProfile profile = current->profile();
    if (!tokenClient) {
        next();
        return;
    }
    if (!profile.clientSecret().isEmpty()) {
        if (!profile.isDemo())
            LogRedactor::registerSecret(profile.clientSecret());
        tokenClient->setClientSecret(profile.clientSecret());
        next();
        return;
    }
    // Without a stored secret the client goes on as a public client (PKCE only).
    m_secrets->read(AccountStore::clientSecretKey(profile), SecretStore::Key::ClientSecret, current,
                    [tokenClient, next](const QString &secret, const SecretStore::Result &result) {
                        if (result.ok() && !secret.isEmpty()) {
                            LogRedactor::registerSecret(secret);
                            tokenClient->setClientSecret(secret);
                        }
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
    QString error;
    const ApiProfile profile = profileFor(account, &error);
    AccountSession *current = adopt(account, profile.isValid() ? profile : ApiProfile::builtInProduction());
    if (!profile.isValid()) {
        // Nothing is sent anywhere: the session stays signed out and says why.
        QMetaObject::invokeMethod(
            current,
            [this, error] {
                Q_EMIT restoreFinished(false, ApiError::make(ApiError::Kind::SignInRequired, error));
            },
            Qt::QueuedConnection);
        return;
    }
    // Token requests queue from now on; the client secret must be known before the refresh leaves.
    current->session()->beginRestore();
    const bool pat = account.kind == Account::Kind::PersonalAccessToken;
    withClientSecret(current, [this, current, pat]() {
        if (m_current == current) // not replaced by another sign-in while the keychain answered
            current->session()->restore(pat);
    });
}

void SignInController::signInWithBrowser(const ApiProfile &profile, const QString &profilePath)
{
    if (const QString refused = checkProfile(profile); !refused.isEmpty())
        return fail(ApiError::make(ApiError::Kind::Other, refused));
    if (profile.clientId().isEmpty())
        return fail(ApiError::make(
            ApiError::Kind::Other,
            tr("The API profile has no OAuth client id. Register Meterscope with the authorization server "
               "(redirect URI http://127.0.0.1%1), then enter the client id in Settings → Network and "
               "sign-in, or give "
               "it with meterscope-cli login --client-id.")
                .arg(profile.redirectPath())));
    AccountSession *current = adopt(accountFor(profile, Account::Kind::OAuth, profilePath), profile);
    current->session()->beginSignIn();
    withClientSecret(current, [this, current]() {
        if (m_current != current)
            return; // replaced by another sign-in while the keychain answered
        auto *flow = new AuthorizationFlow(current->profile(), current->tokenClient(), this);
        m_flow = flow;
        m_addressOffered = false;
        BrowserLauncher launcher = m_launcher;
        // The browser command may fail long after this sign-in (or this controller) is gone.
        launcher.setFailureHandler([self = QPointer<SignInController>(this),
                                    flow = QPointer<AuthorizationFlow>(flow)](const QString &reason) {
            if (self && flow)
                self->offerAddress(flow, reason);
        });
        flow->setBrowserLauncher(launcher);
        flow->setTimeoutMs(m_signInTimeoutMs);
        connect(flow, &AuthorizationFlow::browserOpened, this, [this, flow] {
            Q_EMIT browserOpened();
            // Whatever the browser command said, the user may see no browser: offer the address too.
            QTimer::singleShot(m_manualUrlDelayMs, flow, [this, flow] {
                offerAddress(flow, tr("No browser window yet? The sign-in is still waiting."));
            });
        });
        connect(flow, &AuthorizationFlow::openUrlManually, this,
                [this, flow](const QUrl &, const QString &reason) { offerAddress(flow, reason); });
        connect(flow, &AuthorizationFlow::failed, current, [this, current](const ApiError &error) {
            current->session()->abortSignIn(error);
            fail(error);
        });
        connect(flow, &AuthorizationFlow::succeeded, current, [this, current](const TokenResponse &tokens) {
            connect(
                current->session(), &Session::signedIn, current,
                [this, current] { verifyAndRemember(current); }, Qt::SingleShotConnection);
            current->session()->completeSignIn(tokens);
        });
        flow->start();
    });
}

void SignInController::signInWithPat(const ApiProfile &profile, const QString &pat,
                                     const QString &profilePath)
{
    QString reason;
    if (!StaticTokenSource::isPlausiblePat(pat, &reason))
        return fail(ApiError::make(ApiError::Kind::Unauthorized, reason));
    if (const QString refused = checkProfile(profile); !refused.isEmpty())
        return fail(ApiError::make(ApiError::Kind::Other, refused));
    const QString token = pat.trimmed();
    LogRedactor::registerSecret(token);
    AccountSession *current =
        adopt(accountFor(profile, Account::Kind::PersonalAccessToken, profilePath), profile);
    // One API call proves the token before it replaces what is stored.
    current->useFixedToken(token);
    verifyAndRemember(current, [current, token](const std::function<void()> &remember) {
        connect(
            current->session(), &Session::signedIn, current,
            [current, remember] {
                current->useSession();
                remember();
            },
            Qt::SingleShotConnection);
        current->session()->signInWithPat(token);
    });
}

void SignInController::signInWithFixedToken(const Account &account, const ApiProfile &profile,
                                            const QString &token)
{
    LogRedactor::registerSecret(token);
    AccountSession *current = adopt(account, profile);
    current->useFixedToken(token);
    verifyAndRemember(current);
}

void SignInController::verifyAndRemember(AccountSession *current, const StoreStep &store)
{
    current->client()->fetchSites(current, [this, current, store](const QList<Site> &sites,
                                                                  const ApiError &error) {
        if (error) {
            if (error.kind == ApiError::Kind::Unauthorized &&
                current->account().kind == Account::Kind::PersonalAccessToken)
                return fail(ApiError::make(ApiError::Kind::Unauthorized,
                                           tr("The personal access token was not accepted by %1 — it may be "
                                              "mistyped, expired or revoked; nothing was stored.")
                                               .arg(current->profile().baseUrl().host()),
                                           error.details(), error.httpStatus));
            return fail(error);
        }
        const auto remember = [this, current, sites] {
            const Account account = current->account();
            m_accounts->save(account);
            m_accounts->setLastUsedId(account.id);
            qCInfo(lcSignIn) << "signed in:" << Account::kindName(account.kind);
            Q_EMIT signedIn(account, sites);
        };
        if (store)
            store(remember);
        else
            remember();
    });
}

void SignInController::fail(const ApiError &error)
{
    Q_EMIT signInFailed(error);
}

void SignInController::stopFlow()
{
    if (!m_flow)
        return;
    // A flow replaced by another sign-in or a sign-out ends without a message.
    disconnect(m_flow, nullptr, nullptr, nullptr);
    m_flow->cancel();
    m_flow->deleteLater();
    m_flow = nullptr;
}

void SignInController::offerAddress(AuthorizationFlow *flow, const QString &reason)
{
    // Once the browser has come back (the listener is closed), the address is of no use any more.
    const bool waiting =
        flow == m_flow && flow->isRunning() && flow->receiver() && flow->receiver()->isListening();
    if (!waiting || m_addressOffered)
        return;
    m_addressOffered = true;
    Q_EMIT openUrlManually(flow->authorizeUrl(), reason);
}

void SignInController::cancelSignIn()
{
    if (m_flow && m_flow->isRunning())
        m_flow->cancel(); // failed(Cancelled) ends the sign-in and says so
}

void SignInController::signOut()
{
    stopFlow();
    if (!m_current) {
        Q_EMIT signedOut(true, tr("You are not signed in."));
        return;
    }
    const Account account = m_current->account();
    m_accounts->remove(account.id);
    if (m_current->hasFixedToken()) {
        // Nothing of it was stored.
        m_current->retire();
        Q_EMIT signedOut(true, tr("Signed out."));
        return;
    }
    m_current->retire();
    m_current->session()->signOut();
}

void SignInController::signOut(const Account &account)
{
    QString error;
    const ApiProfile profile = profileFor(account, &error);
    adopt(account, profile.isValid() ? profile : ApiProfile::builtInProduction());
    signOut();
}

void SignInController::storeClientSecret(const ApiProfile &profile, const QString &secret,
                                         const std::function<void(bool, const QString &)> &done)
{
    const QString key = AccountStore::clientSecretKey(profile);
    const auto finished = [done](const SecretStore::Result &result) {
        if (done)
            done(result.ok(), result.message);
    };
    if (secret.isEmpty()) {
        m_secrets->remove(key, SecretStore::Key::ClientSecret, this, finished);
        return;
    }
    LogRedactor::registerSecret(secret);
    m_secrets->write(key, SecretStore::Key::ClientSecret, secret, this, finished);
}

} // namespace meterscope
