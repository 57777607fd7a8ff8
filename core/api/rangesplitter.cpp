// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/rangesplitter.h"

#include <QTimeZone>

#include <algorithm>

namespace meterscope {

QList<RangeSplitter::Span> RangeSplitter::split(const QDateTime &from, const QDateTime &to, int maxSpanDays)
{
    QList<Span> spans;
    if (!from.isValid() || !to.isValid() || from >= to)
        return spans;
    const qint64 maxSpanMs = qint64(std::max(maxSpanDays, 1)) * 24 * 3600 * 1000;
    const qint64 endMs = to.toMSecsSinceEpoch();
    for (qint64 startMs = from.toMSecsSinceEpoch(); startMs < endMs; startMs += maxSpanMs) {
        const qint64 spanEndMs = std::min(endMs, startMs + maxSpanMs);
        spans.append({QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()),
                      QDateTime::fromMSecsSinceEpoch(spanEndMs, QTimeZone::utc())});
    }
    return spans;
}

} // namespace meterscope
