// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvfield.h"

namespace meterscope {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const bool needsQuotes =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

} // namespace meterscope
