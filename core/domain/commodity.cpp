// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/commodity.h"

#include <QCoreApplication>

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
    {Commodity::Electricity, "Electricity", QT_TRANSLATE_NOOP("Commodity", "Electricity")},
    {Commodity::Gas, "Gas", QT_TRANSLATE_NOOP("Commodity", "Gas")},
    {Commodity::Water, "Water", QT_TRANSLATE_NOOP("Commodity", "Water")},
    {Commodity::DistrictHeating, "DistrictHeating", QT_TRANSLATE_NOOP("Commodity", "District heating")},
    {Commodity::Steam, "Steam", QT_TRANSLATE_NOOP("Commodity", "Steam")},
    {Commodity::ChilledWater, "ChilledWater", QT_TRANSLATE_NOOP("Commodity", "Chilled water")},
    {Commodity::Solar, "Solar", QT_TRANSLATE_NOOP("Commodity", "Solar generation")},
    {Commodity::Other, "Other", QT_TRANSLATE_NOOP("Commodity", "Other")},
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
            return QCoreApplication::translate("Commodity", entry.displayName);
    }
    return QCoreApplication::translate("Commodity", "Unknown");
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
