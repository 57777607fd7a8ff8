// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartcsvexport.h"

#include "export/csvwriter.h"
#include "models/chartcomparison.h"
#include "models/chartdocument.h"
#include "models/chartseriesbuilder.h"
#include "timeseries/zonedcalendar.h"

#include <QCoreApplication>

#include <memory>
#include <span>

namespace meterscope {

void ChartCsvExport::configure(CsvWriter *writer, const ChartDocument &document, const Source &source,
                               std::optional<Range> range)
{
    writer->setTable(table(document, source, range));
    writer->setLayout(CsvWriter::Layout::Aligned);
}

ExportTable ChartCsvExport::table(const ChartDocument &document, const Source &source,
                                  std::optional<Range> range)
{
    const Range span = range.value_or(Range{document.viewFromUtcMs(), document.viewToUtcMs()});
    const bool whole = span.first <= document.fromUtcMs() && span.second >= document.toUtcMs();
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
    provenance.from = QDateTime::fromMSecsSinceEpoch(span.first, QTimeZone::utc());
    provenance.to = QDateTime::fromMSecsSinceEpoch(span.second, QTimeZone::utc());
    provenance.dataAsOfUtcMs = document.asOfUtcMs();
    // The totals' coverage is that of the whole range: a zoomed export does not claim it.
    if (series->size() == 1 && whole)
        provenance.coveragePercent = series->front().statistics.coveragePercent();
    table.setTimeZone(document.axisZone());
    for (const ChartSeries &s : *series) {
        // Exactly the range the file is named after (the view, when the chart is zoomed and that is
        // what is exported).
        const auto [first, last] = s.indicesStartingIn(span.first, span.second);
        ExportTable::Points points{std::span(s.utcMs).subspan(first, last - first),
                                   std::span(s.values).subspan(first, last - first), series};
        if (s.bars && s.coverage.size() == s.utcMs.size()) { // periods: how complete each one is
            points.coverage = std::span(s.coverage).subspan(first, last - first);
            if (s.negativeIntervals.size() == s.utcMs.size())
                points.negativeIntervals = std::span(s.negativeIntervals).subspan(first, last - first);
        }
        table.addSeries(ChartSeriesBuilder::seriesInfo(s), points, s.meterName, columnLabel(s.title, s.unit));
        if (last > first && s.isInProgress(last - 1) && !s.isComparison())
            addInProgressNote(&provenance, s, s.utcMs[last - 1]);
        if (const ChartSeries *current = ChartComparison::currentOf(*series, s))
            addDeltaColumns(&table, &provenance, *current, s, span);
    }
    table.setProvenance(provenance);
    return table;
}

QString ChartCsvExport::columnLabel(const QString &title, const QString &unit)
{
    return unit.isEmpty() ? title : QCoreApplication::translate("ChartCsvExport", "%1 (%2)").arg(title, unit);
}

void ChartCsvExport::addInProgressNote(CsvProvenance *provenance, const ChartSeries &s, qint64 periodUtcMs)
{
    const ZonedCalendar calendar = ZonedCalendar::forZoneId(s.timeZoneId.toUtf8());
    const QString note =
        QCoreApplication::translate("ChartCsvExport",
                                    "the period starting %1 is in progress: its row holds the "
                                    "data up to %2, and its coverage counts the time up to then")
            .arg(calendar.isoWithOffset(periodUtcMs), calendar.isoWithOffset(s.measuredToUtcMs));
    if (!provenance->notes.contains(note))
        provenance->notes.append(note);
}

void ChartCsvExport::addDeltaColumns(ExportTable *table, CsvProvenance *provenance,
                                     const ChartSeries &current, const ChartSeries &comparison,
                                     const Range &range)
{
    const auto columns = std::make_shared<const ChartComparison::Columns>(
        ChartComparison::columns(current, comparison, range.first, range.second));
    const Series info = ChartSeriesBuilder::seriesInfo(current);
    const QString delta = QCoreApplication::translate("ChartCsvExport", "%1 Δ vs %2")
                              .arg(current.title, comparison.comparedLabel);
    table->addSeries(info, ExportTable::Points{columns->deltaUtcMs, columns->delta, columns},
                     current.meterName, columnLabel(delta, current.unit));
    Series percentInfo = info;
    percentInfo.unit = QStringLiteral("%");
    table->addSeries(percentInfo, ExportTable::Points{columns->percentUtcMs, columns->percent, columns},
                     current.meterName, columnLabel(delta, percentInfo.unit));
    const ZonedCalendar calendar = ZonedCalendar::forZoneId(current.timeZoneId.toUtf8());
    provenance->notes.append(
        QCoreApplication::translate(
            "ChartCsvExport", "\"%1\" holds %2 (%3 to %4, end exclusive), each period on the row of the "
                              "period it is compared with; Δ = value − compared value, Δ % relative to "
                              "the compared value")
            .arg(columnLabel(comparison.title, comparison.unit), comparison.comparedLabel,
                 calendar.isoWithOffset(comparison.comparedFromUtcMs),
                 calendar.isoWithOffset(comparison.comparedToUtcMs)));
}

} // namespace meterscope
