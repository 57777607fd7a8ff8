// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sitescommand.h"

#include "api/apiclient.h"
#include "cli/clicontext.h"
#include "cli/portfoliorecords.h"

#include <QCoreApplication>

namespace meterscope {

SitesCommand::SitesCommand()
    : PositionalCommand(QStringLiteral("sites"), QString(),
                        QCoreApplication::translate("SitesCommand", "List every site of the account"))
{
}

void SitesCommand::run(CliContext &context)
{
    context.api()->fetchSites(
        context.guard(),
        context.resultHandler<QList<Site>>([](const QList<Site> &sites) { return siteTable(sites, false); }));
}

} // namespace meterscope
