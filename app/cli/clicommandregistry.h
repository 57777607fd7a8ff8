// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"

#include <memory>
#include <vector>

namespace meterscope {

// The commands meterscope-cli knows, in the order --help lists them.
class CliCommandRegistry
{
public:
    // sites, site, meters, meter, series — add a new command here with one line.
    static CliCommandRegistry withBuiltInCommands();

    void add(std::unique_ptr<CliCommand> command);
    [[nodiscard]] CliCommand *find(const QString &name) const;
    [[nodiscard]] QList<CliCommand *> commands() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace meterscope
