// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logredactor.h"
#include "cli/clicommandname.h"
#include "cli/clicommandregistry.h"
#include "cli/clirunner.h"
#include "i18n/applicationlanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

const QString kChartCommand = QStringLiteral("chart");

// The log a run without --verbose keeps off stderr, which then carries exactly one line per failure:
// Meterscope's own, and for `chart` the notes of the platform its chart widget runs on (no
// XDG_RUNTIME_DIR under cron, window hints the offscreen platform ignores).
QString quietRules(bool drawing)
{
    QString rules =
        QStringLiteral("meterscope.*.debug=false\nmeterscope.*.info=false\nmeterscope.*.warning=false");
    if (drawing)
        rules += QStringLiteral("\ndefault.warning=false\nqt.*.warning=false");
    return rules;
}

// `chart` draws with the desktop app's chart widget (Qt Charts, on QGraphicsView): it needs a
// QApplication, on the offscreen platform unless QT_QPA_PLATFORM chooses one, so that it runs without
// a display (from cron). Every other command needs no display: `login` opens the system's browser.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool drawing)
{
    if (!drawing)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(quietRules(drawing));
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // No token, code or secret reaches stderr, whatever is logged.
    meterscope::LogRedactor::install();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool drawing = meterscope::cliCommandName(arguments) == kChartCommand;
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, drawing);
    QCoreApplication::setApplicationName(QStringLiteral("meterscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MS_VERSION));
    // Messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); what scripts read (CSV,
    // JSON, ISO 8601 times) keeps its fixed format.
    meterscope::ApplicationLanguage::install(QString());

    meterscope::CliRunner runner(meterscope::CliCommandRegistry::withBuiltInCommands());
    QObject::connect(&runner, &meterscope::CliRunner::finished, app.get(), &QCoreApplication::exit);
    // stderr carries exactly one line per failure unless the user asks for the request log.
    QObject::connect(&runner, &meterscope::CliRunner::verbosityChosen, app.get(), [drawing](bool verbose) {
        QLoggingCategory::setFilterRules(verbose ? QString() : quietRules(drawing));
    });
    runner.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
