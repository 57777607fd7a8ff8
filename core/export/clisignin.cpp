// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/clisignin.h"

#include "export/clicontext.h"

#include <QHostAddress>
#include <QIODevice>

namespace meterscope {

CliSignIn::CliSignIn() : m_controller(&m_secrets, &m_accounts) {}

ApiProfile CliSignIn::loginProfile(const QUrl &baseUrl, const QString &profilePath, QString *error)
{
    error->clear();
    if (!profilePath.isEmpty()) {
        ApiProfile profile = ApiProfile::fromFile(profilePath, error);
        if (!error->isEmpty() || !profile.isValid())
            return ApiProfile();
        return baseUrl.isValid() ? profile.withBaseUrl(baseUrl) : profile;
    }
    const QHostAddress host(baseUrl.host());
    if (!host.isNull() && host.isLoopback())
        return ApiProfile::builtInDemo().withOrigin(baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    const ApiProfile production = ApiProfile::builtInProduction();
    return baseUrl.isValid() ? production.withBaseUrl(baseUrl) : production;
}

void CliSignIn::finishWithText(CliContext &context, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    context.finishWithWriter([bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); });
}

bool CliSignIn::restoreLastUsed(const QUrl &apiBaseUrl)
{
    const Account account = m_accounts.lastUsed();
    if (!account.isValid())
        return false;
    const auto origin = [](const QUrl &url) { return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment); };
    if (apiBaseUrl.isValid() && origin(QUrl(account.baseUrl)) != origin(apiBaseUrl))
        return false;
    m_controller.restore(account);
    return true;
}

} // namespace meterscope
