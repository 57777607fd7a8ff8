// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonformatter.h"

#include "cli/resulttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meterscope {

QByteArray JsonFormatter::format(const ResultTable &table) const
{
    QJsonArray records;
    for (const QList<ResultTable::Cell> &row : table.rows()) {
        QJsonObject record;
        for (qsizetype c = 0; c < table.keys().size(); ++c)
            record.insert(table.keys().at(c), row.at(c).json);
        records.append(record);
    }
    if (table.isSingleRecord() && records.size() == 1)
        return QJsonDocument(records.first().toObject()).toJson(QJsonDocument::Indented);
    return QJsonDocument(records).toJson(QJsonDocument::Indented);
}

} // namespace meterscope
