// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"

#include <QSortFilterProxyModel>

namespace meterscope {

// Type-ahead search over names and IDs plus a commodity filter, on top of SiteTreeModel. A site
// stays visible when it matches, when one of its loaded meters matches, or (with a commodity
// filter only) while its meters are not loaded yet. Parents of matching meters stay visible.
class SiteTreeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTreeFilterModel)
public:
    explicit SiteTreeFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_text; }
    // Commodity::Unknown = every commodity.
    void setCommodity(Commodity commodity);
    [[nodiscard]] Commodity commodity() const { return m_commodity; }

    // Whether a row of the source model matches the search text by itself (a meter also the commodity
    // filter), not only through its site or one of its meters. Always false without search text.
    [[nodiscard]] bool matchesOnItsOwn(const QModelIndex &sourceIndex) const;
    // The visible rows (indexes of this model) that match by themselves, in tree order.
    [[nodiscard]] QModelIndexList matchingRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    [[nodiscard]] bool commodityMatches(Commodity commodity) const;
    [[nodiscard]] bool ancestorMatchesText(const QModelIndex &sourceParent) const;

    QString m_text;
    Commodity m_commodity = Commodity::Unknown;
};

} // namespace meterscope
