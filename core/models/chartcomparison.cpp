// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartcomparison.h"

#include "models/seriestotalsmodel.h"

#include <algorithm>
#include <cmath>

namespace meterscope {

std::optional<size_t> ChartComparison::indexAt(const ChartSeries &series, qint64 utcMs)
{
    const auto found = std::lower_bound(series.utcMs.cbegin(), series.utcMs.cend(), utcMs);
    if (found == series.utcMs.cend() || *found != utcMs)
        return std::nullopt;
    const auto i = size_t(found - series.utcMs.cbegin());
    return i < series.values.size() ? std::optional(i) : std::nullopt;
}

const ChartSeries *ChartComparison::comparisonOf(const QList<ChartSeries> &all, const ChartSeries &series)
{
    if (series.isComparison())
        return nullptr;
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&series](const ChartSeries &s) { return s.comparisonOf == series.key; });
    return found == all.cend() ? nullptr : &*found;
}

const ChartSeries *ChartComparison::currentOf(const QList<ChartSeries> &all, const ChartSeries &comparison)
{
    if (!comparison.isComparison())
        return nullptr;
    const auto found = std::find_if(all.cbegin(), all.cend(), [&comparison](const ChartSeries &s) {
        return !s.isComparison() && s.key == comparison.comparisonOf;
    });
    return found == all.cend() ? nullptr : &*found;
}

ChartComparison::Delta ChartComparison::between(double current, double compared)
{
    Delta d;
    d.current = current;
    d.compared = compared;
    d.delta = current - compared;
    if (compared != 0 && std::isfinite(compared))
        d.percent = d.delta / std::abs(compared) * 100.0;
    return d;
}

std::optional<ChartComparison::Delta> ChartComparison::ofTotals(const ChartSeries &current,
                                                                const ChartSeries &comparison)
{
    if (!current.statistics.hasData() || !comparison.matchedStatistics.hasData())
        return std::nullopt;
    return between(current.statistics.total(), comparison.matchedStatistics.total());
}

std::optional<ChartComparison::Delta> ChartComparison::at(const ChartSeries &current,
                                                          const ChartSeries &comparison, qint64 utcMs)
{
    const auto i = indexAt(current, utcMs);
    const auto j = indexAt(comparison, utcMs);
    if (!i || !j)
        return std::nullopt;
    return between(current.values[*i], comparison.values[*j]);
}

ChartComparison::Columns ChartComparison::columns(const ChartSeries &current, const ChartSeries &comparison,
                                                  qint64 fromUtcMs, qint64 toUtcMs)
{
    Columns out;
    const auto [first, last] = current.indicesStartingIn(fromUtcMs, toUtcMs);
    for (size_t i = first; i < last && i < current.values.size(); ++i) {
        const std::optional<size_t> j = indexAt(comparison, current.utcMs[i]);
        if (!j)
            continue;
        const Delta d = between(current.values[i], comparison.values[*j]);
        out.deltaUtcMs.push_back(current.utcMs[i]);
        out.delta.push_back(d.delta);
        if (d.percent) {
            out.percentUtcMs.push_back(current.utcMs[i]);
            out.percent.push_back(*d.percent);
        }
    }
    return out;
}

QString ChartComparison::deltaText(double delta, const QString &unit)
{
    const QString text = DisplayUnit::forMagnitude(unit, std::abs(delta)).format(delta);
    return delta > 0 ? QString(u'+' + text) : text;
}

QString ChartComparison::percentText(double percent, const QLocale &locale)
{
    const double rounded = std::round(percent * 10) / 10; // no sign on what reads 0.0
    const QString number = locale.toString(rounded == 0 ? 0.0 : rounded, 'f', 1);
    return (rounded > 0 ? QStringLiteral("+") : QString()) + number + QStringLiteral(" %");
}

} // namespace meterscope
