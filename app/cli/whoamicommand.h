// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/positionalcommand.h"

#include <memory>

namespace meterscope {

class CliSignIn;

// meterscope-cli whoami: the account later commands use and whether its sign-in is stored.
class WhoamiCommand final : public PositionalCommand
{
public:
    WhoamiCommand();
    ~WhoamiCommand() override;
    [[nodiscard]] bool needsApi() const override { return false; }
    void run(CliContext &context) override;

private:
    std::unique_ptr<CliSignIn> m_signIn;
};

} // namespace meterscope
