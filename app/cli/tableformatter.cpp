// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/tableformatter.h"

#include "cli/resulttable.h"

namespace meterscope {

namespace {

QString trimmedRight(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1) == u' ')
        --end;
    return line.left(end);
}

} // namespace

QByteArray TableFormatter::format(const ResultTable &table) const
{
    const QStringList &keys = table.keys();
    QString out;
    if (table.isSingleRecord()) {
        qsizetype keyWidth = 0;
        for (const QString &key : keys)
            keyWidth = std::max(keyWidth, key.size());
        for (const QList<ResultTable::Cell> &row : table.rows()) {
            for (qsizetype c = 0; c < keys.size(); ++c)
                out += trimmedRight(keys.at(c).leftJustified(keyWidth + 2) + row.at(c).text) + u'\n';
        }
        return out.toUtf8();
    }

    QList<qsizetype> widths;
    QList<bool> numeric;
    for (qsizetype c = 0; c < keys.size(); ++c) {
        qsizetype width = keys.at(c).size();
        bool allNumbers = !table.rows().isEmpty();
        for (const QList<ResultTable::Cell> &row : table.rows()) {
            width = std::max(width, row.at(c).text.size());
            allNumbers = allNumbers && (row.at(c).json.isDouble() || row.at(c).json.isNull());
        }
        widths.append(width);
        numeric.append(allNumbers);
    }
    const auto appendLine = [&](const auto &cellText) {
        QString line;
        for (qsizetype c = 0; c < keys.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            const QString text = cellText(c);
            line += numeric.at(c) ? text.rightJustified(widths.at(c)) : text.leftJustified(widths.at(c));
        }
        out += trimmedRight(line) + u'\n';
    };
    appendLine([&](qsizetype c) { return keys.at(c); });
    appendLine([&](qsizetype c) { return QString(widths.at(c), u'-'); });
    for (const QList<ResultTable::Cell> &row : table.rows())
        appendLine([&](qsizetype c) { return row.at(c).text; });
    return out.toUtf8();
}

} // namespace meterscope
