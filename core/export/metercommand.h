// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/positionalcommand.h"

namespace meterscope {

// meterscope-cli meter SITE METER: Show one meter with all its attributes and measurements
class MeterCommand final : public PositionalCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("meter"); }
    [[nodiscard]] QString summary() const override { return QStringLiteral("Show one meter with all its attributes and measurements"); }
    [[nodiscard]] QString syntax() const override { return QStringLiteral("SITE METER"); }
    void run(CliContext &context) override;
};

} // namespace meterscope
