// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentialurlpolicy.h"

#include "api/apiprofile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace meterscope {

bool CredentialUrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString CredentialUrlPolicy::check(const QUrl &url, const QString &role)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return QCoreApplication::translate("CredentialUrlPolicy", "%1 must be an https URL (it is \"%2\").")
            .arg(role, url.toString(QUrl::RemoveUserInfo));
    // A user name or password would be sent with every request and end up in logs and files.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("CredentialUrlPolicy",
                                           "%1 must not contain a user name or password (%2).")
            .arg(role, url.toString(QUrl::RemoveUserInfo));
    // A credential over plain http is readable by anyone on the path; only loopback is exempt.
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return QCoreApplication::translate(
                   "CredentialUrlPolicy",
                   "%1 uses plain http to %2 — refusing to send credentials in clear; use https.")
            .arg(role, url.host());
    return QString();
}

QString CredentialUrlPolicy::checkProfile(const ApiProfile &profile)
{
    if (QString error =
            check(profile.baseUrl(), QCoreApplication::translate("CredentialUrlPolicy", "The API base URL"));
        !error.isEmpty())
        return error;
    if (profile.clientId().isEmpty() && profile.tokenUrl().isEmpty())
        return QString();
    return check(profile.tokenUrl(), QCoreApplication::translate("CredentialUrlPolicy", "The token URL"));
}

} // namespace meterscope
