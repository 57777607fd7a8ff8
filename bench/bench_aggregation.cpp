// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregation cost: one meter-year of quarter-hours (35,040 points) into hours, days, weeks and
// months in several zones, plus the statistics under a chart. Prints the best of several runs.
#include "domain/series.h"
#include "timeseries/seriesaggregator.h"
#include "timeseries/seriesstatistics.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;

double bestMs(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}
} // namespace

int main()
{
    std::printf("Aggregation of one meter-year (15-min kWh) in the site's zone (best of 20 runs)\n");
    std::printf("%-22s %-8s %10s %10s %12s\n", "zone", "to", "buckets", "time ms", "ns/point");
    for (const char *zoneId : {"Europe/Paris", "Asia/Kathmandu", "America/Santiago"}) {
        const ZonedCalendar calendar{QTimeZone(zoneId)};
        const qint64 from = calendar.startOfLocalDate(QDate(2024, 1, 1));
        const qint64 to = calendar.startOfLocalDate(QDate(2025, 1, 1));
        Series series;
        series.unit = QStringLiteral("kWh");
        series.interval = QStringLiteral("15min");
        QRandomGenerator random(1);
        for (qint64 t = from; t < to; t += kQuarterMs) {
            series.utcMs.push_back(t);
            series.values.push_back(random.generateDouble() * 10);
        }
        for (Granularity granularity :
             {Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month}) {
            const SeriesAggregator aggregator(calendar, granularity);
            size_t buckets = 0;
            const double ms =
                bestMs(20, [&] { buckets = aggregator.aggregate(series, from, to).buckets.size(); });
            std::printf("%-22s %-8s %10zu %10.3f %12.1f\n", zoneId, qPrintable(granularityKey(granularity)),
                        buckets, ms, ms * 1e6 / double(series.size()));
        }
        const double statsMs =
            bestMs(20, [&] { (void)SeriesStatistics::ofSeries(series, from, to, calendar); });
        std::printf("%-22s %-8s %10s %10.3f %12.1f\n", zoneId, "totals", "-", statsMs,
                    statsMs * 1e6 / double(series.size()));
    }
    return 0;
}
