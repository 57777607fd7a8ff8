// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace meterscope {

class CliContext;

// One meterscope-cli command ("sites", "series", ...). A command is a class in its own file,
// registered with one line in CliCommandRegistry::withBuiltInCommands(). The runner parses the
// global options, lets the command read its arguments, then calls run(); the command ends by calling
// exactly one of CliContext's finish…/fail… functions, possibly later from an API callback.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    [[nodiscard]] virtual QString name() const = 0;
    // One line for the command list of --help.
    [[nodiscard]] virtual QString summary() const = 0;
    // Argument syntax after the name, e.g. "SITE METER".
    [[nodiscard]] virtual QString syntax() const { return QString(); }
    // Further paragraphs for "<command> --help".
    [[nodiscard]] virtual QString description() const { return QString(); }
    [[nodiscard]] virtual QList<QCommandLineOption> options() const { return {}; }
    // True for commands that can write --format xlsx (to --output).
    [[nodiscard]] virtual bool writesWorkbooks() const { return false; }
    // False for commands that do not call the API (they get no ApiClient and need no token).
    [[nodiscard]] virtual bool needsApi() const { return true; }
    // Reads the positional arguments that follow the name, and the options. Returns a one-line
    // usage error, or an empty string when the command can run.
    virtual QString parse(const QCommandLineParser &parser, const QStringList &arguments) = 0;
    virtual void run(CliContext &context) = 0;
};

} // namespace meterscope
