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
    QString label;       // what the user sees, e.g. "OAuth — api.exchange.se.com"
    QString profilePath; // API profile file; empty = the built-in profile of the kind
    QString baseUrl;     // overrides the profile's base URL when set

    [[nodiscard]] bool isValid() const { return !id.isEmpty(); }
    // "pat", "oauth", "demo" (settings and the CLI).
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace meterscope
