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

    // Starts restoring a remembered account: the last used one, or when `requested` is valid (--profile
    // or --base-url) the one signed in at its API (and, with `matchTokenUrl`, its token URL), so a
    // stored token only goes to the servers it was issued for. False with a sentence when there is no
    // such account. The account's client queues requests until the session knows.
    bool restore(const ApiProfile &requested, bool matchTokenUrl, QString *error);
    // The restored account's API client (its own stored profile); nullptr before restore().
    [[nodiscard]] ApiClient *client() const { return m_controller.client(); }

private:
    KeychainSecretStore m_secrets;
    AccountStore m_accounts;
    SignInController m_controller;
};

} // namespace meterscope
