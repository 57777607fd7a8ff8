// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"

#include <QString>
#include <QUrl>

namespace meterscope {

// Which API profile a sign-in uses, the same for the desktop application and the command line.
class SignInProfile
{
public:
    // `profilePath` when given; else, for a loopback base URL, the bundled emulator's demo client;
    // else the production profile. `baseUrl` (from an option or the profile) always wins. The base and
    // token URL must pass CredentialUrlPolicy. Empty `error` on success.
    static ApiProfile resolve(const QUrl &baseUrl, const QString &profilePath, QString *error);

private:
    static ApiProfile resolveUnchecked(const QUrl &baseUrl, const QString &profilePath, QString *error);
};

} // namespace meterscope
