// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/whoamicommand.h"

#include "cli/clicontext.h"
#include "cli/clisignin.h"

#include <QCoreApplication>

namespace meterscope {

WhoamiCommand::WhoamiCommand()
    : PositionalCommand(QStringLiteral("whoami"), QString(),
                        QCoreApplication::translate("WhoamiCommand", "Show the signed-in account"))
{
}

WhoamiCommand::~WhoamiCommand() = default;

void WhoamiCommand::run(CliContext &context)
{
    if (!qEnvironmentVariableIsEmpty("METERSCOPE_TOKEN")) {
        CliSignIn::finishWithText(
            context,
            QCoreApplication::translate("WhoamiCommand", "Personal access token from METERSCOPE_TOKEN\n"));
        return;
    }
    m_signIn = std::make_unique<CliSignIn>();
    const Account account = m_signIn->accounts()->lastUsed();
    if (!account.isValid())
        return context.fail(
            CliExitCode::Auth,
            QCoreApplication::translate("WhoamiCommand", "Not signed in — run meterscope-cli login."));
    const auto key = account.kind == Account::Kind::PersonalAccessToken
                         ? SecretStore::Key::PersonalAccessToken
                         : SecretStore::Key::RefreshToken;
    m_signIn->secrets()->read(
        account.id, key, context.guard(),
        [&context, account](const QString &, const SecretStore::Result &result) {
            if (!result.ok()) {
                const QString why =
                    result.status == SecretStore::Status::NotFound
                        ? QCoreApplication::translate(
                              "WhoamiCommand",
                              "Not signed in (nothing stored for %1) — run meterscope-cli login.")
                              .arg(account.label)
                        : result.message;
                return context.fail(CliExitCode::Auth, why);
            }
            QString text =
                QCoreApplication::translate("WhoamiCommand", "%1\n  account: %2 (%3)\n  API: %4\n")
                    .arg(account.label, account.id, Account::kindName(account.kind), account.baseUrl);
            if (!account.tokenUrl.isEmpty())
                text +=
                    QCoreApplication::translate("WhoamiCommand", "  token URL: %1\n").arg(account.tokenUrl);
            if (!account.profilePath.isEmpty())
                text += QCoreApplication::translate("WhoamiCommand", "  API profile: %1\n")
                            .arg(account.profilePath);
            CliSignIn::finishWithText(context, text + QCoreApplication::translate(
                                                          "WhoamiCommand", "  stored in the OS keychain\n"));
        });
}

} // namespace meterscope
