// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/decimatedseries.h"

#include <limits>

namespace meterscope {

QList<QList<QPointF>> DecimatedSeries::segments() const
{
    QList<QList<QPointF>> result;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= breaks.size() && begin < points.size(); ++i) {
        const qsizetype end = i < breaks.size() ? breaks.at(i) : points.size();
        result.append(points.mid(begin, end - begin));
        begin = end;
    }
    return result;
}

QList<QPointF> DecimatedSeries::pointsWithNanBreaks() const
{
    QList<QPointF> result;
    result.reserve(points.size() + breaks.size());
    qsizetype nextBreak = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (nextBreak < breaks.size() && breaks.at(nextBreak) == i) {
            const double x = (points.at(i - 1).x() + points.at(i).x()) / 2;
            result.append(QPointF(x, std::numeric_limits<double>::quiet_NaN()));
            ++nextBreak;
        }
        result.append(points.at(i));
    }
    return result;
}

} // namespace meterscope
