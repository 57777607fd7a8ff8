// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttotalssplitter.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace meterscope {

namespace {
constexpr int kMinRows = 2;            // the table is never shorter than its header and this many rows
constexpr int kMaxFittedRows = 8;      // beyond this, the table scrolls unless the user makes it taller
constexpr double kMaxTableShare = 0.4; // of the height, when fitted: the chart keeps the rest
} // namespace

ChartTotalsSplitter::ChartTotalsSplitter(QWidget *chart, QTableView *table, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_table(table)
{
    setObjectName(QStringLiteral("chartTotalsSplitter"));
    setChildrenCollapsible(false);
    addWidget(chart);
    addWidget(table);
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    m_table->setMinimumHeight(tableHeightFor(kMinRows));
    connect(this, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ChartTotalsSplitter::fitTable);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartTotalsSplitter::fitTable);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartTotalsSplitter::fitTable);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ChartTotalsSplitter::fitTable);
}

int ChartTotalsSplitter::tableHeightFor(int rows) const
{
    int height = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height() +
                 rows * m_table->verticalHeader()->defaultSectionSize();
    if (m_table->horizontalScrollBar()->isVisible())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    return height;
}

QByteArray ChartTotalsSplitter::saveUserState() const
{
    return m_userSized ? saveState() : QByteArray();
}

void ChartTotalsSplitter::restoreUserState(const QByteArray &state)
{
    if (!state.isEmpty() && restoreState(state))
        m_userSized = true;
}

void ChartTotalsSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    fitTable();
}

void ChartTotalsSplitter::fitTable()
{
    m_table->setMinimumHeight(tableHeightFor(kMinRows));
    if (m_userSized || height() <= 0)
        return;
    const QList<int> current = sizes();
    const int total = current.value(0) + current.value(1);
    if (total <= 0)
        return;
    const int rows = std::clamp(m_table->model()->rowCount(), kMinRows, kMaxFittedRows);
    const int cap = std::max(m_table->minimumHeight(), int(total * kMaxTableShare));
    const int table = std::min(tableHeightFor(rows), cap);
    setSizes({total - table, table});
}

} // namespace meterscope
