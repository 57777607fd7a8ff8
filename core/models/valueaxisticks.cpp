// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/valueaxisticks.h"

#include <algorithm>
#include <cmath>

namespace meterscope {

namespace {
// A number of 1, 2 or 5 times a power of ten near `x`: the nearest (`nearest`), or the smallest at
// least `x` (Heckbert's "nice numbers", Graphics Gems, 1990).
double niceNumber(double x, bool nearest)
{
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    const double fraction = x / power;
    double nice = 10;
    if (nearest)
        nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    else
        nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
} // namespace

ValueAxisTicks ValueAxisTicks::covering(double low, double high, int wanted)
{
    if (!std::isfinite(low) || !std::isfinite(high) || !(high > low)) {
        low = 0;
        high = 1;
    }
    const int intervals = std::max(2, wanted - 1);
    ValueAxisTicks ticks;
    ticks.step = niceNumber(niceNumber(high - low, false) / intervals, true);
    // A value a rounding error past a multiple of the step stays on that tick.
    const double slack = ticks.step * 1e-9;
    ticks.min = std::floor((low + slack) / ticks.step) * ticks.step;
    ticks.max = std::ceil((high - slack) / ticks.step) * ticks.step;
    ticks.count = int(std::lround((ticks.max - ticks.min) / ticks.step)) + 1;
    if (ticks.count < 3) { // a line of ticks needs a middle one
        ticks.max += ticks.step;
        ticks.count = 3;
    }
    return ticks;
}

} // namespace meterscope
