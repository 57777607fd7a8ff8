// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QTableView;

namespace meterscope {

class ChartDataTableModel;
class ChartDocument;

// The chart's values as a table (View → Chart data as a table), for the keyboard and screen readers:
// arrow keys walk the periods and series, and the table follows the chart as it changes.
class ChartDataDialog final : public QDialog
{
    Q_OBJECT
public:
    ChartDataDialog(ChartDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }

private:
    void showDocument();

    QPointer<ChartDocument> m_document;
    ChartDataTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace meterscope
