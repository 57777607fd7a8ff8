// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/positionalcommand.h"

#include <memory>

namespace meterscope {

class CliSignIn;

// meterscope-cli logout: deletes the stored sign-in (refresh token, PAT) of the last used account.
class LogoutCommand final : public PositionalCommand
{
public:
    LogoutCommand();
    ~LogoutCommand() override;
    [[nodiscard]] bool needsApi() const override { return false; }
    void run(CliContext &context) override;

private:
    std::unique_ptr<CliSignIn> m_signIn;
};

} // namespace meterscope
