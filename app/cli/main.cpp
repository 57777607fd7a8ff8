// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logredactor.h"
#include "cli/clicommandregistry.h"
#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // No token, code or secret reaches stderr, whatever is logged.
    meterscope::LogRedactor::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meterscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MS_VERSION));

    meterscope::CliRunner runner(meterscope::CliCommandRegistry::withBuiltInCommands());
    QObject::connect(&runner, &meterscope::CliRunner::finished, &app, &QCoreApplication::exit);
    // stderr carries exactly one line per failure unless the user asks for the request log.
    QObject::connect(&runner, &meterscope::CliRunner::verbosityChosen, &app, [](bool verbose) {
        if (!verbose)
            QLoggingCategory::setFilterRules(QStringLiteral(
                "meterscope.*.debug=false\nmeterscope.*.info=false\nmeterscope.*.warning=false"));
    });
    runner.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
