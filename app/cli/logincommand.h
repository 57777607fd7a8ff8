// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "cli/clicommand.h"

#include <memory>

namespace meterscope {

class CliSignIn;

// meterscope-cli login [--pat] [--browser CMD]: signs in through the browser (OAuth, loopback redirect)
// or with a personal access token read from stdin (no echo at a terminal), checked with one API call;
// the refresh token or PAT is kept in the OS keychain for later commands.
class LoginCommand final : public CliCommand
{
public:
    LoginCommand();
    ~LoginCommand() override;

    [[nodiscard]] QString name() const override { return QStringLiteral("login"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] bool needsApi() const override { return false; }
    QString parse(const QCommandLineParser &parser, const QStringList &arguments) override;
    void run(CliContext &context) override;

private:
    void runPat(CliContext &context);
    void runBrowser(CliContext &context);

    bool m_pat = false;
    bool m_secretFromStdin = false;
    QString m_browser;
    QString m_profilePath;
    QString m_clientId;
    ApiProfile m_profile;
    std::unique_ptr<CliSignIn> m_signIn;
};

} // namespace meterscope
