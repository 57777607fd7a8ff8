// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apiinterval.h"
#include "emulator/meterspec.h"
#include "emulator/seriespoint.h"
#include "emulator/sitespec.h"

#include <vector>

namespace meterscope::emulator {

class Portfolio;

// Turns the meters' load models into the points of one served series: the quarter hours in the
// requested range that the history covers (from now − history days up to the latest complete
// quarter hour), summed over the components (a site's active energy is the sum of its main meters),
// then aggregated: hourly, daily and monthly buckets start at the site's local period boundaries
// (ZonedCalendar), energy is summed and power averaged. Nothing is stored.
class SeriesSampler
{
public:
    struct Component
    {
        const MeterSpec *meter = nullptr;
        int measurementIndex = 0;
    };

    SeriesSampler(const Portfolio &portfolio, qint64 nowMs, int historyDays);

    [[nodiscard]] std::vector<SeriesPoint> sample(const SiteSpec &site,
                                                  const std::vector<Component> &components, qint64 startMs,
                                                  qint64 endMs, ApiInterval interval) const;
    // The end of the latest complete quarter hour.
    [[nodiscard]] qint64 dataEndMs() const { return m_dataEndMs; }
    [[nodiscard]] qint64 historyStartMs() const { return m_historyStartMs; }

private:
    const Portfolio &m_portfolio;
    qint64 m_nowMs;
    qint64 m_dataEndMs;
    qint64 m_historyStartMs;
};

} // namespace meterscope::emulator
