// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sitecommand.h"

#include "api/apiclient.h"
#include "cli/clicontext.h"
#include "cli/portfoliorecords.h"

#include <QCoreApplication>

namespace meterscope {

SiteCommand::SiteCommand()
    : PositionalCommand(QStringLiteral("site"), QStringLiteral("SITE"),
                        QCoreApplication::translate("SiteCommand", "Show one site with all its attributes"))
{
}

void SiteCommand::run(CliContext &context)
{
    context.api()->fetchSite(
        arguments().at(0), context.guard(),
        context.resultHandler<Site>([](const Site &site) { return siteTable({site}, true); }));
}

} // namespace meterscope
