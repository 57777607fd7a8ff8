// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/commodity.h"

#include <array>
#include <utility>

namespace meterscope {

namespace {

struct CommodityName
{
    Commodity commodity;
    const char *apiName;
    const char *displayName;
};

constexpr std::array<CommodityName, 8> kNames{{
    {Commodity::Electricity, "Electricity", "Electricity"},
    {Commodity::Gas, "Gas", "Gas"},
    {Commodity::Water, "Water", "Water"},
    {Commodity::DistrictHeating, "DistrictHeating", "District heating"},
    {Commodity::Steam, "Steam", "Steam"},
    {Commodity::ChilledWater, "ChilledWater", "Chilled water"},
    {Commodity::Solar, "Solar", "Solar generation"},
    {Commodity::Other, "Other", "Other"},
}};

// "District_Heating", "DISTRICT-HEATING" and "districtheating" all normalise to "districtheating".
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

Commodity commodityFromApi(const QString &text)
{
    const QString key = normalised(text);
    if (key.isEmpty())
        return Commodity::Unknown;
    for (const auto &entry : kNames) {
        if (normalised(QString::fromLatin1(entry.apiName)) == key)
            return entry.commodity;
    }
    if (key == u"naturalgas" || key == u"fuel")
        return Commodity::Gas;
    if (key == u"heat" || key == u"districthotwater")
        return Commodity::DistrictHeating;
    if (key == u"districtchilledwater" || key == u"cooling")
        return Commodity::ChilledWater;
    if (key == u"pv" || key == u"solarpv")
        return Commodity::Solar;
    return Commodity::Other;
}

QString commodityApiName(Commodity commodity)
{
    for (const auto &entry : kNames) {
        if (entry.commodity == commodity)
            return QString::fromLatin1(entry.apiName);
    }
    return QString();
}

QString commodityDisplayName(Commodity commodity)
{
    for (const auto &entry : kNames) {
        if (entry.commodity == commodity)
            return QString::fromLatin1(entry.displayName);
    }
    return QStringLiteral("Unknown");
}

QString defaultUnitFor(Commodity commodity, const QString &measurementName)
{
    const QString name = normalised(measurementName);
    if (name.contains(u"power"))
        return QStringLiteral("kW");
    switch (commodity) {
    case Commodity::Gas:
        return name.contains(u"energy") ? QStringLiteral("kWh") : QStringLiteral("m3");
    case Commodity::Water:
        return QStringLiteral("m3");
    case Commodity::Unknown:
    case Commodity::Other:
        return QString();
    default:
        return QStringLiteral("kWh");
    }
}

} // namespace meterscope
