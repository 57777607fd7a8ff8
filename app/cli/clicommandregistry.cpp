// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommandregistry.h"

#include "cli/chartcommand.h"
#include "cli/exportcommand.h"
#include "cli/logincommand.h"
#include "cli/logoutcommand.h"
#include "cli/metercommand.h"
#include "cli/meterscommand.h"
#include "cli/seriescommand.h"
#include "cli/sitecommand.h"
#include "cli/sitescommand.h"
#include "cli/whoamicommand.h"

namespace meterscope {

CliCommandRegistry CliCommandRegistry::withBuiltInCommands()
{
    CliCommandRegistry registry;
    registry.add(std::make_unique<SitesCommand>());
    registry.add(std::make_unique<SiteCommand>());
    registry.add(std::make_unique<MetersCommand>());
    registry.add(std::make_unique<MeterCommand>());
    registry.add(std::make_unique<SeriesCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<ChartCommand>());
    registry.add(std::make_unique<LoginCommand>());
    registry.add(std::make_unique<LogoutCommand>());
    registry.add(std::make_unique<WhoamiCommand>());
    return registry;
}

void CliCommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand *CliCommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QList<CliCommand *> CliCommandRegistry::commands() const
{
    QList<CliCommand *> list;
    for (const auto &command : m_commands)
        list.append(command.get());
    return list;
}

} // namespace meterscope
