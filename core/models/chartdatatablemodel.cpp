// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartdatatablemodel.h"

#include "i18n/datepatterns.h"
#include "models/chartlegendnames.h"
#include "timeseries/zonedcalendar.h"

#include <QLocale>

#include <algorithm>

namespace meterscope {

ChartDataTableModel::ChartDataTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChartDataTableModel::setSeries(const QList<ChartSeries> &series, const QString &zoneId)
{
    beginResetModel();
    m_series = series;
    m_names = ChartLegendNames::of(series);
    m_units = ChartDisplayUnits(series);
    m_zoneId = zoneId;
    m_rows.clear();
    for (const ChartSeries &s : series)
        m_rows.insert(m_rows.end(), s.utcMs.begin(), s.utcMs.end());
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    endResetModel();
}

int ChartDataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartDataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_series.isEmpty() ? 0 : int(m_series.size()) + 1;
}

QVariant ChartDataTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const qint64 start = m_rows[size_t(index.row())];
    if (index.column() == 0) {
        if (role != Qt::DisplayRole)
            return {};
        const ZonedCalendar calendar = ZonedCalendar::forZoneId(m_zoneId.toUtf8());
        const QLocale locale;
        const bool wholeDay = calendar.startOfDay(start) == start;
        return wholeDay ? locale.toString(calendar.localDate(start), DatePatterns::weekdayDayMonthYear())
                        : locale.toString(calendar.toLocal(start), DatePatterns::weekdayDayMonthYearTime());
    }
    const ChartSeries &s = m_series[index.column() - 1];
    const auto at = std::lower_bound(s.utcMs.begin(), s.utcMs.end(), start);
    const bool present = at != s.utcMs.end() && *at == start;
    switch (role) {
    case Qt::DisplayRole:
        return present ? m_units.values(s.unit).formatNumber(s.values[size_t(at - s.utcMs.begin())])
                       : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return present ? QVariant() : QVariant(tr("No data"));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartDataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Time (%1)").arg(m_zoneId);
    if (section < 1 || section > m_series.size())
        return {};
    const ChartSeries &s = m_series[section - 1];
    const QString name = section - 1 < m_names.size() ? m_names[section - 1] : s.title;
    return tr("%1 (%2)").arg(name, m_units.values(s.unit).text());
}

} // namespace meterscope
