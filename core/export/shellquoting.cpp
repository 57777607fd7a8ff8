// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/shellquoting.h"

#include <QRegularExpression>

namespace meterscope {

QString shellQuoted(const QStringList &arguments)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList quoted;
    for (const QString &argument : arguments) {
        quoted.append(plain.match(argument).hasMatch()
                          ? argument
                          : u'\'' + QString(argument).replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    }
    return quoted.join(u' ');
}

} // namespace meterscope
