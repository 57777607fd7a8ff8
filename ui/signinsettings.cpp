// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinsettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace meterscope {

SignInSettings SignInSettings::load()
{
    QSettings settings;
    SignInSettings s;
    s.browserCommand = settings.value(QStringLiteral("signIn/browserCommand")).toString();
    s.profileFile = settings.value(QStringLiteral("signIn/profileFile")).toString();
    s.clientId = settings.value(QStringLiteral("signIn/clientId")).toString();
    return s;
}

void SignInSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/browserCommand"), browserCommand.trimmed());
    settings.setValue(QStringLiteral("signIn/profileFile"), profileFile.trimmed());
    settings.setValue(QStringLiteral("signIn/clientId"), clientId.trimmed());
}

bool SignInSettings::loadProfile(const QString &file, ApiProfile *profile, QString *error)
{
    QString reason;
    const ApiProfile loaded = ApiProfile::fromFile(file, &reason);
    if (reason.isEmpty() && loaded.isValid()) {
        *profile = loaded;
        return true;
    }
    if (reason.isEmpty())
        reason = QCoreApplication::translate("SignInSettings", "it has no base URL.");
    *error = QCoreApplication::translate("SignInSettings", "The API profile %1 cannot be used: %2")
                 .arg(file, reason);
    return false;
}

} // namespace meterscope
