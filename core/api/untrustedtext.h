// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// Text that came from outside (a server's error description, a sign-in callback's parameters) made fit
// to show in a terminal, a log line or a page: control characters (C0, DEL, C1) and bidirectional
// overrides become U+FFFD, so no escape sequence reaches a terminal; optionally shortened.
class UntrustedText
{
public:
    // `maxLength` < 0: no limit; else at most that many characters and "…".
    static QString printable(const QString &text, qsizetype maxLength = -1);
};

} // namespace meterscope
