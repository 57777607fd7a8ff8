// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"

#include <QString>

namespace meterscope {

// The sign-in choices kept in QSettings: the browser command for the browser sign-in (empty: the
// system browser) and an API profile file (empty: the built-in profile). Never a secret: the OAuth
// client secret lives in the keychain.
struct SignInSettings
{
    QString browserCommand;
    QString profileFile;
    QString clientId; // overrides the profile's OAuth client id when set

    static SignInSettings load();
    void save() const;
    // Reads an API profile file; false with one sentence naming the file when it cannot be used.
    static bool loadProfile(const QString &file, ApiProfile *profile, QString *error);
};

} // namespace meterscope
