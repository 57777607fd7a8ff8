// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/resulttable.h"

#include "export/decimaltext.h"

namespace meterscope {

ResultTable::Cell ResultTable::text(const QString &value)
{
    if (value.isEmpty())
        return Cell{QJsonValue(QJsonValue::Null), QString()};
    return Cell{QJsonValue(value), value};
}

ResultTable::Cell ResultTable::number(std::optional<double> value)
{
    if (!value)
        return Cell{QJsonValue(QJsonValue::Null), QString()};
    return Cell{QJsonValue(*value), decimalText(*value)};
}

ResultTable::Cell ResultTable::nested(const QJsonValue &json, const QString &text)
{
    return Cell{json, text};
}

ResultTable::ResultTable(const QStringList &keys, bool singleRecord)
    : m_keys(keys), m_singleRecord(singleRecord)
{
}

void ResultTable::addRow(const QList<Cell> &row)
{
    Q_ASSERT(row.size() == m_keys.size());
    m_rows.append(row);
}

} // namespace meterscope
