// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace meterscope {

// The command a meterscope-cli command line runs, found before any application object exists (the
// executable picks the kind of application from it): the first argument after the global options and
// their values, as CliRunner reads it. Empty when there is none, for "help …", and for a command line
// the runner rejects. `arguments` as in QCoreApplication::arguments() (program first).
QString cliCommandName(const QStringList &arguments);

} // namespace meterscope
