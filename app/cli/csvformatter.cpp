// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/csvformatter.h"

#include "cli/resulttable.h"
#include "export/csvfield.h"

namespace meterscope {

QByteArray CsvFormatter::format(const ResultTable &table) const
{
    QByteArray out;
    const auto appendLine = [&out](qsizetype count, const auto &field) {
        for (qsizetype c = 0; c < count; ++c) {
            if (c > 0)
                out += ',';
            out += field(c);
        }
        out += '\n';
    };
    const qsizetype columns = table.keys().size();
    appendLine(columns, [&](qsizetype c) { return csvField(table.keys().at(c)); });
    for (const QList<ResultTable::Cell> &row : table.rows()) {
        appendLine(columns, [&](qsizetype c) {
            const ResultTable::Cell &cell = row.at(c);
            return cell.json.isDouble() ? csvNumberField(cell.text) : csvField(cell.text);
        });
    }
    return out;
}

} // namespace meterscope
