// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartseries.h"

namespace meterscope::fixture {

constexpr qint64 kHourMs = 3600 * 1000;

// A charted line of `hours` complete hourly points from `fromMs`, valued 1, 2, 3, … in kWh.
inline ChartSeries hourlyChartSeries(const QString &key, qint64 fromMs, int hours)
{
    ChartSeries s;
    s.key = key;
    s.title = key;
    s.siteName = QStringLiteral("Lyon");
    s.meterName = key;
    s.unit = QStringLiteral("kWh");
    s.timeZoneId = QStringLiteral("Europe/Paris");
    s.granularity = Granularity::Hour;
    s.fromUtcMs = fromMs;
    s.toUtcMs = fromMs + hours * kHourMs;
    for (int i = 0; i < hours; ++i) {
        s.utcMs.push_back(fromMs + i * kHourMs);
        s.endUtcMs.push_back(fromMs + (i + 1) * kHourMs);
        s.values.push_back(i + 1);
        s.coverage.push_back(1.0);
    }
    return s;
}

} // namespace meterscope::fixture
