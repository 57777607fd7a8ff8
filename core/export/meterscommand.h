// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/positionalcommand.h"

namespace meterscope {

// meterscope-cli meters SITE: List the meters of a site with their measurements
class MetersCommand final : public PositionalCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("meters"); }
    [[nodiscard]] QString summary() const override { return QStringLiteral("List the meters of a site with their measurements"); }
    [[nodiscard]] QString syntax() const override { return QStringLiteral("SITE"); }
    void run(CliContext &context) override;
};

} // namespace meterscope
