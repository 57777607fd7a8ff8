// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartseries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meterscope {

// The chart in one paragraph, for people who do not see it (a screen reader reads it as the chart's
// accessible description): how many series, the range and its zone, then each series' total (sum)
// or mean (rates) with its unit and coverage, in the application's language and number format.
class ChartSummary final
{
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)
public:
    [[nodiscard]] static QString of(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs,
                                    const QString &zoneId);
};

} // namespace meterscope
