// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/positionalcommand.h"

namespace meterscope {

// meterscope-cli meter SITE METER: Show one meter with all its attributes and measurements
class MeterCommand final : public PositionalCommand
{
public:
    MeterCommand();
    void run(CliContext &context) override;
};

} // namespace meterscope
