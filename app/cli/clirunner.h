// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommandregistry.h"
#include "cli/cliexitcode.h"

#include <QObject>

#include <memory>

class QCommandLineParser;

namespace meterscope {

class ApiClient;
class CliContext;
class CliSignIn;
class StaticTokenSource;

// meterscope-cli: reads the global options (--base-url, --profile, --format, --output), picks the
// command from the registry, lets it read its own arguments, gives it an ApiClient authenticated with
// the PAT in METERSCOPE_TOKEN, and reports the outcome: the result on stdout (or --output), or
// exactly one error line on stderr — never the token — and an exit code (see CliExitCode).
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)
public:
    // The options every command line may give before its command (--base-url, --format, ...).
    static void addGlobalOptions(QCommandLineParser *parser);
    explicit CliRunner(CliCommandRegistry registry, QObject *parent = nullptr);
    ~CliRunner() override;

    // `arguments` as in QCoreApplication::arguments() (program first). finished() always follows
    // from the event loop, even when the arguments are rejected at once.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);
    // Once the options are read, before the command starts: whether the user asked for the request
    // log (--verbose). The executable sets the process's logging rules from it.
    void verbosityChosen(bool verbose);

private:
    [[nodiscard]] QString toolHelp() const;
    [[nodiscard]] QString commandHelp(CliCommand *command) const;
    void startCommand(CliCommand *command, QCommandLineParser &parser, const QStringList &arguments);
    void printHelp(const QString &text);
    void complete(CliExitCode code, const QString &errorLine);

    CliCommandRegistry m_registry;
    std::unique_ptr<StaticTokenSource> m_tokenSource;
    std::unique_ptr<CliSignIn> m_storedSignIn;
    std::unique_ptr<ApiClient> m_ownedApi; // METERSCOPE_TOKEN, or a stored sign-in with --profile
    ApiClient *m_api = nullptr;            // m_ownedApi, or the stored sign-in's own client
    QObject *m_guard = nullptr;
    std::unique_ptr<CliContext> m_context;
    bool m_completed = false;
};

} // namespace meterscope
