// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clisignin.h"

#include "cli/clicontext.h"

#include <QCoreApplication>
#include <QIODevice>

namespace meterscope {

CliSignIn::CliSignIn() : m_controller(&m_secrets, &m_accounts) {}

void CliSignIn::finishWithText(CliContext &context, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    context.finishWithWriter(
        [bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); });
}

bool CliSignIn::restore(const ApiProfile &requested, bool matchTokenUrl, QString *error)
{
    const auto matches = [&requested, matchTokenUrl](const Account &account) {
        if (!requested.isValid())
            return true;
        if (AccountStore::apiKey(QUrl(account.baseUrl)) != AccountStore::apiKey(requested.baseUrl()))
            return false;
        return !matchTokenUrl || account.kind == Account::Kind::PersonalAccessToken ||
               AccountStore::apiKey(QUrl(account.tokenUrl)) == AccountStore::apiKey(requested.tokenUrl());
    };
    Account chosen = m_accounts.lastUsed();
    if (!chosen.isValid() || !matches(chosen)) {
        chosen = Account();
        const QList<Account> accounts = m_accounts.accounts();
        for (const Account &account : accounts) {
            if (matches(account)) {
                chosen = account;
                break;
            }
        }
    }
    if (!chosen.isValid()) {
        *error = requested.isValid()
                     ? QCoreApplication::translate(
                           "CliSignIn", "No stored sign-in for %1 — run meterscope-cli login with the same "
                                        "--profile/--base-url, or set METERSCOPE_TOKEN to a personal access "
                                        "token.")
                           .arg(requested.baseUrl().toString())
                     : QCoreApplication::translate(
                           "CliSignIn", "No access token — run meterscope-cli login, or set METERSCOPE_TOKEN "
                                        "to a personal access token.");
        return false;
    }
    QString refused;
    if (!SignInController::profileFor(chosen, &refused).isValid()) {
        *error = refused;
        return false;
    }
    m_controller.restore(chosen);
    return true;
}

} // namespace meterscope
