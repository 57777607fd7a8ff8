// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/seriessampler.h"

#include "emulator/metersampler.h"
#include "emulator/portfolio.h"
#include "timeseries/zonedcalendar.h"

#include <cmath>

namespace meterscope::emulator {

namespace {

constexpr qint64 kQuarterMs = 900000;
constexpr qint64 kDayMs = 86400000;

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 remainder = ((value % step) + step) % step;
    return value - remainder;
}

} // namespace

SeriesSampler::SeriesSampler(const Portfolio &portfolio, qint64 nowMs, int historyDays)
    : m_portfolio(portfolio), m_nowMs(nowMs), m_dataEndMs(floorTo(nowMs, kQuarterMs)),
      m_historyStartMs(m_dataEndMs - qint64(historyDays) * kDayMs)
{
}

std::vector<SeriesPoint> SeriesSampler::sample(const SiteSpec &site, const std::vector<Component> &components,
                                               qint64 startMs, qint64 endMs, ApiInterval interval) const
{
    std::vector<MeterSampler> samplers;
    samplers.reserve(components.size());
    for (const Component &component : components)
        samplers.emplace_back(m_portfolio, site, *component.meter);

    const qint64 first = -floorTo(-std::max(startMs, m_historyStartMs), kQuarterMs); // rounded up
    const qint64 last = std::min(endMs, m_dataEndMs);
    std::vector<SeriesPoint> quarters;
    if (last > first)
        quarters.reserve(size_t((last - first) / kQuarterMs));
    for (qint64 t = first; t < last; t += kQuarterMs) {
        bool present = false;
        SeriesPoint point{t, 0, 0};
        for (size_t c = 0; c < samplers.size(); ++c) {
            qint64 primaryMilli = 0;
            qint64 updatedAt = 0;
            if (!samplers[c].sample(t, &primaryMilli, &updatedAt))
                continue;
            present = true;
            point.milli += samplers[c].measurementValue(components[c].measurementIndex, primaryMilli, t);
            point.updatedAtMs = std::max(point.updatedAtMs, updatedAt);
        }
        if (present) {
            point.updatedAtMs = std::min(point.updatedAtMs, m_nowMs);
            quarters.push_back(point);
        }
    }
    if (interval == ApiInterval::Raw || interval == ApiInterval::FifteenMinutes)
        return quarters;

    const Granularity granularity = interval == ApiInterval::Hourly  ? Granularity::Hour
                                    : interval == ApiInterval::Daily ? Granularity::Day
                                                                     : Granularity::Month;
    const bool mean =
        components.size() == 1 &&
        components.front().meter->measurements[size_t(components.front().measurementIndex)].mean;
    const ZonedCalendar calendar(m_portfolio.zone(site));
    std::vector<SeriesPoint> buckets;
    qint64 bucketEnd = LLONG_MIN;
    qint64 count = 0;
    auto flush = [&] {
        if (count > 0 && mean)
            buckets.back().milli = std::llround(double(buckets.back().milli) / double(count));
    };
    for (const SeriesPoint &point : quarters) {
        if (point.utcMs >= bucketEnd) {
            flush();
            const qint64 bucketStart = calendar.periodStart(point.utcMs, granularity);
            bucketEnd = calendar.nextPeriodStart(bucketStart, granularity);
            buckets.push_back({bucketStart, 0, 0});
            count = 0;
        }
        buckets.back().milli += point.milli;
        buckets.back().updatedAtMs = std::max(buckets.back().updatedAtMs, point.updatedAtMs);
        ++count;
    }
    flush();
    return buckets;
}

} // namespace meterscope::emulator
