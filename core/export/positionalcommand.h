// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/clicommand.h"

namespace meterscope {

// A command that takes exactly the positional arguments its syntax() names ("SITE METER") and no
// options of its own.
class PositionalCommand : public CliCommand
{
public:
    QString parse(const QCommandLineParser &parser, const QStringList &arguments) override;

protected:
    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }

private:
    QStringList m_arguments;
};

} // namespace meterscope
