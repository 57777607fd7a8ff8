// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "models/detailsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace meterscope {

DetailsPanel::DetailsPanel(QWidget *parent) : QWidget(parent), m_model(new DetailsModel(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(tr("Details"), this);
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading, 1);
    auto *copy = new QPushButton(tr("Copy all"), this);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setToolTip(tr("Copy every attribute to the clipboard"));
    top->addWidget(copy);
    layout->addLayout(top);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("detailsTable"));
    m_table->setAccessibleName(tr("Details"));
    m_table->setAccessibleDescription(tr("The attributes of the selected site or meter"));
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyAction);
    layout->addWidget(m_table, 1);
    connect(copyAction, &QAction::triggered, this, &DetailsPanel::copySelection);
    connect(copy, &QPushButton::clicked, this, &DetailsPanel::copyAll);
}

void DetailsPanel::showSite(const Site &site)
{
    m_heading->setText(tr("Site details"));
    m_model->showSite(site);
    m_table->resizeColumnToContents(0);
}

void DetailsPanel::showMeter(const Meter &meter, const Site &site)
{
    m_heading->setText(tr("Meter details"));
    m_model->showMeter(meter, site);
    m_table->resizeColumnToContents(0);
}

void DetailsPanel::clear()
{
    m_heading->setText(tr("Details"));
    m_model->clear();
}

void DetailsPanel::copySelection() const
{
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty())
        return copyAll();
    QApplication::clipboard()->setText(m_model->asText(rows));
}

void DetailsPanel::copyAll() const
{
    QApplication::clipboard()->setText(m_model->asText());
}

} // namespace meterscope
