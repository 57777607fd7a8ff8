// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logredactor.h"
#include "export/clicommandregistry.h"
#include "export/clirunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The default API profile is compiled into a static library: register it explicitly.
    Q_INIT_RESOURCE(resources);
    // No token, code or secret reaches stderr, whatever is logged.
    meterscope::LogRedactor::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meterscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MS_VERSION));

    meterscope::CliRunner runner(meterscope::CliCommandRegistry::withBuiltInCommands());
    QObject::connect(&runner, &meterscope::CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
