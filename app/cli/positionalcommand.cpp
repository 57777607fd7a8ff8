// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/positionalcommand.h"

#include <QCoreApplication>

namespace meterscope {

PositionalCommand::PositionalCommand(const QString &name, const QString &syntax, const QString &summary)
    : m_name(name), m_syntax(syntax), m_summary(summary)
{
}

QString PositionalCommand::parse(const QCommandLineParser &parser, const QStringList &arguments)
{
    Q_UNUSED(parser)
    m_arguments = arguments;
    const qsizetype expected = syntax().split(u' ', Qt::SkipEmptyParts).size();
    if (arguments.size() == expected)
        return QString();
    const QString usage = QString(name() + u' ' + syntax()).trimmed();
    if (arguments.size() < expected)
        return QCoreApplication::translate("PositionalCommand", "missing argument — usage: meterscope-cli %1")
            .arg(usage);
    return QCoreApplication::translate("PositionalCommand",
                                       "unexpected argument \"%1\" — usage: meterscope-cli %2")
        .arg(arguments.at(expected), usage);
}

} // namespace meterscope
