// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/positionalcommand.h"

namespace meterscope {

// meterscope-cli sites: List every site of the account
class SitesCommand final : public PositionalCommand
{
public:
    SitesCommand();
    void run(CliContext &context) override;
};

} // namespace meterscope
