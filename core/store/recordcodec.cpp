// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordcodec.h"

#include <QDataStream>
#include <QIODevice>

#include <functional>

namespace meterscope::recordcodec {

namespace {
constexpr quint32 kSiteMagic = 0x4d535331;  // "MSS1"
constexpr quint32 kMeterMagic = 0x4d534d31; // "MSM1"

void writeOptional(QDataStream &out, const std::optional<double> &value)
{
    out << bool(value.has_value()) << value.value_or(0.0);
}

std::optional<double> readOptional(QDataStream &in)
{
    bool has = false;
    double value = 0;
    in >> has >> value;
    return has ? std::optional<double>(value) : std::nullopt;
}

QByteArray encodeWith(quint32 magic, const std::function<void(QDataStream &)> &write)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic;
    write(out);
    return bytes;
}

// Runs `read` after checking the magic; nothing when the magic, the reader or the stream fails.
template <typename T>
std::optional<T> decodeWith(const QByteArray &bytes, quint32 magic,
                            const std::function<bool(QDataStream &, T &)> &read)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 found = 0;
    in >> found;
    T value;
    if (found != magic || !read(in, value) || in.status() != QDataStream::Ok)
        return std::nullopt;
    return value;
}
} // namespace

QByteArray encodeSite(const Site &site)
{
    return encodeWith(kSiteMagic, [&site](QDataStream &out) {
        out << site.id << site.name << site.type << site.sourceSystemId << site.address << site.city
            << site.countryIsoCode << site.zipCode << site.stateProvince << site.timeZoneId;
        for (const std::optional<double> &value : {site.latitude, site.longitude, site.grossAreaM2,
                                                   site.buildingOccupants, site.weeklyOperatingHours})
            writeOptional(out, value);
        out << site.otherAttributes;
    });
}

std::optional<Site> decodeSite(const QByteArray &bytes)
{
    return decodeWith<Site>(bytes, kSiteMagic, [](QDataStream &in, Site &site) {
        in >> site.id >> site.name >> site.type >> site.sourceSystemId >> site.address >> site.city >>
            site.countryIsoCode >> site.zipCode >> site.stateProvince >> site.timeZoneId;
        for (std::optional<double> *value : {&site.latitude, &site.longitude, &site.grossAreaM2,
                                             &site.buildingOccupants, &site.weeklyOperatingHours})
            *value = readOptional(in);
        in >> site.otherAttributes;
        return true;
    });
}

QByteArray encodeMeter(const Meter &meter)
{
    return encodeWith(kMeterMagic, [&meter](QDataStream &out) {
        out << meter.id << meter.siteId << meter.name << meter.gatewayId << qint32(meter.commodity)
            << meter.commodityText << meter.usage << meter.parentMeterId << qint32(meter.measurements.size());
        for (const Measurement &measurement : meter.measurements)
            out << measurement.id << measurement.name << measurement.unit << measurement.timeseriesKey;
        out << meter.otherAttributes;
    });
}

std::optional<Meter> decodeMeter(const QByteArray &bytes)
{
    return decodeWith<Meter>(bytes, kMeterMagic, [](QDataStream &in, Meter &meter) {
        qint32 commodity = 0;
        qint32 measurementCount = 0;
        in >> meter.id >> meter.siteId >> meter.name >> meter.gatewayId >> commodity >> meter.commodityText >>
            meter.usage >> meter.parentMeterId >> measurementCount;
        if (in.status() != QDataStream::Ok || measurementCount < 0 || measurementCount > 100000)
            return false;
        meter.commodity = Commodity(commodity);
        for (qint32 i = 0; i < measurementCount; ++i) {
            Measurement measurement;
            in >> measurement.id >> measurement.name >> measurement.unit >> measurement.timeseriesKey;
            meter.measurements.append(measurement);
        }
        in >> meter.otherAttributes;
        return true;
    });
}

} // namespace meterscope::recordcodec
