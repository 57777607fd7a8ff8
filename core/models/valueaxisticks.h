// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace meterscope {

// The ticks of a chart's value axis: evenly spaced at round values (a step of 1, 2 or 5 times a power
// of ten) from a multiple of the step at or below the lowest value to one at or above the highest.
// 0, 100, 200, 300 for values up to 291; never 0, 133, 267, 400.
struct ValueAxisTicks
{
    double min = 0;
    double max = 1;
    double step = 0.2;
    int count = 6; // ticks from min to max, both included

    // About `wanted` ticks (at least 3) covering [low, high]; an empty or inverted range is [0, 1].
    [[nodiscard]] static ValueAxisTicks covering(double low, double high, int wanted = 5);
};

} // namespace meterscope
