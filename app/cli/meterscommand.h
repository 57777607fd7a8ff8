// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/positionalcommand.h"

namespace meterscope {

// meterscope-cli meters SITE: List the meters of a site with their measurements
class MetersCommand final : public PositionalCommand
{
public:
    MetersCommand();
    void run(CliContext &context) override;
};

} // namespace meterscope
