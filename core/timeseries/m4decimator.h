// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/decimatedseries.h"

#include <span>

namespace meterscope {

// M4 decimation (Jugel et al., PVLDB 2014): the visible range [from, to) is split into `width`
// pixel columns and each column keeps its first, minimum, maximum and last point, in time order,
// at most 4 points per column and never fewer than the column's extremes, so a line drawn through
// the result is the line drawn through all points, peaks included. One O(n) pass after a binary
// search for the range.
//
// Gaps: when two consecutive points are more than `maxStepMs` apart, the output gets a break
// between them (see DecimatedSeries). A gap that lies inside one pixel column cannot be drawn at
// that zoom; the column's vertical min–max stroke covers it and the break appears once zoomed in.
// The last point before `from` and the first point at or after `to` are kept (as their own
// columns) so lines run to the plot edges.
class M4Decimator
{
public:
    // utcMs sorted ascending, values the same length; maxStepMs <= 0 means "never break".
    [[nodiscard]] static DecimatedSeries decimate(std::span<const qint64> utcMs,
                                                  std::span<const double> values, qint64 fromMs, qint64 toMs,
                                                  int width, qint64 maxStepMs);
};

} // namespace meterscope
