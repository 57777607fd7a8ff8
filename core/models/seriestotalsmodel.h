// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/displayunit.h"
#include "models/chartcomparison.h"
#include "models/chartseries.h"

#include <QAbstractTableModel>

#include <optional>

namespace meterscope {

class ChartDocument;

// The totals under the chart: one row per charted series with its total (the sum, for energy and
// volume only: a rate such as power shows no total), minimum, maximum, mean, the share of the
// range that has data, and how many intervals were negative (a counter reset or a correction).
// Figures are in the units of ChartDisplayUnits: Min, Max and Mean in the unit of the chart's axis,
// Total in one unit per API unit for the column (its tooltip gives the exact sum in the API's unit).
class SeriesTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesTotalsModel)
public:
    enum Column
    {
        SeriesColumn,
        TotalColumn,
        // A series with a comparison: Δ and Δ % against it (ChartComparison::ofTotals(): of the sum for
        // energy and volume, of the mean for rates, over the same span of both periods); Δ % reads "—"
        // when the compared figure is zero or missing, and names the compared coverage when partial.
        DeltaColumn,
        DeltaPercentColumn,
        MinimumColumn,
        MaximumColumn,
        MeanColumn,
        CoverageColumn,
        FlagsColumn, // negative intervals (counter resets or corrections), counted, never hidden
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the unformatted number of a figure column
        // Min and Max: when the smallest or largest value was ("Tue 3 Oct 2026 14:00", "Oct 2026" for
        // a month); also in their tooltips.
        WhenRole
    };

    explicit SeriesTotalsModel(QObject *parent = nullptr);

    // Shows the totals of what `document` charts from now on. Not owned.
    void setDocument(ChartDocument *document);
    void setSeries(const QList<ChartSeries> &series);
    // The totals over [fromUtcMs, toUtcMs), a part of the charted range (a zoomed view, as an export
    // holds it): the figures of the points that start in it; no Δ, which compares whole periods.
    void setSeries(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString title;         // what tells it apart from the other rows: "Gas · Volume"
        QString fullTitle;     // "Lyon Part-Dieu Store · Gas · Volume"
        DisplayUnit valueUnit; // Min, Max, Mean
        DisplayUnit totalUnit; // Total
        SeriesStatistics statistics;
        bool summable = true;
        Granularity granularity = Granularity::Day;
        bool inProgress = false; // the range has not ended: coverage and figures are "so far"
        QString timeZoneId;      // the site's: the time of Min and Max is told in it
    };
    // What Min, Max and Mean are taken over, for their tooltips; and the periods they leave out.
    [[nodiscard]] static QString scopeText(const Row &row, int column);
    [[nodiscard]] static QString leftOutText(const Row &row);
    // The statistics of the points of `s` that start in [fromUtcMs, toUtcMs): per interval for a
    // line, per period (complete ones for Min, Max, Mean, when there are) for bars.
    [[nodiscard]] static SeriesStatistics statisticsIn(const ChartSeries &s, qint64 fromUtcMs,
                                                       qint64 toUtcMs);
    // When the value of Min or Max was: the start of its interval, or the period it is.
    [[nodiscard]] static QString whenText(const Row &row, int column);
    [[nodiscard]] static QString flagsText(const Row &row);
    [[nodiscard]] static QString periodsText(Granularity granularity, qint64 count,
                                             const QString &adjective = {});
    QList<Row> m_rows;

    // Per row: what Δ and Δ % show.
    struct Comparison
    {
        std::optional<ChartComparison::Delta> delta;
        bool compared = false; // a series has a comparison (Δ or "—" is shown)
        QString unit;
        QString label; // "Oct 2024"
        QString span;  // what is compared with what, for the tooltip
        double comparedCoveragePercent = 100;
    };
    static QList<Comparison> comparisonsOf(const QList<ChartSeries> &series);
    [[nodiscard]] QVariant deltaData(const QModelIndex &index, int role) const;
    QList<Comparison> m_comparisons;
};

} // namespace meterscope
