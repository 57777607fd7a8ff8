// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinsettings.h"

#include <QSettings>

namespace meterscope {

SignInSettings SignInSettings::load()
{
    QSettings settings;
    SignInSettings s;
    s.browserCommand = settings.value(QStringLiteral("signIn/browserCommand")).toString();
    s.profileFile = settings.value(QStringLiteral("signIn/profileFile")).toString();
    return s;
}

void SignInSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/browserCommand"), browserCommand.trimmed());
    settings.setValue(QStringLiteral("signIn/profileFile"), profileFile.trimmed());
}

} // namespace meterscope
