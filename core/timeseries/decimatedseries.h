// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace meterscope {

// Points ready for QXYSeries::replace() or a QPainter polyline: x = UTC milliseconds, y = value,
// sorted by x, with no NaN in `points`. Gaps are kept out of band: every index in `breaks` starts a
// new line segment, so points[i - 1] and points[i] must not be joined (the data has a gap between
// them). A segment may hold a single point (data surrounded by gaps), which a chart shows as a dot.
struct DecimatedSeries
{
    QList<QPointF> points;
    QList<qsizetype> breaks; // ascending, each in (0, points.size())

    [[nodiscard]] qsizetype segmentCount() const { return points.isEmpty() ? 0 : breaks.size() + 1; }
    // One list per unbroken segment: one QLineSeries each, for charts that cannot break a line.
    [[nodiscard]] QList<QList<QPointF>> segments() const;
    // All points with a (midpoint x, NaN y) point at each break, for renderers that lift the pen
    // on NaN (a QPainterPath built point by point, or exports).
    [[nodiscard]] QList<QPointF> pointsWithNanBreaks() const;
};

} // namespace meterscope
