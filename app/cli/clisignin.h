// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "auth/accountstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/signincontroller.h"

#include <QUrl>

namespace meterscope {

class CliContext;

// The CLI's side of signing in: the OS keychain, the account list shared with the GUI and one
// SignInController. `login`, `logout` and `whoami` use it, and so does every API command when
// METERSCOPE_TOKEN is not set (the stored session of the last `login`).
class CliSignIn
{
public:
    CliSignIn();

    [[nodiscard]] SignInController *controller() { return &m_controller; }
    [[nodiscard]] SecretStore *secrets() { return &m_secrets; }
    [[nodiscard]] AccountStore *accounts() { return &m_accounts; }

    // Ends a command with `text` (a line or a few) on the output, exit 0.
    static void finishWithText(CliContext &context, const QString &text);

    // Starts restoring the last signed-in account; false when there is none, or when `apiBaseUrl` is
    // given and is on another origin (a stored token only goes to the API it was issued for). The
    // session queues token requests until it knows.
    bool restoreLastUsed(const QUrl &apiBaseUrl = QUrl());
    [[nodiscard]] AccessTokenSource *tokenSource() const { return m_controller.session(); }
    [[nodiscard]] ApiProfile profile() const { return m_controller.profile(); }

private:
    KeychainSecretStore m_secrets;
    AccountStore m_accounts;
    SignInController m_controller;
};

} // namespace meterscope
