// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/displayunit.h"
#include "models/chartseries.h"

#include <QHash>
#include <QList>

namespace meterscope {

// The units what is charted is shown in: one per API unit for the values (the y axis, the legend,
// the tooltip and the totals' Min, Max and Mean, so a figure in the table can be read off the axis)
// and one per API unit for the totals (a year's sum is far larger than any of its days). Every
// series of one API unit shares them, so a column of the totals compares like with like.
class ChartDisplayUnits final
{
public:
    ChartDisplayUnits() = default;
    explicit ChartDisplayUnits(const QList<ChartSeries> &series);

    // For the values of the series whose API unit is `apiUnit` (unscaled for one not charted).
    [[nodiscard]] DisplayUnit values(const QString &apiUnit) const;
    // For the totals (sums) of the series whose API unit is `apiUnit`.
    [[nodiscard]] DisplayUnit totals(const QString &apiUnit) const;

private:
    QHash<QString, DisplayUnit> m_values;
    QHash<QString, DisplayUnit> m_totals;
};

} // namespace meterscope
