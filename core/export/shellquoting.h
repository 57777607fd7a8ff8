// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace meterscope {

// The arguments as one POSIX shell command line: plain words as they are, anything else in single
// quotes ('it'\''s'), so that pasting the line into a shell passes exactly these arguments.
QString shellQuoted(const QStringList &arguments);

} // namespace meterscope
