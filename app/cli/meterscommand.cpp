// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/meterscommand.h"

#include "api/apiclient.h"
#include "cli/clicontext.h"
#include "cli/portfoliorecords.h"

#include <QCoreApplication>

namespace meterscope {

MetersCommand::MetersCommand()
    : PositionalCommand(
          QStringLiteral("meters"), QStringLiteral("SITE"),
          QCoreApplication::translate("MetersCommand", "List the meters of a site with their measurements"))
{
}

void MetersCommand::run(CliContext &context)
{
    context.api()->fetchMeters(arguments().at(0), context.guard(),
                               context.resultHandler<QList<Meter>>(
                                   [](const QList<Meter> &meters) { return meterTable(meters, false); }));
}

} // namespace meterscope
