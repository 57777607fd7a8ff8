// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/metersampler.h"

#include "emulator/portfolio.h"
#include "emulator/stablehash.h"

#include <QDate>
#include <QDateTime>

#include <array>
#include <cmath>
#include <numbers>

namespace meterscope::emulator {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kQuarterMs = 900000;
constexpr qint64 kCounterResetMilli = -98765432; // the register wrapped: one large negative delta

using Activity = SiteSpec::Activity;
using Kind = MeterSpec::Kind;

struct Hours
{
    double weekdayOpen, weekdayClose, saturdayOpen, saturdayClose, sundayOpen, sundayClose;
    double baseWm2, peakWm2;
};

// Opening hours (local) and electric load per square metre, by activity. 0/0 = closed.
constexpr std::array<Hours, 7> kHours{{
    {9, 21, 9, 21, 10, 18, 12, 55},  // retail
    {8, 19, 0, 0, 0, 0, 8, 35},      // office
    {6, 22, 6, 22, 0, 0, 5, 18},     // warehouse
    {6, 23, 6, 23, 6, 23, 20, 35},   // hotel
    {0, 24, 0, 24, 0, 24, 350, 380}, // data centre
    {8, 17, 0, 0, 0, 0, 4, 30},      // school
    {7, 20, 0, 0, 0, 0, 25, 60},     // laboratory
}};

struct Holiday
{
    const char *country; // nullptr = every country
    int month;
    int day;
};

constexpr std::array<Holiday, 17> kHolidays{{
    {nullptr, 1, 1},
    {nullptr, 12, 25},
    {"FR", 5, 1},
    {"FR", 7, 14},
    {"FR", 8, 15},
    {"FR", 11, 11},
    {"GB", 12, 26},
    {"AU", 1, 26},
    {"AU", 12, 26},
    {"NZ", 2, 6},
    {"US", 7, 4},
    {"US", 11, 11},
    {"IN", 1, 26},
    {"IN", 8, 15},
    {"IN", 10, 2},
    {"BR", 9, 7},
    {"NP", 5, 29},
}};

bool isHoliday(const QByteArray &country, const QDate &date)
{
    for (const Holiday &holiday : kHolidays) {
        if ((holiday.country == nullptr || country == holiday.country) && date.month() == holiday.month &&
            date.day() == holiday.day) {
            return true;
        }
    }
    return false;
}

// Schools close for the summer of their hemisphere.
bool isSchoolHoliday(double latitude, const QDate &date)
{
    if (latitude >= 0)
        return date.month() == 7 || date.month() == 8;
    return (date.month() == 12 && date.day() >= 20) || date.month() == 1;
}

} // namespace

MeterSampler::MeterSampler(const Portfolio &portfolio, const SiteSpec &site, const MeterSpec &meter)
    : m_site(site), m_meter(meter), m_zone(portfolio.zone(site)),
      m_counterResetAt(portfolio.counterResetAt(meter))
{
    const double latitude = std::abs(site.latitude);
    m_meanTemperature = 30.0 - 0.38 * latitude;
    m_seasonAmplitude = 0.22 * latitude;
}

void MeterSampler::prepareUtcDay(qint64 utcDay)
{
    m_utcDay = utcDay;
    const qint64 start = utcDay * kDayMs;
    const int startOffset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC)) * 1000;
    const int endOffset =
        m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(start + kDayMs - 1, Qt::UTC)) * 1000;
    m_utcDayOffsetMs = startOffset;
    m_utcDayHasTransition = startOffset != endOffset;
    const quint64 h = stablehash::combine({m_meter.stream, 11, quint64(utcDay)});
    if (h % 15 == 0) {
        m_gapStartQuarter = int((h >> 8) % 96);
        m_gapQuarters = 1 + int((h >> 16) % 12);
    } else {
        m_gapStartQuarter = -1;
        m_gapQuarters = 0;
    }
}

void MeterSampler::prepareLocalDay(qint64 localDay)
{
    m_day = LocalDay();
    m_day.number = localDay;
    const QDate date = QDate::fromJulianDay(localDay + 2440588);
    m_day.dayOfYear = date.dayOfYear();
    const Hours &hours = kHours[size_t(m_site.activity)];
    const int weekday = date.dayOfWeek();
    if (weekday == 6) {
        m_day.openHour = hours.saturdayOpen;
        m_day.closeHour = hours.saturdayClose;
    } else if (weekday == 7) {
        m_day.openHour = hours.sundayOpen;
        m_day.closeHour = hours.sundayClose;
    } else {
        m_day.openHour = hours.weekdayOpen;
        m_day.closeHour = hours.weekdayClose;
    }
    m_day.open = m_day.closeHour > m_day.openHour;
    const bool continuous = m_site.activity == Activity::DataCentre || m_site.activity == Activity::Hotel;
    if (!continuous && (isHoliday(m_site.countryIsoCode, date) ||
                        (m_site.activity == Activity::School && isSchoolHoliday(m_site.latitude, date)))) {
        m_day.open = false;
    }
    const double season = std::cos(2.0 * std::numbers::pi * (m_day.dayOfYear - 15) / 365.25);
    m_day.winter = m_site.latitude >= 0 ? season : -season;
    const quint64 h =
        stablehash::combine({quint64(m_site.index), 12, quint64(localDay), quint64(m_site.sourceSystemId)});
    m_day.temperatureShift = (stablehash::unit(h) - 0.5) * 6.0;
    m_day.cloud = 0.3 + 0.7 * stablehash::unit(stablehash::mix(h));
}

double MeterSampler::temperature(double hour) const
{
    return m_meanTemperature - m_seasonAmplitude * m_day.winter + m_day.temperatureShift +
           4.0 * std::sin(2.0 * std::numbers::pi * (hour - 9.0) / 24.0);
}

double MeterSampler::occupancy(double hour) const
{
    if (!m_day.open)
        return 0.0;
    // One-hour ramps at opening and closing.
    const double rampUp = std::clamp(hour - m_day.openHour + 1.0, 0.0, 1.0);
    const double rampDown = std::clamp(m_day.closeHour - hour, 0.0, 1.0);
    double level = std::min(rampUp, rampDown);
    if (m_site.activity == Activity::Hotel) // breakfast and evening peaks
        level *= 0.6 + 0.4 * std::max(std::exp(-std::pow(hour - 8.0, 2) / 2.0),
                                      std::exp(-std::pow(hour - 20.0, 2) / 3.0));
    return level;
}

double MeterSampler::siteLoadKw(double occupied, double temperatureC) const
{
    const Hours &hours = kHours[size_t(m_site.activity)];
    const double hvacWm2 =
        (std::max(0.0, temperatureC - 22.0) * 1.6 + std::max(0.0, 14.0 - temperatureC) * 0.5) *
        (0.3 + 0.7 * occupied);
    return m_site.grossAreaM2 * (hours.baseWm2 + (hours.peakWm2 - hours.baseWm2) * occupied + hvacWm2) /
           1000.0;
}

double MeterSampler::primary(double hour, quint64 noise) const
{
    const double jitter = 0.92 + 0.16 * stablehash::unit(noise);
    const double occupied = occupancy(hour);
    const double t = temperature(hour);
    const double area = m_site.grossAreaM2;
    switch (m_meter.kind) {
    case Kind::MainElectricity:
        return siteLoadKw(occupied, t) / 4.0 * jitter;
    case Kind::SubMeter:
        return siteLoadKw(occupied, t) / 4.0 * m_meter.share * jitter;
    case Kind::Gas:
        return (area * 0.0003 * std::max(0.0, 16.0 - t) * (0.6 + 0.4 * occupied) / 4.0 +
                area * 0.00004 * occupied) *
               jitter;
    case Kind::Water:
        return (m_site.buildingOccupants * 0.001 * occupied + 0.005) * jitter;
    case Kind::DistrictHeating:
        return area * 0.0011 * std::max(0.0, 16.0 - t) * (0.6 + 0.4 * occupied) / 4.0 * jitter;
    case Kind::ChilledWater:
        return (area * 0.004 * std::max(0.0, t - 20.0) + area * 0.002 * occupied) / 4.0 * jitter;
    case Kind::Solar: {
        const double latitudeFactor = std::min(1.0, std::abs(m_site.latitude) / 50.0);
        const double dayLength = 12.0 - 4.0 * m_day.winter * latitudeFactor;
        const double sunrise = 12.5 - dayLength / 2.0;
        const double x = (hour - sunrise) / dayLength;
        if (x <= 0.0 || x >= 1.0)
            return 0.0;
        const double peakKw = area * 0.02;
        const double seasonFactor = 0.55 - 0.45 * m_day.winter * latitudeFactor;
        return peakKw * std::sin(std::numbers::pi * x) * seasonFactor * m_day.cloud / 4.0 * jitter;
    }
    }
    return 0.0;
}

bool MeterSampler::sample(qint64 utcMs, qint64 *primaryMilli, qint64 *updatedAtMs)
{
    const qint64 utcDay = utcMs >= 0 ? utcMs / kDayMs : (utcMs - kDayMs + 1) / kDayMs;
    if (utcDay != m_utcDay)
        prepareUtcDay(utcDay);
    const int quarter = int((utcMs - utcDay * kDayMs) / kQuarterMs);
    if (m_gapStartQuarter >= 0 && quarter >= m_gapStartQuarter && quarter < m_gapStartQuarter + m_gapQuarters)
        return false;
    const int offsetMs = m_utcDayHasTransition
                             ? m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)) * 1000
                             : m_utcDayOffsetMs;
    const qint64 localMs = utcMs + offsetMs;
    const qint64 localDay = localMs >= 0 ? localMs / kDayMs : (localMs - kDayMs + 1) / kDayMs;
    if (localDay != m_day.number)
        prepareLocalDay(localDay);
    // The middle of the quarter hour, in local hours.
    const double hour = (double(localMs - localDay * kDayMs) + double(kQuarterMs) / 2.0) / 3600000.0;
    const quint64 noise = stablehash::combine({m_meter.stream, quint64(utcMs)});
    *primaryMilli = std::llround(primary(hour, noise) * 1000.0);
    // Published a few minutes after the interval; now and then corrected days later.
    qint64 updated = utcMs + kQuarterMs + 120000 + qint64((noise >> 8) % 1500000);
    if ((noise >> 32) % 2500 == 0)
        updated += (2 + qint64((noise >> 40) % 4)) * kDayMs;
    *updatedAtMs = updated;
    return true;
}

qint64 MeterSampler::measurementValue(int measurementIndex, qint64 primaryMilli, qint64 utcMs) const
{
    const MeterSpec::Measurement &measurement = m_meter.measurements[size_t(measurementIndex)];
    if (utcMs == m_counterResetAt && measurementIndex == 0)
        return kCounterResetMilli;
    if (measurement.scale == 1.0)
        return primaryMilli;
    return std::llround(double(primaryMilli) * measurement.scale);
}

} // namespace meterscope::emulator
