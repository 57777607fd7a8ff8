// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/logoutcommand.h"

#include "cli/clicontext.h"
#include "cli/clisignin.h"

#include <QCoreApplication>

namespace meterscope {

LogoutCommand::LogoutCommand()
    : PositionalCommand(QStringLiteral("logout"), QString(),
                        QCoreApplication::translate("LogoutCommand",
                                                    "Sign out: delete the stored sign-in from the keychain"))
{
}

LogoutCommand::~LogoutCommand() = default;

void LogoutCommand::run(CliContext &context)
{
    m_signIn = std::make_unique<CliSignIn>();
    const Account account = m_signIn->accounts()->lastUsed();
    if (!account.isValid()) {
        CliSignIn::finishWithText(context,
                                  QCoreApplication::translate("LogoutCommand", "You are not signed in.\n"));
        return;
    }
    QObject::connect(m_signIn->controller(), &SignInController::signedOut, context.guard(),
                     [&context](bool ok, const QString &message) {
                         if (!ok)
                             return context.fail(CliExitCode::Failure, message);
                         CliSignIn::finishWithText(context, message + u'\n');
                     });
    m_signIn->controller()->signOut(account);
}

} // namespace meterscope
