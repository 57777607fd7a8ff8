// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/meterspec.h"
#include "emulator/sitespec.h"

#include <QTimeZone>

#include <climits>

namespace meterscope::emulator {

class Portfolio;

// The load model of one meter: the value of any quarter hour is a pure function of (seed, meter,
// time), computed on request. Loads follow the site's LOCAL time: opening hours by activity,
// weekends and public holidays, the seasons of its hemisphere, heating and cooling from a synthetic
// temperature, solar generation by daylight. Deterministic gaps (the meter offline for a few quarter
// hours, about twice a month) and a few late corrections (updatedAt days later) are part of it.
class MeterSampler
{
public:
    MeterSampler(const Portfolio &portfolio, const SiteSpec &site, const MeterSpec &meter);

    // The meter's primary quantity (kWh or m3) in the quarter hour starting at utcMs, in thousandths;
    // false when the meter has no reading for it (a gap). utcMs must be a multiple of 15 minutes.
    bool sample(qint64 utcMs, qint64 *primaryMilli, qint64 *updatedAtMs);
    // The value of one of the meter's measurements (thousandths) from its primary quantity.
    [[nodiscard]] qint64 measurementValue(int measurementIndex, qint64 primaryMilli, qint64 utcMs) const;
    [[nodiscard]] const MeterSpec &meter() const { return m_meter; }

private:
    struct LocalDay
    {
        qint64 number = LLONG_MIN; // days since 1970-01-01, local
        bool open = false;
        double openHour = 0.0;
        double closeHour = 0.0;
        double winter = 0.0; // +1 mid-winter, −1 mid-summer (the site's hemisphere)
        double temperatureShift = 0.0;
        double cloud = 1.0;
        int dayOfYear = 1;
    };

    void prepareUtcDay(qint64 utcDay);
    void prepareLocalDay(qint64 localDay);
    [[nodiscard]] double temperature(double hour) const;
    [[nodiscard]] double occupancy(double hour) const;
    [[nodiscard]] double siteLoadKw(double occupied, double temperatureC) const;
    [[nodiscard]] double primary(double hour, quint64 noise) const;

    const SiteSpec &m_site;
    MeterSpec m_meter;
    QTimeZone m_zone;
    qint64 m_counterResetAt = -1;
    double m_meanTemperature = 12.0;
    double m_seasonAmplitude = 8.0;

    qint64 m_utcDay = LLONG_MIN;
    int m_utcDayOffsetMs = 0;
    bool m_utcDayHasTransition = false;
    int m_gapStartQuarter = -1;
    int m_gapQuarters = 0;
    LocalDay m_day;
};

} // namespace meterscope::emulator
