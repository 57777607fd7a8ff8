// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommandname.h"

#include "cli/clirunner.h"

#include <QCommandLineParser>

namespace meterscope {

QString cliCommandName(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliRunner::addGlobalOptions(&parser);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("version")))
        return QString();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() == QStringLiteral("help"))
        return QString();
    return positional.first();
}

} // namespace meterscope
