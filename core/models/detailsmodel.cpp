// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/detailsmodel.h"

#include "models/chartlegendnames.h"

#include <QLocale>

namespace meterscope {

namespace {
using Rows = QList<QPair<QString, QString>>;

void addRow(Rows &rows, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        rows.append({label, value});
}

void addNumber(Rows &rows, const QString &label, const std::optional<double> &value,
               const QString &unit = QString())
{
    if (!value)
        return;
    QString text = QLocale().toString(*value, 'g', 10);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    rows.append({label, text});
}

void addOthers(Rows &rows, const QList<QPair<QString, QString>> &others)
{
    for (const auto &pair : others)
        addRow(rows, pair.first, pair.second);
}
} // namespace

DetailsModel::DetailsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DetailsModel::showSite(const Site &site)
{
    Rows rows;
    addRow(rows, tr("Site"), site.name);
    addRow(rows, tr("Site ID"), site.id);
    addRow(rows, tr("Type"), ChartLegendNames::readable(site.type));
    addRow(rows, tr("Source system"), site.sourceSystemId);
    addRow(rows, tr("Address"), site.address);
    addRow(rows, tr("Postal code"), site.zipCode);
    addRow(rows, tr("City"), site.city);
    addRow(rows, tr("State / province"), site.stateProvince);
    addRow(rows, tr("Country"), site.countryIsoCode);
    addRow(rows, tr("Time zone"), site.timeZoneId);
    addNumber(rows, tr("Latitude"), site.latitude);
    addNumber(rows, tr("Longitude"), site.longitude);
    addNumber(rows, tr("Gross area"), site.grossAreaM2, QStringLiteral("m²"));
    addNumber(rows, tr("Building occupants"), site.buildingOccupants);
    addNumber(rows, tr("Weekly operating hours"), site.weeklyOperatingHours, QStringLiteral("h"));
    addOthers(rows, site.otherAttributes);
    setRows(std::move(rows));
}

void DetailsModel::showMeter(const Meter &meter, const Site &site)
{
    Rows rows;
    addRow(rows, tr("Meter"), meter.name);
    addRow(rows, tr("Meter ID"), meter.id);
    addRow(rows, tr("Site"), site.name);
    addRow(rows, tr("Site ID"), meter.siteId.isEmpty() ? site.id : meter.siteId);
    // Words for people, not the API's identifiers: "District heating", "Main meter", "Active energy".
    addRow(rows, tr("Commodity"),
           meter.commodity != Commodity::Unknown || meter.commodityText.isEmpty()
               ? commodityDisplayName(meter.commodity)
               : ChartLegendNames::readable(meter.commodityText));
    addRow(rows, tr("Usage"), ChartLegendNames::readable(meter.usage));
    addRow(rows, tr("Parent meter ID"), meter.parentMeterId);
    addRow(rows, tr("Gateway ID"), meter.gatewayId);
    addRow(rows, tr("Time zone"), site.timeZoneId);
    for (const Measurement &m : meter.measurements) {
        const QString name = ChartLegendNames::readable(m.name);
        QString text = m.unit.isEmpty() ? name : tr("%1 (%2)").arg(name, m.unit);
        text += tr(" · ID %1").arg(m.id);
        if (!m.timeseriesKey.isEmpty())
            text += tr(" · series key %1").arg(m.timeseriesKey);
        rows.append({tr("Measurement"), text});
    }
    addOthers(rows, meter.otherAttributes);
    setRows(std::move(rows));
}

void DetailsModel::clear()
{
    setRows({});
}

void DetailsModel::setRows(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString DetailsModel::asText(const QList<int> &rows) const
{
    QStringList lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (rows.isEmpty() || rows.contains(row))
            lines.append(m_rows[row].first + QLatin1Char('\t') + m_rows[row].second);
    }
    return lines.join(QLatin1Char('\n'));
}

QString DetailsModel::value(const QString &attribute) const
{
    for (const auto &row : m_rows) {
        if (row.first == attribute)
            return row.second;
    }
    return {};
}

int DetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant DetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        const auto &row = m_rows[index.row()];
        return index.column() == 0 ? row.first : row.second;
    }
    return {};
}

QVariant DetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Attribute") : tr("Value");
}

} // namespace meterscope
