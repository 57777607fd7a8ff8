// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/m4decimator.h"

#include <algorithm>
#include <array>

namespace meterscope {

namespace {
class Emitter
{
public:
    Emitter(std::span<const qint64> utcMs, std::span<const double> values, qint64 maxStepMs,
            DecimatedSeries &out)
        : m_utcMs(utcMs), m_values(values), m_maxStepMs(maxStepMs), m_out(out)
    {
    }

    // Appends point `index`. Only the first point of a column follows its data neighbour (the last
    // point kept before it), so only there can a gap start; inside a column it is absorbed.
    void keep(size_t index, bool startsColumn = true)
    {
        if (m_hasLast && index == m_lastIndex)
            return;
        if (startsColumn && m_hasLast && m_maxStepMs > 0 &&
            m_utcMs[index] - m_utcMs[m_lastIndex] > m_maxStepMs)
            m_out.breaks.append(m_out.points.size());
        m_out.points.append(QPointF(double(m_utcMs[index]), m_values[index]));
        m_lastIndex = index;
        m_hasLast = true;
    }

    // Keeps first, min, max and last of one column in time order, without repeats.
    void keepColumn(size_t begin, size_t minIndex, size_t maxIndex, size_t last)
    {
        keep(begin);
        const std::array<size_t, 3> rest{std::min(minIndex, maxIndex), std::max(minIndex, maxIndex), last};
        for (size_t pick : rest)
            keep(pick, false);
    }

private:
    std::span<const qint64> m_utcMs;
    std::span<const double> m_values;
    qint64 m_maxStepMs;
    DecimatedSeries &m_out;
    size_t m_lastIndex = 0;
    bool m_hasLast = false;
};
} // namespace

DecimatedSeries M4Decimator::decimate(std::span<const qint64> utcMs, std::span<const double> values,
                                      qint64 fromMs, qint64 toMs, int width, qint64 maxStepMs)
{
    DecimatedSeries out;
    const size_t n = std::min(utcMs.size(), values.size());
    utcMs = utcMs.first(n);
    values = values.first(n);
    if (n == 0 || toMs <= fromMs || width <= 0)
        return out;

    const size_t begin = size_t(std::lower_bound(utcMs.begin(), utcMs.end(), fromMs) - utcMs.begin());
    const size_t end =
        size_t(std::lower_bound(utcMs.begin() + qsizetype(begin), utcMs.end(), toMs) - utcMs.begin());
    out.points.reserve(qsizetype(std::min<size_t>(end - begin, size_t(width) * 4)) + 2);
    Emitter emitter(utcMs, values, maxStepMs, out);
    if (begin > 0)
        emitter.keep(begin - 1);

    // Column c holds t with floor((t - from) * width / span) == c, i.e. t >= from + ceil(c * span / width):
    // exact integer edges, and one comparison per point in the scan.
    const qint64 span = toMs - fromMs;
    size_t index = begin;
    while (index < end) {
        const qint64 column = (utcMs[index] - fromMs) * width / span;
        const qint64 nextEdge = fromMs + ((column + 1) * span + width - 1) / width;
        // One pass finds the column's end and its extremes.
        size_t minIndex = index;
        size_t maxIndex = index;
        double minValue = values[index];
        double maxValue = minValue;
        size_t columnEnd = index + 1;
        for (; columnEnd < end && utcMs[columnEnd] < nextEdge; ++columnEnd) {
            const double value = values[columnEnd];
            if (value < minValue) {
                minValue = value;
                minIndex = columnEnd;
            } else if (value > maxValue) {
                maxValue = value;
                maxIndex = columnEnd;
            }
        }
        emitter.keepColumn(index, minIndex, maxIndex, columnEnd - 1);
        index = columnEnd;
    }

    if (end < n)
        emitter.keep(end);
    return out;
}

} // namespace meterscope
