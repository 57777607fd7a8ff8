// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartdisplayunits.h"

#include <algorithm>
#include <cmath>

namespace meterscope {

ChartDisplayUnits::ChartDisplayUnits(const QList<ChartSeries> &series)
{
    // The largest magnitude per API unit, of the values and of the totals.
    QHash<QString, double> largestValue;
    QHash<QString, double> largestTotal;
    for (const ChartSeries &s : series) {
        double &value = largestValue[s.unit];
        value = std::max(value, DisplayUnit::largestMagnitude(s.values));
        double &total = largestTotal[s.unit];
        if (s.summable && s.statistics.hasData() && std::isfinite(s.statistics.sum))
            total = std::max(total, std::abs(s.statistics.sum));
    }
    for (auto it = largestValue.cbegin(); it != largestValue.cend(); ++it)
        m_values.insert(it.key(), DisplayUnit::forMagnitude(it.key(), it.value()));
    for (auto it = largestTotal.cbegin(); it != largestTotal.cend(); ++it)
        m_totals.insert(it.key(), DisplayUnit::forMagnitude(it.key(), it.value()));
}

DisplayUnit ChartDisplayUnits::values(const QString &apiUnit) const
{
    return m_values.value(apiUnit, DisplayUnit::unscaled(apiUnit));
}

DisplayUnit ChartDisplayUnits::totals(const QString &apiUnit) const
{
    return m_totals.value(apiUnit, DisplayUnit::unscaled(apiUnit));
}

} // namespace meterscope
