// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporttable.h"

#include <QString>

#include <optional>
#include <utility>

namespace meterscope {

class ChartDocument;
class CsvWriter;
struct ChartSeries;
struct CsvProvenance;

// The CSV of what a chart document holds over its view: the one recipe that the desktop app's
// export and `meterscope-cli export` share, so that both write the same rows. One value column per
// charted series (aligned on time), with coverage, partial and negative-interval columns for
// per-period series; local times in the document's axis zone; the provenance names the source, the
// range, the granularity and the command that writes the same rows again. A comparison is a column
// of its own on the rows of the periods it is compared with, followed by Δ and Δ % columns, and a
// note names the compared range.
class ChartCsvExport
{
public:
    struct Source
    {
        QString host;    // where the API data came from
        QString command; // the meterscope-cli command line that reproduces the export
    };

    // [from, to) in UTC ms: the part of the document's range an export holds.
    using Range = std::pair<qint64, qint64>;

    // Sets `writer` up (layout, zone, provenance, series) to write `document` over `range` (default:
    // its view). The writer reads the document's points where they are, through a shared copy of its
    // series list that keeps them alive if the document moves on to another chart while the file is
    // written.
    static void configure(CsvWriter *writer, const ChartDocument &document, const Source &source,
                          std::optional<Range> range = std::nullopt);
    // The same table for any writer (XlsxWriter).
    [[nodiscard]] static ExportTable table(const ChartDocument &document, const Source &source,
                                           std::optional<Range> range = std::nullopt);

private:
    static QString columnLabel(const QString &title, const QString &unit);
    // A provenance note for a series whose last exported period has not ended (this month, today).
    static void addInProgressNote(CsvProvenance *provenance, const ChartSeries &s, qint64 periodUtcMs);
    static void addDeltaColumns(ExportTable *table, CsvProvenance *provenance, const ChartSeries &current,
                                const ChartSeries &comparison, const Range &range);
};

} // namespace meterscope
