// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/positionalcommand.h"

namespace meterscope {

// meterscope-cli site SITE: Show one site with all its attributes
class SiteCommand final : public PositionalCommand
{
public:
    SiteCommand();
    void run(CliContext &context) override;
};

} // namespace meterscope
