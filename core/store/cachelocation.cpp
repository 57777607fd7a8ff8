// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cachelocation.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace meterscope {

QString CacheLocation::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/meterscope");
}

QString CacheLocation::pathFor(const QString &accountId)
{
    const QByteArray hash = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256);
    return directory() + QStringLiteral("/account-") + QString::fromLatin1(hash.toHex().left(24)) +
           QStringLiteral(".sqlite");
}

} // namespace meterscope
