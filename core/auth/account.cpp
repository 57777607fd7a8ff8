// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/account.h"

namespace meterscope {

QString Account::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PersonalAccessToken:
        return QStringLiteral("pat");
    case Kind::OAuth:
        return QStringLiteral("oauth");
    case Kind::Demo:
        return QStringLiteral("demo");
    }
    return QString();
}

bool Account::kindFromName(const QString &name, Kind *kind)
{
    for (const Kind candidate : {Kind::PersonalAccessToken, Kind::OAuth, Kind::Demo}) {
        if (name == kindName(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace meterscope
