// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace meterscope {

// What a CLI command prints, before it is formatted: named columns (the stable JSON keys and the
// CSV/table headers) and rows of cells. Each cell carries its JSON value and its text for tables
// and CSV. A single record (one site, one meter) prints as an object / a key-value list.
class ResultTable
{
public:
    struct Cell
    {
        QJsonValue json;
        QString text;
    };

    // An empty string is absent: JSON null, empty text.
    static Cell text(const QString &value);
    // '.' and up to 6 decimals in text; no value: null.
    static Cell number(std::optional<double> value);
    // Structured JSON (an array of measurements, ...) with its one-line text form.
    static Cell nested(const QJsonValue &json, const QString &text);

    explicit ResultTable(const QStringList &keys, bool singleRecord = false);

    void addRow(const QList<Cell> &row); // one cell per key, in key order
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    [[nodiscard]] const QStringList &keys() const { return m_keys; }
    [[nodiscard]] const QList<QList<Cell>> &rows() const { return m_rows; }
    [[nodiscard]] bool isSingleRecord() const { return m_singleRecord; }

private:
    QStringList m_keys;
    QList<QList<Cell>> m_rows;
    bool m_singleRecord = false;
};

} // namespace meterscope
