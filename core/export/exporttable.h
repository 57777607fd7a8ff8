// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"
#include "export/csvprovenance.h"

#include <QList>
#include <QTimeZone>

#include <limits>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace meterscope {

// What an export writes, whatever the file format: the series (their description and their points,
// read where they are), the zone of the local times and the provenance. CsvWriter and XlsxWriter
// write it; ChartCsvExport fills it from a chart document.
class ExportTable
{
public:
    // The points of one series, read where they are (no copy): `owner` keeps the arrays alive and
    // unchanged until the writer is done with them.
    struct Points
    {
        std::span<const qint64> utcMs;
        std::span<const double> values; // the same length
        std::shared_ptr<const void> owner;
        // Per-period data (bars): the share 0–1 of each period that had data and its negative intervals
        // (counter resets or corrections), the same length; empty for interval data. Such a series gets
        // coverage (%), partial and negative-interval columns.
        std::span<const double> coverage = {};
        std::span<const qint64> negativeIntervals = {};
    };
    struct Entry
    {
        Series series; // what the provenance says of the series
        Points points; // what is written
        QString meterName;
        QString label;
    };

    // The zone of the local times; invalid = UTC.
    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] const QTimeZone &timeZone() const { return m_zone; }
    void setProvenance(const CsvProvenance &provenance) { m_provenance = provenance; }
    [[nodiscard]] const CsvProvenance &provenance() const { return m_provenance; }
    // `meterName` goes into the provenance; `label` heads the series' value column (empty =
    // "<measurement> (<unit>)", with the meter when several meters are exported). The points of
    // `series` move into an owner of their own.
    void addSeries(Series series, const QString &meterName = QString(), const QString &label = QString());
    // `info` names the series (its points, if any, are not written); `points` are written.
    void addSeries(Series info, Points points, const QString &meterName = QString(),
                   const QString &label = QString());
    void clearSeries() { m_entries.clear(); }
    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    [[nodiscard]] qint64 pointCount() const;
    [[nodiscard]] QString columnLabel(const Entry &entry) const;
    // The provenance as (key, value) records: "meterscope", "source", "site", "zone", "granularity",
    // "range", "generated-at", "data-as-of", "coverage", "series N", "command", "note"; empty values
    // are left out. `withColumns`: each series record names its column.
    [[nodiscard]] QList<std::pair<QString, QString>> provenanceRecords(bool withColumns) const;

private:
    QTimeZone m_zone = QTimeZone::utc();
    CsvProvenance m_provenance;
    std::vector<Entry> m_entries;
};

// Walks the series of a table in time order, one row per distinct timestamp: after next(), utcMs()
// is the row's time and has(k) says whether series k has a point at it (index(k)).
class AlignedRowCursor
{
public:
    explicit AlignedRowCursor(const std::vector<ExportTable::Entry> &entries)
        : m_entries(entries), m_next(entries.size(), 0), m_here(entries.size(), false)
    {
    }
    // Moves to the next row; false when every point was visited. Points of the previous row are consumed.
    bool next()
    {
        for (size_t k = 0; k < m_entries.size(); ++k) {
            if (m_here[k])
                ++m_next[k];
        }
        m_utcMs = std::numeric_limits<qint64>::max();
        for (size_t k = 0; k < m_entries.size(); ++k) {
            const auto &times = m_entries[k].points.utcMs;
            if (m_next[k] < times.size())
                m_utcMs = std::min(m_utcMs, times[m_next[k]]);
        }
        for (size_t k = 0; k < m_entries.size(); ++k) {
            const auto &times = m_entries[k].points.utcMs;
            m_here[k] = m_next[k] < times.size() && times[m_next[k]] == m_utcMs;
        }
        return m_utcMs != std::numeric_limits<qint64>::max();
    }
    [[nodiscard]] qint64 utcMs() const { return m_utcMs; }
    [[nodiscard]] bool has(size_t k) const { return m_here[k]; }
    [[nodiscard]] size_t index(size_t k) const { return m_next[k]; }

private:
    const std::vector<ExportTable::Entry> &m_entries;
    std::vector<size_t> m_next;
    std::vector<bool> m_here;
    qint64 m_utcMs = 0;
};

} // namespace meterscope
