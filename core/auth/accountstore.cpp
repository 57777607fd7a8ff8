// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountstore.h"

#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace meterscope {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return std::make_unique<QSettings>(file.isEmpty() ? AccountStore::defaultSettingsFile() : file,
                                       QSettings::IniFormat);
}

const QString kAccountsGroup = QStringLiteral("accounts");
const QString kLastUsedKey = QStringLiteral("lastUsedAccount");

// Settings keys may not contain '/'; account ids are host based and never do, but be safe.
QString groupKey(const QString &id)
{
    return QString::fromLatin1(
        id.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

AccountStore::AccountStore(const QString &settingsFile) : m_settingsFile(settingsFile) {}

QString AccountStore::defaultSettingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/meterscope/accounts.ini");
}

QList<Account> AccountStore::accounts() const
{
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(kAccountsGroup);
    QList<Account> list;
    const QStringList groups = settings->childGroups();
    for (const QString &group : groups) {
        settings->beginGroup(group);
        Account account;
        account.id = settings->value(QStringLiteral("id")).toString();
        Account::kindFromName(settings->value(QStringLiteral("kind")).toString(), &account.kind);
        account.label = settings->value(QStringLiteral("label")).toString();
        account.profilePath = settings->value(QStringLiteral("profilePath")).toString();
        account.baseUrl = settings->value(QStringLiteral("baseUrl")).toString();
        account.tokenUrl = settings->value(QStringLiteral("tokenUrl")).toString();
        account.profileJson =
            QByteArray::fromBase64(settings->value(QStringLiteral("profile")).toByteArray());
        settings->endGroup();
        if (account.isValid())
            list.append(account);
    }
    return list;
}

Account AccountStore::account(const QString &id) const
{
    const QList<Account> list = accounts();
    for (const Account &candidate : list) {
        if (candidate.id == id)
            return candidate;
    }
    return Account();
}

void AccountStore::save(const Account &account)
{
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(kAccountsGroup);
    settings->beginGroup(groupKey(account.id));
    settings->setValue(QStringLiteral("id"), account.id);
    settings->setValue(QStringLiteral("kind"), Account::kindName(account.kind));
    settings->setValue(QStringLiteral("label"), account.label);
    settings->setValue(QStringLiteral("profilePath"), account.profilePath);
    settings->setValue(QStringLiteral("baseUrl"), account.baseUrl);
    settings->setValue(QStringLiteral("tokenUrl"), account.tokenUrl);
    // Base64: QSettings' INI escaping of JSON quotes and commas is hard to read and easy to break.
    settings->setValue(QStringLiteral("profile"), QString::fromLatin1(account.profileJson.toBase64()));
}

void AccountStore::remove(const QString &id)
{
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(kAccountsGroup);
    settings->remove(groupKey(id));
    settings->endGroup();
    if (settings->value(kLastUsedKey).toString() == id)
        settings->remove(kLastUsedKey);
}

QString AccountStore::lastUsedId() const
{
    return openSettings(m_settingsFile)->value(kLastUsedKey).toString();
}

void AccountStore::setLastUsedId(const QString &id)
{
    openSettings(m_settingsFile)->setValue(kLastUsedKey, id);
}

Account AccountStore::lastUsed() const
{
    const QString id = lastUsedId();
    return id.isEmpty() ? Account() : account(id);
}

QString AccountStore::apiKey(const QUrl &baseUrl)
{
    QUrl key = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    key.setScheme(key.scheme().toLower());
    key.setHost(key.host().toLower());
    key.setPort(baseUrl.port(key.scheme() == u"http" ? 80 : 443));
    return key.toString();
}

QString AccountStore::makeId(Account::Kind kind, const ApiProfile &profile)
{
    QString id = Account::kindName(kind) + u'@' + apiKey(profile.baseUrl());
    if (kind == Account::Kind::OAuth)
        id += QStringLiteral(" token=") + apiKey(profile.tokenUrl());
    return id;
}

QString AccountStore::clientSecretKey(const ApiProfile &profile)
{
    return QStringLiteral("client %1 @ %2").arg(profile.clientId(), apiKey(profile.tokenUrl()));
}

} // namespace meterscope
