// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/secretstore.h"

#include <QCoreApplication>

namespace meterscope {

QString SecretStore::keyName(Key key)
{
    switch (key) {
    case Key::RefreshToken:
        return QStringLiteral("refresh-token");
    case Key::PersonalAccessToken:
        return QStringLiteral("personal-access-token");
    case Key::ClientSecret:
        return QStringLiteral("client-secret");
    }
    return QString();
}

QString SecretStore::entryName(const QString &account, Key key)
{
    return account + u'/' + keyName(key);
}

QString SecretStore::messageFor(Status status)
{
    switch (status) {
    case Status::Ok:
        return QString();
    case Status::NotFound:
        return QCoreApplication::translate("SecretStore", "Nothing is stored for this account.");
    case Status::Locked:
        return QCoreApplication::translate("SecretStore", "Your keyring is locked — unlock it and retry.");
    case Status::Unavailable:
        return QCoreApplication::translate(
            "SecretStore", "No secure storage is available; you will need to sign in again next time.");
    case Status::TimedOut:
        return QCoreApplication::translate(
            "SecretStore", "The keyring did not answer in time; you will need to sign in again next time.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate(
        "SecretStore", "The keyring could not be used; you will need to sign in again next time.");
}

SecretStore::Result SecretStore::makeResult(Status status)
{
    return Result{status, messageFor(status)};
}

} // namespace meterscope
