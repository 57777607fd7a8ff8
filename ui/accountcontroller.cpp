// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"

#include "api/apiclient.h"
#include "auth/keychainsecretstore.h"
#include "auth/signincontroller.h"
#include "networksettings.h"
#include "signinsettings.h"
#include "store/cachelocation.h"
#include "store/seriescache.h"
#include "store/seriesrepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace meterscope {

namespace {
// The in-process demo: restored by starting the demo again, never from the keychain.
const QString kDemoAccountId = QStringLiteral("demo");
} // namespace

AccountController::AccountController(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_profile(ApiProfile::builtInProduction())
{
    if (!m_secrets) {
        m_ownedSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownedSecrets.get();
    }
    m_signIn = new SignInController(m_secrets, &m_accounts, this);
    m_signIn->setClientConfigurator([this](ApiClient *client) { configureClient(client); });
    connect(m_signIn, &SignInController::openUrlManually, this, &AccountController::openUrlManually);
    connect(m_signIn, &SignInController::storageWarning, this, &AccountController::notice);
    connect(m_signIn, &SignInController::signInFailed, this, &AccountController::fail);
    connect(m_signIn, &SignInController::signedIn, this,
            [this](const Account &account, const QList<Site> &sites) {
                prepareRepository(account);
                m_repository->keepSites(sites);
                m_signedIn = true;
                Q_EMIT signedIn(sites);
            });
    connect(m_signIn, &SignInController::sessionEnded, this, [this](const ApiError &error) {
        fail(error.userMessage().isEmpty()
                 ? ApiError::make(ApiError::Kind::SignInRequired,
                                  tr("Your sign-in has ended — sign in again to continue."))
                 : error);
    });
    connect(m_signIn, &SignInController::signedOut, this,
            [this](bool, const QString &text) { Q_EMIT notice(text); });
    QString error;
    if (!applySignInSettings(&error))
        qWarning("meterscope: %s", qPrintable(error));
}

AccountController::~AccountController() = default;

ApiClient *AccountController::client() const
{
    return m_signIn->client();
}

Account AccountController::account() const
{
    return m_signedIn ? m_signIn->account() : Account();
}

void AccountController::setProfile(const ApiProfile &profile, const QString &profilePath)
{
    m_profile = profile;
    m_profilePath = profilePath;
    m_profileFromCommandLine = true;
    applySignInSettings();
}

bool AccountController::applySignInSettings(QString *error)
{
    const SignInSettings settings = SignInSettings::load();
    ApiProfile profile = m_profile;
    QString path = m_profilePath;
    if (!m_profileFromCommandLine) {
        profile = ApiProfile::builtInProduction();
        path = settings.profileFile;
        QString reason;
        if (!path.isEmpty() && !SignInSettings::loadProfile(path, &profile, &reason)) {
            if (error)
                *error = reason;
            return false;
        }
    }
    if (!settings.clientId.isEmpty() && !profile.isDemo())
        profile = profile.withClientId(settings.clientId);
    if (const QString refused = SignInController::checkProfile(profile); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    m_profile = profile;
    m_profilePath = path;
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
    if (m_profile.isDemo())
        return false;
    m_signIn->storeClientSecret(m_profile, secret, [this](bool ok, const QString &message) {
        if (!ok)
            Q_EMIT notice(message);
    });
    return true;
}

QString AccountController::redirectUriToRegister() const
{
    QString uri = QStringLiteral("http://127.0.0.1");
    if (m_profile.redirectPort() != 0)
        uri += u':' + QString::number(m_profile.redirectPort());
    return uri + m_profile.redirectPath();
}

void AccountController::configureClient(ApiClient *client) const
{
    if (!client)
        return;
    const NetworkSettings settings = NetworkSettings::load();
    // The demo emulator is on loopback: never send it through a proxy.
    if (m_demo && m_signIn->account().id == kDemoAccountId)
        client->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    else if (settings.mode == NetworkSettings::Mode::System)
        client->useSystemProxy();
    else
        client->setProxy(settings.proxy());
}

void AccountController::applyNetworkSettings()
{
    configureClient(client());
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
    const ApiProfile served = m_demo->servedProfile();
    Account account;
    account.id = kDemoAccountId;
    account.kind = Account::Kind::Demo;
    account.label = tr("Demo portfolio");
    account.baseUrl = served.baseUrl().toString();
    m_signIn->signInWithFixedToken(account, served, m_demo->personalAccessToken());
}

void AccountController::signInWithPat(const QString &pat)
{
    Q_EMIT busy(tr("Checking the token…"));
    m_demo.reset();
    m_signIn->signInWithPat(m_profile, pat, m_profilePath);
}

void AccountController::signInWithBrowser()
{
    Q_EMIT busy(tr("Waiting for the browser sign-in…"));
    m_demo.reset();
    m_signIn->setBrowserLauncher(browserLauncher());
    m_signIn->signInWithBrowser(m_profile, m_profilePath);
}

void AccountController::cancelSignIn()
{
    m_signIn->cancelSignIn(); // failed(Cancelled) ends the sign-in and says so
}

Account AccountController::accountToRestore() const
{
    Account last = m_accounts.lastUsed(); // returned as it is: not const, so it moves
    if (!m_profileFromCommandLine)
        return last;
    const QStringList ofThisServer{
        SignInController::accountFor(m_profile, Account::Kind::OAuth, m_profilePath).id,
        SignInController::accountFor(m_profile, Account::Kind::PersonalAccessToken, m_profilePath).id};
    if (ofThisServer.contains(last.id))
        return last;
    const QList<Account> remembered = m_accounts.accounts();
    const auto found =
        std::find_if(remembered.cbegin(), remembered.cend(), [&ofThisServer](const Account &candidate) {
            return ofThisServer.contains(candidate.id);
        });
    return found != remembered.cend() ? *found : Account();
}

bool AccountController::restoreLastAccount()
{
    const Account last = accountToRestore();
    if (!last.isValid())
        return false;
    if (last.id == kDemoAccountId) {
        signInDemo();
        return true;
    }
    Q_EMIT busy(tr("Signing in again…"));
    m_demo.reset();
    // Once the keychain has the account's token, what the cache holds is shown at once; the sign-in
    // and the site list catch up behind it. (An account without a token shows nothing of it.)
    auto *restoring = new QObject(this);
    connect(m_signIn, &SignInController::storedCredentialFound, restoring,
            [this, last] { showCachedWorkspace(last); });
    connect(
        m_signIn, &SignInController::restoreFinished, this,
        [this, last, restoring](bool ok, const ApiError &error) {
            delete restoring;
            if (!ok && m_signedIn && SeriesRepository::cacheMayAnswer(error)) {
                sayOffline(last, error); // the cached workspace stays; requests retry later
                return;
            }
            if (!ok && openFromCache(last, error))
                return;
            if (!ok) {
                fail(error
                         ? error
                         : ApiError::make(ApiError::Kind::SignInRequired, tr("Sign in again to continue.")));
                return;
            }
            fetchSitesAndFinish();
        },
        Qt::SingleShotConnection);
    m_signIn->restore(last);
    return true;
}

void AccountController::fetchSitesAndFinish()
{
    if (!client())
        return;
    const Account account = m_signIn->account();
    prepareRepository(account);
    m_repository->fetchSites(
        CacheMode::Normal, client(),
        [this, account](const QList<Site> &sites, std::optional<qint64> cachedAt, const ApiError &error) {
            if (error && cachedAt) {
                if (m_signedIn)
                    sayOffline(account, error);
                else
                    openFromCache(account, error);
                return;
            }
            if (error) {
                fail(error);
                return;
            }
            if (m_signedIn) { // the cached list is on screen: bring it up to date
                Q_EMIT sitesRefreshed(sites);
                return;
            }
            m_signedIn = true;
            Q_EMIT signedIn(sites);
        });
}

bool AccountController::showCachedWorkspace(const Account &account)
{
    if (!account.isValid() || !client())
        return false;
    prepareRepository(account);
    const QList<Site> sites = m_repository->cachedSites();
    if (sites.isEmpty())
        return false;
    m_signedIn = true;
    Q_EMIT signedIn(sites);
    return true;
}

bool AccountController::openFromCache(const Account &account, const ApiError &error)
{
    if (!SeriesRepository::cacheMayAnswer(error) || !showCachedWorkspace(account))
        return false;
    sayOffline(account, error);
    return true;
}

void AccountController::sayOffline(const Account &account, const ApiError &error)
{
    Q_UNUSED(error)
    const std::optional<qint64> stamp = m_cache ? m_cache->sitesFetchedAt() : std::nullopt;
    const QString when =
        stamp ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*stamp).toLocalTime(), QLocale::ShortFormat)
              : tr("an earlier session");
    Q_EMIT notice(tr("%1 cannot be reached — showing the data kept on this computer (sites as of %2).")
                      .arg(QUrl(account.baseUrl).host(), when));
}

void AccountController::prepareRepository(const Account &account)
{
    // The demo is one account whatever port its emulator listens on.
    const QString cacheId = account.kind == Account::Kind::Demo ? kDemoAccountId : account.id;
    if (!m_cache || m_cacheAccountId != cacheId) {
        m_repository.reset();
        m_cache.reset();
        QDir().mkpath(CacheLocation::directory());
        m_cache = std::make_unique<SeriesCache>(CacheLocation::pathFor(cacheId));
        m_cacheAccountId = cacheId;
        if (!m_cache->isOpen())
            Q_EMIT notice(
                tr("The local cache cannot be opened (%1); data is fetched from the server without it.")
                    .arg(m_cache->errorString()));
    }
    if (!m_repository || m_repository->client() != client()) {
        m_repository = std::make_unique<SeriesRepository>(client(), m_cache.get());
        connect(m_repository.get(), &SeriesRepository::cacheProblem, this, &AccountController::notice);
    }
    m_repository->setClock(clock());
}

void AccountController::closeRepository()
{
    m_repository.reset();
    m_cache.reset();
    m_cacheAccountId.clear();
}

qint64 AccountController::cacheSizeOnDisk()
{
    qint64 bytes = 0;
    const QDir dir(CacheLocation::directory());
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.sqlite*")}, QDir::Files))
        bytes += file.size();
    return bytes;
}

bool AccountController::clearCaches(QString *error)
{
    bool ok = true;
    if (m_cache && !m_cache->clear()) {
        ok = false;
        if (error)
            *error = m_cache->errorString();
    }
    const QString open = m_cache ? m_cache->path() : QString();
    const QDir dir(CacheLocation::directory());
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        if (file.absoluteFilePath() == QFileInfo(open).absoluteFilePath())
            continue;
        if (!SeriesCache::removeFiles(file.absoluteFilePath())) {
            ok = false;
            if (error)
                *error =
                    tr("%1 could not be removed.").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
        }
    }
    return ok;
}

void AccountController::fail(const ApiError &error)
{
    m_signedIn = false;
    Q_EMIT signInFailed(error);
}

void AccountController::signOut(bool removeCachedData)
{
    const QString cachePath = m_cache ? m_cache->path() : QString();
    closeRepository();
    if (removeCachedData && !cachePath.isEmpty() && !SeriesCache::removeFiles(cachePath))
        Q_EMIT notice(tr("The data kept on this computer could not be removed (%1).")
                          .arg(QDir::toNativeSeparators(cachePath)));
    m_signIn->signOut();
    m_accounts.setLastUsedId(QString());
    m_demo.reset();
    m_signedIn = false;
    Q_EMIT signedOut(tr("Signed out."));
}

} // namespace meterscope
