// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/meter.h"
#include "domain/site.h"

#include <QAbstractTableModel>

namespace meterscope {

// Every attribute the API gave for a site or a meter, as "attribute | value" rows, in a fixed order
// followed by whatever else the API sent. Text is selectable and copyable (see asText()).
class DetailsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsModel)
public:
    explicit DetailsModel(QObject *parent = nullptr);

    void showSite(const Site &site);
    void showMeter(const Meter &meter, const Site &site);
    void clear();

    // The rows as "Attribute<TAB>Value" lines (all rows, or only `rows` when given).
    [[nodiscard]] QString asText(const QList<int> &rows = {}) const;
    // The value of the first row with this attribute label, for tests and the clipboard.
    [[nodiscard]] QString value(const QString &attribute) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void setRows(QList<QPair<QString, QString>> rows);

    QList<QPair<QString, QString>> m_rows;
};

} // namespace meterscope
