// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// One remembered sign-in, without its secrets (those are in the SecretStore under `id`).
struct Account
{
    enum class Kind
    {
        PersonalAccessToken,
        OAuth,
        Demo
    };

    QString id; // stable key: keychain entries, lock file, settings group
    Kind kind = Kind::OAuth;
    QString label;          // what the user sees, e.g. "OAuth — api.exchange.se.com"
    QString profilePath;    // the API profile file it signed in with (shown; not read on restore)
    QString baseUrl;        // the API base URL
    QString tokenUrl;       // the authorization server's token URL (OAuth), where refreshes go
    QByteArray profileJson; // ApiProfile::toJson() of the profile it signed in with: used on restore

    [[nodiscard]] bool isValid() const { return !id.isEmpty(); }
    // "pat", "oauth", "demo" (settings and the CLI).
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace meterscope
