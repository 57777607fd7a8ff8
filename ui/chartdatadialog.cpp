// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdatadialog.h"

#include "models/chartdatatablemodel.h"
#include "models/chartdocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace meterscope {

ChartDataDialog::ChartDataDialog(ChartDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_model(new ChartDataTableModel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("chartDataDialog"));
    setWindowTitle(tr("Chart data"));
    m_table->setObjectName(QStringLiteral("chartDataTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Chart data"));
    m_table->setAccessibleDescription(
        tr("The values of the chart: one row per period, one column per series; an empty cell has no data"));
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    if (document)
        connect(document, &ChartDocument::seriesChanged, this, &ChartDataDialog::showDocument);
    showDocument();
}

void ChartDataDialog::showDocument()
{
    if (!m_document)
        return;
    m_model->setSeries(m_document->series(), QString::fromUtf8(m_document->axisZone().id()));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

} // namespace meterscope
