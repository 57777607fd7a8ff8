// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartseries.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace meterscope {

// Δ between a charted series and its comparison (ChartSeries::comparisonOf): what the totals, the
// tooltips and the CSV export show of a comparison, computed in one place. Δ = current − compared,
// Δ % relative to the compared figure; there is no Δ % when the compared figure is zero.
class ChartComparison
{
public:
    struct Delta
    {
        double current = 0;
        double compared = 0;
        double delta = 0;
        std::optional<double> percent; // empty when the compared figure is zero
    };

    // The comparison of `series` among `all`; nullptr when it has none.
    [[nodiscard]] static const ChartSeries *comparisonOf(const QList<ChartSeries> &all,
                                                         const ChartSeries &series);
    // The series a comparison is compared with; nullptr when it is not charted.
    [[nodiscard]] static const ChartSeries *currentOf(const QList<ChartSeries> &all,
                                                      const ChartSeries &comparison);

    // Of the totals: the sum (energy, volume) or the mean over the intervals (rates) of `current`
    // against the same span of the compared range (ChartSeries::matchedStatistics). Empty when either
    // side has no data.
    [[nodiscard]] static std::optional<Delta> ofTotals(const ChartSeries &current,
                                                       const ChartSeries &comparison);
    // Of the period (or interval) starting at `utcMs` on the current timeline; empty when either side
    // has no point there.
    [[nodiscard]] static std::optional<Delta> at(const ChartSeries &current, const ChartSeries &comparison,
                                                 qint64 utcMs);
    [[nodiscard]] static Delta between(double current, double compared);
    // Δ and Δ % per period (or interval) starting in [fromUtcMs, toUtcMs) that both series have: the
    // columns of a CSV export. Δ % is left out where the compared value is zero.
    struct Columns
    {
        std::vector<qint64> deltaUtcMs;
        std::vector<double> delta;
        std::vector<qint64> percentUtcMs;
        std::vector<double> percent;
    };
    [[nodiscard]] static Columns columns(const ChartSeries &current, const ChartSeries &comparison,
                                         qint64 fromUtcMs, qint64 toUtcMs);
    // The index of the point of `series` starting at `utcMs`, if it has one.
    [[nodiscard]] static std::optional<size_t> indexAt(const ChartSeries &series, qint64 utcMs);
    // "+1,234 kWh", "-56.0 kWh": a Δ as the totals show quantities, with its sign.
    [[nodiscard]] static QString deltaText(double delta, const QString &unit);
    // "+5.3 %", "-12.0 %", "0.0 %" (one decimal, the sign always shown, in the locale's digits).
    [[nodiscard]] static QString percentText(double percent, const QLocale &locale = QLocale());
};

} // namespace meterscope
