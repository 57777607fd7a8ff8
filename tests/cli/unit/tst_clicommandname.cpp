// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommand.h"
#include "cli/clicommandname.h"
#include "cli/clicommandregistry.h"
#include "cli/clicontext.h"
#include "cli/clirunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace meterscope;

namespace {

// A command that needs no API and only notes that it ran.
class RecordingCommand final : public CliCommand
{
public:
    RecordingCommand(QString name, QString *ran) : m_name(std::move(name)), m_ran(ran) {}

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] QString summary() const override { return m_name; }
    [[nodiscard]] QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("png"), QString(), QStringLiteral("FILE"))};
    }
    [[nodiscard]] bool needsApi() const override { return false; }
    QString parse(const QCommandLineParser &, const QStringList &) override { return QString(); }
    void run(CliContext &context) override
    {
        *m_ran = m_name;
        context.fail(CliExitCode::Usage, QString());
    }

private:
    QString m_name;
    QString *m_ran;
};

} // namespace

// meterscope-cli picks its kind of application from the command name before CliRunner runs: both must
// find the same command in every command line.
class TestCliCommandName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheCommandTheRunnerRuns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        const QString url = QStringLiteral("http://127.0.0.1:9/v1");
        QTest::newRow("alone") << QStringList{QStringLiteral("chart")} << QStringLiteral("chart");
        QTest::newRow("after-a-value")
            << QStringList{QStringLiteral("--base-url"), url, QStringLiteral("chart")}
            << QStringLiteral("chart");
        QTest::newRow("after-an-attached-value")
            << QStringList{QStringLiteral("--base-url=") + url, QStringLiteral("sites")}
            << QStringLiteral("sites");
        QTest::newRow("single-dash") << QStringList{QStringLiteral("-format"), QStringLiteral("csv"),
                                                    QStringLiteral("chart")}
                                     << QStringLiteral("chart");
        QTest::newRow("value-named-like-a-command")
            << QStringList{QStringLiteral("--output"), QStringLiteral("chart"), QStringLiteral("sites")}
            << QStringLiteral("sites");
        QTest::newRow("after-a-flag")
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("chart")} << QStringLiteral("chart");
        QTest::newRow("argument-named-like-a-command")
            << QStringList{QStringLiteral("sites"), QStringLiteral("--png"), QStringLiteral("chart")}
            << QStringLiteral("sites");
        QTest::newRow("help-of-a-command")
            << QStringList{QStringLiteral("help"), QStringLiteral("chart")} << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("--version"), QStringLiteral("chart")}
                                 << QString();
        QTest::newRow("unknown-option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("chart")} << QString();
        QTest::newRow("none") << QStringList() << QString();
    }

    void findsTheCommandTheRunnerRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        arguments.prepend(QStringLiteral("meterscope-cli"));
        QCOMPARE(cliCommandName(arguments), command);

        QString ran;
        CliCommandRegistry registry;
        registry.add(std::make_unique<RecordingCommand>(QStringLiteral("chart"), &ran));
        registry.add(std::make_unique<RecordingCommand>(QStringLiteral("sites"), &ran));
        CliRunner runner(std::move(registry));
        QSignalSpy finished(&runner, &CliRunner::finished);
        runner.start(arguments);
        QVERIFY(finished.wait(5000));
        QCOMPARE(ran, command);
    }
};

QTEST_GUILESS_MAIN(TestCliCommandName)
#include "tst_clicommandname.moc"
