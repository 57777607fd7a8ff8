// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"

#include <QHash>
#include <QList>

namespace meterscope {

// Puts series points in order and merges the chunks of one long range: sorted by time, one point
// per timestamp, and of duplicates the one with the latest updatedAt wins (a later correction).
class SeriesMerger
{
public:
    // Sorts and de-duplicates one series in place.
    static void normalise(Series *series);
    // Removes the points whose interval, at most `longestIntervalMs` long, cannot overlap [fromMs, toMs)
    // (a server may send some beyond the asked range); returns how many were removed.
    static int dropOutside(Series *series, qint64 fromMs, qint64 toMs, qint64 longestIntervalMs);

    // Adds a chunk's series to the merged set (matched by key) without ordering them yet.
    void add(QList<Series> chunk);
    // The merged series, each normalised, in the order their keys first appeared.
    [[nodiscard]] QList<Series> take();

private:
    QList<Series> m_series;
    QHash<QString, qsizetype> m_indexByKey;
};

} // namespace meterscope
