// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace meterscope {

class ApiProfile;

// Where Meterscope may send a credential (an access token or PAT to the API base URL; the client
// secret, authorization code and refresh token to the token URL): https, or plain http only to a
// loopback address (127.0.0.0/8, ::1, "localhost"); never a user name or password in the URL. The
// same rule for every source of a URL: command-line flag, profile file, settings, stored account.
class CredentialUrlPolicy
{
public:
    // Empty when `url` may carry a credential; else a sentence naming `role` ("The API base URL") and
    // what is wrong, fit to show as it is.
    static QString check(const QUrl &url, const QString &role);
    // check() on the profile's base URL and, when it has an OAuth client, its token URL.
    static QString checkProfile(const ApiProfile &profile);
    // 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and "localhost" (RFC 6761).
    static bool isLoopbackHost(const QString &host);
};

} // namespace meterscope
