// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// M4 decimation cost: one meter-year (35,040 quarter-hours), 1 M and 10 M points to 1,600 pixel
// columns, over the whole series and over a zoomed window. Prints the best of several runs.
#include "timeseries/m4decimator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <vector>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kStart = 1704067200000; // 2024-01-01T00:00:00Z

struct Result
{
    double bestMs = 1e300;
    qsizetype points = 0;
};

Result measure(const std::vector<qint64> &t, const std::vector<double> &v, qint64 from, qint64 to, int width,
               int runs)
{
    Result result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const DecimatedSeries out = M4Decimator::decimate(t, v, from, to, width, kQuarterMs);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        result.bestMs = std::min(result.bestMs, ms);
        result.points = out.points.size();
    }
    return result;
}
} // namespace

int main()
{
    const int width = 1600;
    std::printf("M4 decimation to %d columns (best of runs, single thread)\n", width);
    std::printf("%12s %10s %12s %12s %10s\n", "points", "view", "time ms", "ns/point", "kept");
    QRandomGenerator random(2024);
    for (const qint64 count : {qint64(35040), qint64(1000000), qint64(10000000)}) {
        std::vector<qint64> t;
        std::vector<double> v;
        t.reserve(size_t(count));
        v.reserve(size_t(count));
        double level = 50;
        for (qint64 i = 0; i < count; ++i) {
            if (random.bounded(1000) == 0)
                continue; // an occasional missing interval
            level = std::max(0.0, level + random.generateDouble() * 4 - 2);
            t.push_back(kStart + i * kQuarterMs);
            v.push_back(level);
        }
        const int runs = count >= 10000000 ? 5 : 20;
        const qint64 from = t.front();
        const qint64 to = t.back() + kQuarterMs;
        const Result whole = measure(t, v, from, to, width, runs);
        std::printf("%12lld %10s %12.3f %12.2f %10lld\n", static_cast<long long>(t.size()), "all",
                    whole.bestMs, whole.bestMs * 1e6 / double(t.size()),
                    static_cast<long long>(whole.points));
        const qint64 quarter = (to - from) / 4;
        const Result zoomed = measure(t, v, from + quarter, from + 2 * quarter, width, runs);
        const auto zoomedPoints = static_cast<long long>(t.size() / 4);
        std::printf("%12lld %10s %12.3f %12.2f %10lld\n", zoomedPoints, "1/4 zoom", zoomed.bestMs,
                    zoomed.bestMs * 1e6 / double(zoomedPoints), static_cast<long long>(zoomed.points));
    }
    return 0;
}
