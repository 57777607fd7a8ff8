// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"

#include <functional>

namespace meterscope::fixture {

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;

// A series with one point every stepMs in [fromMs, toMs) valued by `value`, leaving out the points
// `skip` names; each point is stamped as updated at the end of its interval.
inline Series regularSeries(const QString &unit, const QString &interval, qint64 fromMs, qint64 toMs,
                            qint64 stepMs, const std::function<double(qint64)> &value,
                            const std::function<bool(qint64)> &skip = {})
{
    Series series;
    series.key = QStringLiteral("k");
    series.unit = unit;
    series.interval = interval;
    for (qint64 t = fromMs; t < toMs; t += stepMs) {
        if (skip && skip(t))
            continue;
        series.utcMs.push_back(t);
        series.values.push_back(value(t));
        series.updatedAtUtcMs.push_back(t + stepMs);
    }
    return series;
}

// Quarter-hours of one constant value, with [gapFromMs, gapToMs) missing.
inline Series quarterHours(const QString &unit, qint64 fromMs, qint64 toMs, double value,
                           qint64 gapFromMs = 0, qint64 gapToMs = 0)
{
    return regularSeries(
        unit, QStringLiteral("15min"), fromMs, toMs, kQuarterHourMs, [value](qint64) { return value; },
        [=](qint64 t) { return t >= gapFromMs && t < gapToMs; });
}

} // namespace meterscope::fixture
