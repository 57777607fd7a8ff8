// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clisignin.h"

#include "cli/clicontext.h"

#include <QIODevice>

namespace meterscope {

CliSignIn::CliSignIn() : m_controller(&m_secrets, &m_accounts) {}

void CliSignIn::finishWithText(CliContext &context, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    context.finishWithWriter(
        [bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); });
}

bool CliSignIn::restoreLastUsed(const QUrl &apiBaseUrl)
{
    const Account account = m_accounts.lastUsed();
    if (!account.isValid())
        return false;
    const auto origin = [](const QUrl &url) {
        return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    };
    if (apiBaseUrl.isValid() && origin(QUrl(account.baseUrl)) != origin(apiBaseUrl))
        return false;
    m_controller.restore(account);
    return true;
}

} // namespace meterscope
