// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartseries.h"

#include <QList>
#include <QStringList>

namespace meterscope {

// What the legend calls each charted series: only what tells the series apart, so that entries stay
// short enough to read whole. The site when several sites are charted, the meter (or, for a site's
// own series, its utility) when several are, the measurement when several are; a comparison adds the
// period it shows ("Oct 2025"). A series alone keeps its meter and measurement. Measurement names are
// written for people ("Active energy" for the API's "ActiveEnergy"). The unit is added by the chart.
class ChartLegendNames
{
public:
    [[nodiscard]] static QStringList of(const QList<ChartSeries> &series);
    // "ActiveEnergy" → "Active energy", "DistrictHeating" → "District heating"; other text unchanged.
    [[nodiscard]] static QString readable(const QString &apiName);
    // The meter, or for a series of the site itself (no meter) its utility: "Main incomer", "Gas".
    [[nodiscard]] static QString ownerOf(const ChartSeries &s);
};

} // namespace meterscope
