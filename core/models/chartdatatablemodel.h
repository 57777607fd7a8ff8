// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartdisplayunits.h"
#include "models/chartseries.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <vector>

namespace meterscope {

// What the chart draws, as a table that a keyboard and a screen reader can walk: one row per period
// or interval start (in the axis zone, in the application's date format), one column per series
// (its legend name and unit), each value as the chart shows it. A period without data is an empty
// cell that says "No data".
class ChartDataTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ChartDataTableModel(QObject *parent = nullptr);

    void setSeries(const QList<ChartSeries> &series, const QString &zoneId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ChartSeries> m_series;
    QStringList m_names;
    ChartDisplayUnits m_units;
    QString m_zoneId;
    std::vector<qint64> m_rows; // the starts of every series' points, in order, once each
};

} // namespace meterscope
