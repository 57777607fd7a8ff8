// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/metadataparser.h"

#include "api/jsonfields.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <optional>

namespace meterscope {

namespace {

using L = QLatin1String;

const QSet<QString> &knownSiteKeys()
{
    static const QSet<QString> keys{QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("type"),
                                    QStringLiteral("sourceSystemId"),
                                    QStringLiteral("postalAddress"),
                                    QStringLiteral("metadata"),
                                    QStringLiteral("address"),
                                    QStringLiteral("street"),
                                    QStringLiteral("city"),
                                    QStringLiteral("country"),
                                    QStringLiteral("countryIsoCode"),
                                    QStringLiteral("zipCode"),
                                    QStringLiteral("postalCode"),
                                    QStringLiteral("stateProvince"),
                                    QStringLiteral("timezone"),
                                    QStringLiteral("timeZone"),
                                    QStringLiteral("latitude"),
                                    QStringLiteral("longitude"),
                                    QStringLiteral("coordinates")};
    return keys;
}

// The usage values the API documents, so "MAINMETER" and "mainmeter" read as "MainMeter".
QString canonicalUsage(const QString &usage)
{
    static constexpr std::array<const char *, 4> kKnown{"MainMeter", "SubMeter", "VirtualMeter",
                                                        "Generation"};
    for (const char *known : kKnown) {
        if (usage.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(known);
    }
    return usage;
}

// Address, zone and coordinates: nested under postalAddress, or at the top level (flat variant).
void readAddress(const QJsonObject &source, Site *site)
{
    auto set = [](QString *target, std::optional<QString> value) {
        if (value && target->isEmpty())
            *target = *value;
    };
    set(&site->address, JsonFields::text(source, {L("address"), L("street")}));
    set(&site->city, JsonFields::text(source, L("city")));
    set(&site->countryIsoCode, JsonFields::text(source, {L("countryIsoCode"), L("country")}));
    set(&site->zipCode, JsonFields::text(source, {L("zipCode"), L("postalCode")}));
    set(&site->stateProvince, JsonFields::text(source, L("stateProvince")));
    set(&site->timeZoneId, JsonFields::text(source, {L("timezone"), L("timeZone")}));
    const QJsonObject coordinates = source.value(L("coordinates")).toObject();
    for (const QJsonObject &holder : {coordinates, source}) {
        if (!site->latitude)
            site->latitude = JsonFields::number(holder, {L("latitude"), L("lat")});
        if (!site->longitude)
            site->longitude = JsonFields::number(holder, {L("longitude"), L("lon"), L("lng")});
    }
}

void readMetadata(const QJsonObject &metadata, Site *site)
{
    site->grossAreaM2 = JsonFields::number(metadata, {L("grossArea")});
    site->buildingOccupants = JsonFields::number(metadata, {L("buildingOccupants")});
    site->weeklyOperatingHours = JsonFields::number(metadata, {L("weeklyOperatingHours")});
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key() == u"grossArea" || it.key() == u"buildingOccupants" ||
            it.key() == u"weeklyOperatingHours")
            continue;
        const QString value = JsonFields::scalarText(it.value());
        if (!value.isEmpty())
            site->otherAttributes.append({QStringLiteral("metadata.") + it.key(), value});
    }
}

std::optional<Site> siteFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    Site site;
    const auto id = JsonFields::text(object, L("id"));
    const auto name = JsonFields::text(object, L("name"));
    if (!id || id->isEmpty() || !name)
        return std::nullopt;
    site.id = *id;
    site.name = *name;
    // An enumeration the API spells in any case ("retail", "RETAIL"): kept in the documented lower case.
    site.type = JsonFields::text(object, L("type")).value_or(QString()).toLower();
    site.sourceSystemId = JsonFields::text(object, L("sourceSystemId")).value_or(QString());
    const QJsonValue postal = object.value(L("postalAddress"));
    if (postal.isObject())
        readAddress(postal.toObject(), &site);
    else if (postal.isString())
        site.address = postal.toString();
    readAddress(object, &site);
    readMetadata(object.value(L("metadata")).toObject(), &site);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (knownSiteKeys().contains(it.key()))
            continue;
        const QString text = JsonFields::scalarText(it.value());
        if (!text.isEmpty())
            site.otherAttributes.append({it.key(), text});
    }
    return site;
}

std::optional<Meter> meterFrom(const QJsonValue &value, const QString &siteId)
{
    const QJsonObject object = value.toObject();
    const auto id = JsonFields::text(object, L("id"));
    const auto name = JsonFields::text(object, L("name"));
    if (!id || id->isEmpty() || !name)
        return std::nullopt;
    Meter meter;
    meter.id = *id;
    meter.name = *name;
    meter.siteId = JsonFields::text(object, L("siteId")).value_or(siteId);
    meter.gatewayId = JsonFields::text(object, L("gatewayId")).value_or(QString());
    meter.commodityText = JsonFields::text(object, L("commodity")).value_or(QString());
    meter.commodity = commodityFromApi(meter.commodityText);
    meter.usage = canonicalUsage(JsonFields::text(object, L("usage")).value_or(QString()));
    meter.parentMeterId = JsonFields::text(object, L("parentMeterId")).value_or(QString());
    const QJsonArray measurements = object.value(L("measurements")).toArray();
    for (const QJsonValue &entry : measurements) {
        const QJsonObject m = entry.toObject();
        Measurement measurement;
        measurement.id = JsonFields::text(m, L("id")).value_or(QString());
        measurement.name = JsonFields::text(m, L("name")).value_or(QString());
        if (measurement.id.isEmpty() && measurement.name.isEmpty())
            continue; // nothing to ask the series endpoints for
        measurement.unit = JsonFields::text(m, L("unit")).value_or(QString());
        if (measurement.unit.isEmpty())
            measurement.unit = defaultUnitFor(meter.commodity, measurement.name);
        measurement.timeseriesKey =
            JsonFields::text(m.value(L("timeseries")).toObject(), L("key"))
                .value_or(JsonFields::text(m, L("timeseriesKey")).value_or(QString()));
        meter.measurements.append(measurement);
    }
    static const QSet<QString> known{QStringLiteral("id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("siteId"),
                                     QStringLiteral("gatewayId"),
                                     QStringLiteral("commodity"),
                                     QStringLiteral("usage"),
                                     QStringLiteral("parentMeterId"),
                                     QStringLiteral("measurements")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = known.contains(it.key()) ? QString() : JsonFields::scalarText(it.value());
        if (!text.isEmpty())
            meter.otherAttributes.append({it.key(), text});
    }
    return meter;
}

template <typename T, typename Convert>
ParsedList<T> parseList(const QByteArray &body, QLatin1String namedKey, Convert convert)
{
    ParsedList<T> result;
    const QJsonDocument doc = JsonFields::document(body, &result.error);
    if (result.error)
        return result;
    JsonFields::ListBody list;
    if (!JsonFields::listBody(doc, namedKey, &list)) {
        result.error = ApiError::make(
            ApiError::Kind::BadData, QString(),
            QCoreApplication::translate("MetadataParser", "The body holds no list of %1.").arg(namedKey));
        return result;
    }
    result.enveloped = list.enveloped;
    result.totalCount = list.totalCount;
    result.serverLimit = list.serverLimit;
    result.rawCount = int(list.items.size());
    result.items.reserve(list.items.size());
    for (const QJsonValue &value : std::as_const(list.items)) {
        if (auto item = convert(value))
            result.items.append(std::move(*item));
        else
            ++result.skipped;
    }
    return result;
}

template <typename T, typename Convert>
ParsedItem<T> parseItem(const QByteArray &body, QLatin1String what, Convert convert)
{
    ParsedItem<T> result;
    QJsonDocument doc = JsonFields::document(body, &result.error);
    if (result.error)
        return result;
    // A single record may come wrapped ({"site":{…}} or {"data":{…}}).
    QJsonObject object = doc.object();
    for (const QLatin1String wrapper : {what, L("data")}) {
        if (!object.contains(L("id")) && object.value(wrapper).isObject())
            object = object.value(wrapper).toObject();
    }
    if (auto item = convert(object)) {
        result.value = std::move(*item);
    } else {
        result.error = ApiError::make(
            ApiError::Kind::BadData, QString(),
            QCoreApplication::translate("MetadataParser", "The %1 has no usable id or name.").arg(what));
    }
    return result;
}

} // namespace

ParsedList<Site> MetadataParser::parseSites(const QByteArray &body)
{
    return parseList<Site>(body, L("sites"), siteFrom);
}

ParsedItem<Site> MetadataParser::parseSite(const QByteArray &body)
{
    return parseItem<Site>(body, L("site"), siteFrom);
}

ParsedList<Meter> MetadataParser::parseMeters(const QByteArray &body, const QString &siteId)
{
    return parseList<Meter>(body, L("meters"),
                            [&siteId](const QJsonValue &value) { return meterFrom(value, siteId); });
}

ParsedItem<Meter> MetadataParser::parseMeter(const QByteArray &body, const QString &siteId)
{
    return parseItem<Meter>(body, L("meter"),
                            [&siteId](const QJsonValue &value) { return meterFrom(value, siteId); });
}

} // namespace meterscope
