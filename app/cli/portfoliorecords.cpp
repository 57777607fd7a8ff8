// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/portfoliorecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace meterscope {

namespace {

using Cell = ResultTable::Cell;

Cell attributesCell(const QList<QPair<QString, QString>> &attributes)
{
    QJsonObject json;
    QStringList text;
    for (const auto &[key, value] : attributes) {
        json.insert(key, value);
        text.append(key + u'=' + value);
    }
    return ResultTable::nested(json, text.join(QStringLiteral("; ")));
}

Cell measurementsCell(const QList<Measurement> &measurements)
{
    QJsonArray json;
    QStringList text;
    for (const Measurement &m : measurements) {
        json.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("unit"), m.unit},
                                {QStringLiteral("timeseriesKey"), m.timeseriesKey}});
        text.append(
            QStringLiteral("%1 (%2, id %3)")
                .arg(m.name,
                     m.unit.isEmpty() ? QCoreApplication::translate("PortfolioRecords", "no unit") : m.unit,
                     m.id));
    }
    return ResultTable::nested(json, text.join(QStringLiteral(", ")));
}

QString commodityText(const Meter &meter)
{
    return meter.commodity == Commodity::Unknown ? meter.commodityText : commodityApiName(meter.commodity);
}

} // namespace

ResultTable siteTable(const QList<Site> &sites, bool details)
{
    QStringList keys{QStringLiteral("id"),   QStringLiteral("name"),           QStringLiteral("type"),
                     QStringLiteral("city"), QStringLiteral("countryIsoCode"), QStringLiteral("timeZone")};
    if (details) {
        keys << QStringLiteral("sourceSystemId") << QStringLiteral("address") << QStringLiteral("zipCode")
             << QStringLiteral("stateProvince") << QStringLiteral("latitude") << QStringLiteral("longitude")
             << QStringLiteral("grossAreaM2") << QStringLiteral("buildingOccupants")
             << QStringLiteral("weeklyOperatingHours") << QStringLiteral("attributes");
    }
    ResultTable table(keys, details);
    for (const Site &s : sites) {
        QList<Cell> row{
            ResultTable::text(s.id),   ResultTable::text(s.name),           ResultTable::text(s.type),
            ResultTable::text(s.city), ResultTable::text(s.countryIsoCode), ResultTable::text(s.timeZoneId)};
        if (details) {
            row << ResultTable::text(s.sourceSystemId) << ResultTable::text(s.address)
                << ResultTable::text(s.zipCode) << ResultTable::text(s.stateProvince)
                << ResultTable::number(s.latitude) << ResultTable::number(s.longitude)
                << ResultTable::number(s.grossAreaM2) << ResultTable::number(s.buildingOccupants)
                << ResultTable::number(s.weeklyOperatingHours) << attributesCell(s.otherAttributes);
        }
        table.addRow(row);
    }
    return table;
}

ResultTable meterTable(const QList<Meter> &meters, bool details)
{
    QStringList keys{
        QStringLiteral("id"),    QStringLiteral("name"),          QStringLiteral("commodity"),
        QStringLiteral("usage"), QStringLiteral("parentMeterId"), QStringLiteral("measurements")};
    if (details)
        keys << QStringLiteral("siteId") << QStringLiteral("gatewayId") << QStringLiteral("attributes");
    ResultTable table(keys, details);
    for (const Meter &m : meters) {
        QList<Cell> row{ResultTable::text(m.id),
                        ResultTable::text(m.name),
                        ResultTable::text(commodityText(m)),
                        ResultTable::text(m.usage),
                        ResultTable::text(m.parentMeterId),
                        measurementsCell(m.measurements)};
        if (details)
            row << ResultTable::text(m.siteId) << ResultTable::text(m.gatewayId)
                << attributesCell(m.otherAttributes);
        table.addRow(row);
    }
    return table;
}

} // namespace meterscope
