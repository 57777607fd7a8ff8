// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace meterscope::emulator {

// What the emulator needs of one HTTP request, copied out of the server's request object.
struct EmulatorRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    [[nodiscard]] QByteArray header(const char *lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
    // A query item, fully decoded; empty when absent.
    [[nodiscard]] QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    [[nodiscard]] bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
};

} // namespace meterscope::emulator
