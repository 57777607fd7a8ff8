// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sitetreefiltermodel.h"

#include "models/sitetreemodel.h"

namespace meterscope {

SiteTreeFilterModel::SiteTreeFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void SiteTreeFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void SiteTreeFilterModel::setCommodity(Commodity commodity)
{
    if (commodity == m_commodity)
        return;
    m_commodity = commodity;
    invalidateRowsFilter();
}

bool SiteTreeFilterModel::commodityMatches(Commodity commodity) const
{
    if (m_commodity == Commodity::Unknown)
        return true;
    if (m_commodity == Commodity::DistrictHeating) // "heat" covers steam as well
        return commodity == Commodity::DistrictHeating || commodity == Commodity::Steam;
    return commodity == m_commodity;
}

bool SiteTreeFilterModel::ancestorMatchesText(const QModelIndex &sourceParent) const
{
    // Searching for a site shows all of its meters, not only those whose own name matches.
    for (QModelIndex p = sourceParent; p.isValid(); p = p.parent()) {
        if (p.data(SiteTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool SiteTreeFilterModel::matchesOnItsOwn(const QModelIndex &sourceIndex) const
{
    if (m_text.isEmpty() || !sourceIndex.isValid() ||
        !sourceIndex.data(SiteTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    const auto kind = SiteTreeModel::NodeKind(sourceIndex.data(SiteTreeModel::KindRole).toInt());
    return kind == SiteTreeModel::NodeKind::Site ||
           commodityMatches(Commodity(sourceIndex.data(SiteTreeModel::CommodityRole).toInt()));
}

QModelIndexList SiteTreeFilterModel::matchingRows() const
{
    QModelIndexList matches;
    if (m_text.isEmpty())
        return matches;
    QModelIndexList stack;
    for (int row = rowCount() - 1; row >= 0; --row)
        stack.append(index(row, 0));
    while (!stack.isEmpty()) {
        const QModelIndex current = stack.takeLast();
        if (matchesOnItsOwn(mapToSource(current)))
            matches.append(current);
        for (int row = rowCount(current) - 1; row >= 0; --row)
            stack.append(index(row, 0, current));
    }
    return matches;
}

bool SiteTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = SiteTreeModel::NodeKind(idx.data(SiteTreeModel::KindRole).toInt());
    const bool textMatches =
        m_text.isEmpty() ||
        idx.data(SiteTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
    if (kind == SiteTreeModel::NodeKind::Meter)
        return (textMatches || ancestorMatchesText(sourceParent)) &&
               commodityMatches(Commodity(idx.data(SiteTreeModel::CommodityRole).toInt()));
    // A site: its own text, or (recursive filtering) one of its meters. With only a commodity
    // filter, a site whose meters are unknown stays so it can still be expanded.
    if (m_commodity == Commodity::Unknown)
        return textMatches;
    const auto state = SiteTreeModel::LoadState(idx.data(SiteTreeModel::LoadStateRole).toInt());
    const bool metersUnknown = state != SiteTreeModel::LoadState::Loaded;
    return textMatches && metersUnknown;
}

} // namespace meterscope
