// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/portfolio.h"

#include "emulator/stablehash.h"

#include <QDateTime>

#include <array>
#include <cmath>

namespace meterscope::emulator {

namespace {

using Activity = SiteSpec::Activity;
using Kind = MeterSpec::Kind;

struct City
{
    const char *city;
    const char *countryIsoCode;
    const char *stateProvince;
    const char *timeZoneId;
    double latitude;
    double longitude;
    const char *zipCode;
};

// Cities of the demo portfolio (first twelve, in demo order) and a few more for large portfolios.
constexpr std::array<City, 18> kCities{{
    {"Lyon", "FR", "Auvergne-Rhône-Alpes", "Europe/Paris", 45.7606, 4.8594, "69003"},
    {"Puteaux", "FR", "Île-de-France", "Europe/Paris", 48.8920, 2.2380, "92800"},
    {"Adelaide", "AU", "South Australia", "Australia/Adelaide", -34.9225, 138.6030, "5000"},
    {"Bengaluru", "IN", "Karnataka", "Asia/Kolkata", 12.9698, 77.7500, "560066"},
    {"New York", "US", "NY", "America/New_York", 40.7536, -74.0014, "10001"},
    {"Boston", "US", "MA", "America/New_York", 42.3519, -71.0446, "02210"},
    {"Kathmandu", "NP", "Bagmati", "Asia/Kathmandu", 27.7120, 85.3178, "44600"},
    {"São Paulo", "BR", "SP", "America/Sao_Paulo", -23.5614, -46.6559, "01310-200"},
    {"Auckland", "NZ", "Auckland", "Pacific/Auckland", -36.8420, 174.7570, "1010"},
    {"London", "GB", "England", "Europe/London", 51.5049, -0.0195, "E14 5LQ"},
    {"Manchester", "GB", "England", "Europe/London", 53.4808, -2.2366, "M1 1RG"},
    {"Grenoble", "FR", "Auvergne-Rhône-Alpes", "Europe/Paris", 45.1908, 5.7161, "38000"},
    {"Chicago", "US", "IL", "America/Chicago", 41.8781, -87.6298, "60601"},
    {"Berlin", "DE", "Berlin", "Europe/Berlin", 52.5200, 13.4050, "10117"},
    {"Singapore", "SG", "Singapore", "Asia/Singapore", 1.2840, 103.8510, "018989"},
    {"Tokyo", "JP", "Tokyo", "Asia/Tokyo", 35.6812, 139.7671, "100-0005"},
    {"Melbourne", "AU", "Victoria", "Australia/Melbourne", -37.8136, 144.9631, "3000"},
    {"Dubai", "AE", "Dubai", "Asia/Dubai", 25.2048, 55.2708, "00000"},
}};

struct DemoSite
{
    const char *name;
    Activity activity;
    const char *address;
    int grossAreaM2;
    int occupants;
};

constexpr std::array<DemoSite, 12> kDemoSites{{
    {"Lyon Part-Dieu Store", Activity::Retail, "17 Rue de la Villette", 4250, 120},
    {"Paris La Défense Offices", Activity::Office, "12 Parvis de la Défense", 18500, 1400},
    {"Adelaide Rundle Mall Store", Activity::Retail, "77 Rundle Mall", 3100, 85},
    {"Bengaluru Whitefield Campus", Activity::Office, "ITPL Main Road, Whitefield", 22000, 2600},
    {"New York Hudson Yards Office", Activity::Office, "500 W 33rd St", 9800, 640},
    {"Boston Seaport Laboratory", Activity::Laboratory, "88 Seaport Blvd", 7600, 310},
    {"Kathmandu Durbar Marg Hotel", Activity::Hotel, "Durbar Marg", 12400, 380},
    {"São Paulo Paulista Distribution Center", Activity::Warehouse, "Av. Paulista 1578", 26000, 210},
    {"Auckland Wynyard Quarter Office", Activity::Office, "12 Madden Street", 6400, 450},
    {"London Canary Wharf Data Centre", Activity::DataCentre, "25 Canada Square", 5200, 40},
    {"Manchester Piccadilly Store", Activity::Retail, "Piccadilly Gardens", 2800, 70},
    {"Grenoble Innovation School", Activity::School, "46 Avenue Félix Viallet", 9100, 1100},
}};

struct ActivityInfo
{
    const char *type;
    const char *label;
    int weeklyOperatingHours;
};

constexpr std::array<ActivityInfo, 7> kActivities{{
    {"retail", "Store", 80},
    {"office", "Offices", 55},
    {"warehouse", "Distribution Center", 96},
    {"hotel", "Hotel", 168},
    {"datacenter", "Data Centre", 168},
    {"school", "School", 45},
    {"laboratory", "Laboratory", 65},
}};

constexpr std::array<const char *, 10> kQuarters{
    {"Central", "Riverside", "Harbour", "Station", "Park", "Old Town", "Airport", "North", "South", "West"}};
constexpr std::array<const char *, 8> kStreets{{"Market Street", "Station Road", "Park Avenue", "Harbour Way",
                                                "Mill Lane", "King Street", "Bridge Road", "Garden Row"}};
constexpr std::array<const char *, 8> kSubMeterNames{{"HVAC", "Lighting", "Refrigeration",
                                                      "Lifts and escalators", "Kitchen", "Plug loads",
                                                      "IT room", "EV chargers"}};
constexpr std::array<double, 8> kSubMeterShares{{0.34, 0.21, 0.14, 0.09, 0.07, 0.06, 0.05, 0.04}};

// The order in which a portfolio with a fixed number of meters per site adds meters after the main one.
constexpr std::array<Kind, 8> kGenericLayout{{Kind::SubMeter, Kind::SubMeter, Kind::Gas, Kind::Water,
                                              Kind::SubMeter, Kind::DistrictHeating, Kind::Solar,
                                              Kind::SubMeter}};

struct MeasurementInfo
{
    const char *name;
    const char *unit;
    double scale; // × the meter's primary quantity
    bool mean;    // a rate: aggregated as a mean
};

struct MeterKindInfo
{
    const char *commodity;
    const char *name;
    const char *usage;
    std::array<MeasurementInfo, 2> measurements;
    int measurementCount;
};

// By MeterSpec::Kind. Mean power over a quarter hour is 4 × its energy; natural gas holds about
// 10.55 kWh per m3.
constexpr std::array<MeterKindInfo, 7> kMeterKinds{{
    {"Electricity",
     "Main incomer",
     "MainMeter",
     {{{"ActiveEnergy", "kWh", 1.0, false}, {"ActivePower", "kW", 4.0, true}}},
     2},
    {"Electricity",
     "Sub-meter",
     "SubMeter",
     {{{"ActiveEnergy", "kWh", 1.0, false}, {"ActivePower", "kW", 4.0, true}}},
     2},
    {"Gas", "Gas main", "Heating", {{{"Volume", "m3", 1.0, false}, {"Energy", "kWh", 10.55, false}}}, 2},
    {"Water", "Water main", "Main", {{{"Volume", "m3", 1.0, false}, {}}}, 1},
    {"DistrictHeating", "District heating substation", "Heating", {{{"Energy", "kWh", 1.0, false}, {}}}, 1},
    {"ChilledWater", "Chilled water plant", "Cooling", {{{"Energy", "kWh", 1.0, false}, {}}}, 1},
    {"Solar",
     "Rooftop photovoltaics",
     "Generated onsite - solar",
     {{{"ActiveEnergy", "kWh", 1.0, false}, {}}},
     1},
}};

constexpr int kDemoSiteWithCounterReset = 3;

QByteArray text(const char *utf8)
{
    return QByteArray(utf8);
}

} // namespace

Portfolio::Portfolio(quint64 seed, int siteCount, int metersPerSite)
    : m_seed(seed), m_metersPerSite(metersPerSite)
{
    m_sites.reserve(size_t(qMax(siteCount, 0)));
    for (int i = 0; i < siteCount; ++i) {
        m_sites.push_back(makeSite(i));
        m_indexById.insert(m_sites.back().id, i);
        if (!m_zones.contains(m_sites.back().timeZoneId))
            m_zones.insert(m_sites.back().timeZoneId, QTimeZone(m_sites.back().timeZoneId));
    }
}

SiteSpec Portfolio::makeSite(int index) const
{
    const quint64 h = stablehash::combine({m_seed, 1, quint64(index)});
    SiteSpec site;
    site.index = index;
    site.id = stablehash::uuid(h);
    site.activeEnergyKey = stablehash::uuid(stablehash::combine({m_seed, 4, quint64(index)}));
    site.sourceSystemId = 100 + int(h % 900);
    const City *city = nullptr;
    if (index < int(kDemoSites.size())) {
        const DemoSite &demo = kDemoSites[size_t(index)];
        city = &kCities[size_t(index)];
        site.name = text(demo.name);
        site.activity = demo.activity;
        site.address = text(demo.address);
        site.grossAreaM2 = demo.grossAreaM2;
        site.buildingOccupants = demo.occupants;
        site.latitude = city->latitude;
        site.longitude = city->longitude;
    } else {
        city = &kCities[size_t((h >> 8) % kCities.size())];
        site.activity = Activity(int((h >> 16) % kActivities.size()));
        const ActivityInfo &info = kActivities[size_t(site.activity)];
        site.name = text(city->city) + ' ' + text(kQuarters[size_t((h >> 24) % kQuarters.size())]) + ' ' +
                    text(info.label) + " #" + QByteArray::number(index);
        site.address = QByteArray::number(1 + int((h >> 32) % 300)) + ' ' +
                       text(kStreets[size_t((h >> 40) % kStreets.size())]);
        site.grossAreaM2 = 800 + int((h >> 44) % 20000);
        site.buildingOccupants =
            qMax(5, site.grossAreaM2 / (site.activity == Activity::DataCentre ? 200 : 20));
        site.latitude = city->latitude + (stablehash::unit(h) - 0.5) * 0.2;
        site.longitude = city->longitude + (stablehash::unit(stablehash::mix(h)) - 0.5) * 0.2;
    }
    site.type = text(kActivities[size_t(site.activity)].type);
    site.weeklyOperatingHours = kActivities[size_t(site.activity)].weeklyOperatingHours;
    site.city = text(city->city);
    site.countryIsoCode = text(city->countryIsoCode);
    site.stateProvince = text(city->stateProvince);
    site.timeZoneId = text(city->timeZoneId);
    site.zipCode = text(city->zipCode);
    return site;
}

MeterSpec Portfolio::makeMeter(const SiteSpec &site, int meterIndex, Kind kind, int ordinal,
                               const QByteArray &mainId) const
{
    const quint64 h = stablehash::combine({m_seed, 2, quint64(site.index), quint64(meterIndex)});
    MeterSpec meter;
    meter.siteIndex = site.index;
    meter.index = meterIndex;
    meter.kind = kind;
    meter.id = stablehash::uuid(h);
    meter.stream = h;
    meter.gatewayId = QByteArray::number(700 + (site.sourceSystemId * 7 + meterIndex / 8) % 300);
    const MeterKindInfo &info = kMeterKinds[size_t(kind)];
    meter.commodity = text(info.commodity);
    meter.name = text(info.name);
    meter.usage = text(info.usage);
    if (kind == Kind::SubMeter) {
        const size_t slot = size_t(ordinal) % kSubMeterNames.size();
        meter.name = text(kSubMeterNames[slot]);
        if (ordinal >= int(kSubMeterNames.size()))
            meter.name += ' ' + QByteArray::number(ordinal / int(kSubMeterNames.size()) + 1);
        meter.parentMeterId = mainId;
        meter.share = kSubMeterShares[slot] * (0.85 + 0.3 * stablehash::unit(h));
    }
    // Some gas meters also report energy (the second measurement of their kind).
    const int measurementCount = info.measurementCount - (kind == Kind::Gas && (h >> 20) % 2 == 1 ? 1 : 0);
    for (int k = 0; k < measurementCount; ++k) {
        const MeasurementInfo &source = info.measurements[size_t(k)];
        MeterSpec::Measurement m;
        m.id = QByteArray::number(61000 + (qint64(site.index) * 1000 + meterIndex) * 4 + k);
        m.name = text(source.name);
        m.unit = text(source.unit);
        m.key = stablehash::uuid(
            stablehash::combine({m_seed, 3, quint64(site.index), quint64(meterIndex), quint64(k)}));
        m.scale = source.scale;
        m.mean = source.mean;
        meter.measurements.push_back(m);
    }
    if (ordinal > 0 && kind != Kind::SubMeter)
        meter.name += ' ' + QByteArray::number(ordinal + 1);
    return meter;
}

std::vector<MeterSpec> Portfolio::meters(int siteIndex) const
{
    std::vector<MeterSpec> result;
    if (siteIndex < 0 || siteIndex >= siteCount())
        return result;
    const SiteSpec &site = m_sites[size_t(siteIndex)];
    std::vector<Kind> kinds{Kind::MainElectricity};
    if (m_metersPerSite > 0) {
        for (int j = 1; j < m_metersPerSite; ++j) {
            Kind kind = kGenericLayout[size_t(j - 1) % kGenericLayout.size()];
            if (kind == Kind::DistrictHeating && std::abs(site.latitude) < 40.0)
                kind = Kind::ChilledWater;
            kinds.push_back(kind);
        }
    } else {
        const quint64 h = stablehash::combine({m_seed, 5, quint64(siteIndex)});
        const int subMeters = 2 + int(h % 3);
        for (int k = 0; k < subMeters; ++k)
            kinds.push_back(Kind::SubMeter);
        if (siteIndex % 5 != 3)
            kinds.push_back(Kind::Gas);
        if (siteIndex % 6 != 5)
            kinds.push_back(Kind::Water);
        if (siteIndex % 3 == 1)
            kinds.push_back(std::abs(site.latitude) > 40.0 ? Kind::DistrictHeating : Kind::ChilledWater);
        if (siteIndex % 3 == 2)
            kinds.push_back(Kind::Solar);
    }
    result.reserve(kinds.size());
    std::array<int, 7> ordinals{};
    QByteArray mainId;
    for (size_t j = 0; j < kinds.size(); ++j) {
        const int ordinal = ordinals[size_t(kinds[j])]++;
        result.push_back(makeMeter(site, int(j), kinds[j], ordinal, mainId));
        if (j == 0)
            mainId = result.front().id;
    }
    return result;
}

qint64 Portfolio::counterResetAt(const MeterSpec &meter) const
{
    if (meter.siteIndex != kDemoSiteWithCounterReset || meter.kind != Kind::MainElectricity)
        return -1;
    static const qint64 resetAt = QDateTime(QDate(2025, 10, 12), QTime(2, 15), Qt::UTC).toMSecsSinceEpoch();
    return resetAt;
}

} // namespace meterscope::emulator
