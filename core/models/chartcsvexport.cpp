// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartcsvexport.h"

#include "export/csvwriter.h"
#include "models/chartdocument.h"
#include "models/chartseriesbuilder.h"

#include <QCoreApplication>

#include <memory>
#include <span>

namespace meterscope {

void ChartCsvExport::configure(CsvWriter *writer, const ChartDocument &document, const Source &source)
{
    writer->setTable(table(document, source));
    writer->setLayout(CsvWriter::Layout::Aligned);
}

ExportTable ChartCsvExport::table(const ChartDocument &document, const Source &source)
{
    ExportTable table;
    const auto series = std::make_shared<const QList<ChartSeries>>(document.series());
    CsvProvenance provenance;
    provenance.sourceHost = source.host;
    provenance.command = source.command;
    if (!series->isEmpty()) {
        provenance.siteId = series->front().siteId;
        provenance.siteName = series->front().siteName;
        provenance.granularity = granularityKey(series->front().granularity);
    }
    provenance.from = QDateTime::fromMSecsSinceEpoch(document.viewFromUtcMs(), QTimeZone::utc());
    provenance.to = QDateTime::fromMSecsSinceEpoch(document.viewToUtcMs(), QTimeZone::utc());
    provenance.dataAsOfUtcMs = document.asOfUtcMs();
    // The totals' coverage is that of the whole range: a zoomed export does not claim it.
    if (series->size() == 1 && !document.isZoomed())
        provenance.coveragePercent = series->front().statistics.coveragePercent();
    table.setProvenance(provenance);
    table.setTimeZone(document.axisZone());
    for (const ChartSeries &s : *series) {
        // Exactly the range the file is named after: the view, when the chart is zoomed.
        const auto [first, last] = s.indicesStartingIn(document.viewFromUtcMs(), document.viewToUtcMs());
        ExportTable::Points points{std::span(s.utcMs).subspan(first, last - first),
                                   std::span(s.values).subspan(first, last - first), series};
        if (s.bars && s.coverage.size() == s.utcMs.size()) { // periods: how complete each one is
            points.coverage = std::span(s.coverage).subspan(first, last - first);
            if (s.negativeIntervals.size() == s.utcMs.size())
                points.negativeIntervals = std::span(s.negativeIntervals).subspan(first, last - first);
        }
        const QString label =
            s.unit.isEmpty() ? s.title
                             : QCoreApplication::translate("ChartCsvExport", "%1 (%2)").arg(s.title, s.unit);
        table.addSeries(ChartSeriesBuilder::seriesInfo(s), points, s.meterName, label);
    }
    return table;
}

} // namespace meterscope
