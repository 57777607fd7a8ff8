// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/registeredredirects.h"

#include <QHostAddress>

#include <utility>

namespace meterscope::emulator {

RegisteredRedirects::RegisteredRedirects(QList<QUrl> uris) : m_uris(std::move(uris)) {}

QUrl RegisteredRedirects::loopbackFor(const QString &redirectPath)
{
    return QUrl(QStringLiteral("http://127.0.0.1") + redirectPath, QUrl::StrictMode);
}

bool RegisteredRedirects::isRegistrable(const QUrl &uri)
{
    return uri.isValid() && (uri.scheme() == u"http" || uri.scheme() == u"https") && !uri.host().isEmpty() &&
           !uri.hasFragment() && uri.userInfo().isEmpty();
}

bool RegisteredRedirects::isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) ||
           address == QHostAddress(QHostAddress::LocalHostIPv6);
}

bool RegisteredRedirects::accepts(const QString &redirectUri) const
{
    const QUrl given(redirectUri, QUrl::StrictMode);
    if (!given.isValid())
        return false;
    const QByteArray received = redirectUri.toUtf8();
    for (QUrl expected : m_uris) {
        // The registration as the client must send it: with the client's port when loopback.
        if (isLoopbackHost(expected.host()))
            expected.setPort(given.port());
        if (expected.toEncoded() == received)
            return true;
    }
    return false;
}

} // namespace meterscope::emulator
