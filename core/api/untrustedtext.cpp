// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/untrustedtext.h"

namespace meterscope {

QString UntrustedText::printable(const QString &text, qsizetype maxLength)
{
    QString out =
        maxLength >= 0 && text.size() > maxLength ? text.left(maxLength) + QStringLiteral("…") : text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            c = QChar(0xfffd);
    }
    return out;
}

} // namespace meterscope
