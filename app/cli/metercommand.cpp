// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/metercommand.h"

#include "api/apiclient.h"
#include "cli/clicontext.h"
#include "cli/portfoliorecords.h"

#include <QCoreApplication>

namespace meterscope {

MeterCommand::MeterCommand()
    : PositionalCommand(QStringLiteral("meter"), QStringLiteral("SITE METER"),
                        QCoreApplication::translate(
                            "MeterCommand", "Show one meter with all its attributes and measurements"))
{
}

void MeterCommand::run(CliContext &context)
{
    context.api()->fetchMeter(
        arguments().at(0), arguments().at(1), context.guard(),
        context.resultHandler<Meter>([](const Meter &meter) { return meterTable({meter}, true); }));
}

} // namespace meterscope
