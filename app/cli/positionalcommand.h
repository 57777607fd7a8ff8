// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"

namespace meterscope {

// A command that takes exactly the positional arguments its syntax() names ("SITE METER") and no
// options of its own.
class PositionalCommand : public CliCommand
{
public:
    PositionalCommand(const QString &name, const QString &syntax, const QString &summary);

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] QString summary() const override { return m_summary; }
    [[nodiscard]] QString syntax() const override { return m_syntax; }
    QString parse(const QCommandLineParser &parser, const QStringList &arguments) override;

protected:
    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }

private:
    QString m_name;
    QString m_syntax;
    QString m_summary;
    QStringList m_arguments;
};

} // namespace meterscope
