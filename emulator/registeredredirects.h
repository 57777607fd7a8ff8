// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace meterscope::emulator {

// The redirect URIs registered for the emulator's OAuth clients, matched as a real authorization
// server does: the redirect_uri must be one of them character for character, except that a loopback
// registration (127.0.0.1, [::1]) accepts any port (RFC 8252 §7.3). Scheme, host, path and query
// must be identical; a fragment, user info or percent-encoded variant never matches.
class RegisteredRedirects
{
public:
    explicit RegisteredRedirects(QList<QUrl> uris);

    // http://127.0.0.1 followed by the profile's oauth.redirectPath ("/callback" by default).
    static QUrl loopbackFor(const QString &redirectPath);
    // Whether a URI can be registered: absolute http(s) with a host, no fragment, no user info.
    static bool isRegistrable(const QUrl &uri);

    [[nodiscard]] QList<QUrl> uris() const { return m_uris; }
    // redirectUri as received in the request (fully decoded once from the query or form).
    [[nodiscard]] bool accepts(const QString &redirectUri) const;

private:
    static bool isLoopbackHost(const QString &host);

    QList<QUrl> m_uris;
};

} // namespace meterscope::emulator
