// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlegend.h"
#include "models/chartdisplayunits.h"
#include "models/chartdocument.h"
#include "models/chartseries.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPainter;
class QVBoxLayout;

namespace meterscope {

class ChartStatusOverlay;

// The one widget that knows Qt Charts. Shows ChartSeries as lines (interval data) or bars (per-period
// buckets, partial ones hatched), one y axis per unit (two per chart; a third unit opens a second
// chart; values scaled to one display unit per axis, e.g. MWh), a time axis labelled by the widget itself in
// the chosen zone (QDateTimeAxis would use the process zone), a hover tooltip, and zoom/pan by wheel, drag
// and keyboard. Points are decimated to the plot's pixel width on every view change; lines are drawn by each
// chart's PlotLinesLayer (Qt Charts draws the axes, grid, legend and bars).
class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    // Shows what `document` holds from now on, and keeps its view (zoom and pan) in step with the
    // widget's. Not owned.
    void setDocument(ChartDocument *document);
    // Shows `series` over [fromUtcMs, toUtcMs) with time labels in `axisZone`; resets the zoom.
    void setSeries(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs,
                   const QTimeZone &axisZone);
    void clear(const QString &placeholder);
    // What the loading of the document's chart is doing, said over the chart (ChartStatusOverlay).
    [[nodiscard]] const ChartStatusOverlay *statusOverlay() const { return m_status; }
    [[nodiscard]] const QList<ChartSeries> &series() const { return m_series; }
    [[nodiscard]] QTimeZone axisZone() const { return m_zone; }
    [[nodiscard]] qint64 rangeFromUtcMs() const { return m_from; }
    [[nodiscard]] qint64 rangeToUtcMs() const { return m_to; }

    // Zoom and pan (the visible part of the range).
    [[nodiscard]] qint64 viewFromUtcMs() const { return m_viewFrom; }
    [[nodiscard]] qint64 viewToUtcMs() const { return m_viewTo; }
    void setView(qint64 fromUtcMs, qint64 toUtcMs);
    void zoomBy(double factor, double anchor = 0.5); // factor < 1 zooms in; anchor: 0 = left edge
    void panBy(double fraction);                     // of the visible span; > 0 moves right
    void resetZoom();
    [[nodiscard]] bool isZoomed() const { return m_viewFrom != m_from || m_viewTo != m_to; }

    // What is on screen, for tests and the status line.
    [[nodiscard]] int chartCount() const;
    [[nodiscard]] int plottedPointCount(const QString &seriesKey) const;
    // Unbroken line pieces drawn for a line series (gaps split the line); 0 for bars.
    [[nodiscard]] int plottedSegmentCount(const QString &seriesKey) const;
    [[nodiscard]] int plotWidthPx() const;
    // The pixel width the plotted points were decimated for (the plot width at the last refresh).
    [[nodiscard]] int decimationWidthPx() const { return m_decimatedWidthPx; }
    // The API units of a chart's value axes (one axis per unit), and the titles they are shown
    // with: the unit people read, scaled for the values charted ("MWh" for kWh, "m³" for m3).
    [[nodiscard]] QStringList axisUnits(int chart) const;
    [[nodiscard]] QStringList axisTitles(int chart) const;
    [[nodiscard]] QStringList timeAxisLabels() const;
    [[nodiscard]] QString timeAxisTitle() const;
    [[nodiscard]] QString placeholderText() const;
    // The tooltip text for the point of a series nearest to utcMs (what hovering shows).
    [[nodiscard]] QString toolTipFor(const QString &seriesKey, qint64 utcMs) const;

    // Draws the charts into `target` (an image, SVG or PDF page) below the given header lines; the
    // first line is drawn as the title. Returns the rectangle the plots were drawn in.
    QRectF render(QPainter *painter, const QRectF &target, const QStringList &headerLines);

Q_SIGNALS:
    void viewChanged(qint64 fromUtcMs, qint64 toUtcMs);
    // The user asked to stop loading the chart, or to load it again.
    void cancelLoadingRequested();
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Keyboard focus is visible: a frame in the palette's highlight colour around the chart.
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Plot;
    struct Plotted;
    void rebuild();
    // The palette the plots, axes and legend are drawn in: the widget's, or a light one while an export
    // is drawn.
    [[nodiscard]] QPalette plotPalette() const;
    // Colours the plots, axes, series and legend for plotPalette(), and draws them again.
    void applyColours();
    // The legend: the series, then a key to each mark the data has (negative intervals; dotted, hatched,
    // pale bars; rings on lines).
    void updateLegend();
    [[nodiscard]] QList<ChartLegend::Entry> markKeys() const;
    void showDocument();
    void showLoadStatus();
    void placeStatusOverlay();
    void refreshView();
    void updateTimeAxis(Plot &plot);
    void updatePlaceholder();
    void showHover(const ChartSeries &series, const QPointF &point, bool state);
    void hoverLines(const Plot &plot, const QPointF &viewPos);
    // For a series with a comparison, or a comparison: the other's value of the period at point i
    // of `s`, and Δ (lines to append to the tooltip).
    [[nodiscard]] QString comparisonText(const ChartSeries &s, size_t i) const;
    [[nodiscard]] Plot *plotAt(QObject *viewport);
    [[nodiscard]] double anchorFraction(const Plot &plot, const QPointF &viewPos) const;

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_placeholder = nullptr;
    ChartLegend *m_legend = nullptr;
    // Bar series of sites in several zones: each bar drawn at its local dates on the axis (side by side
    // with the other sites' bars of the same dates), not at its instants.
    bool m_barsByLocalDate = false;
    ChartStatusOverlay *m_status = nullptr;
    QPointer<ChartDocument> m_document;
    QList<ChartSeries> m_series;
    ChartDisplayUnits m_units; // of m_series: the axes, legend and tooltip show values in these
    std::vector<std::unique_ptr<Plot>> m_plots;
    std::vector<Plotted> m_plotted;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 0;
    QString m_placeholderText;
    QPoint m_dragStart;
    qint64 m_dragViewFrom = 0;
    bool m_dragging = false;
    bool m_hoveredLine = false;   // a line's tooltip is showing
    bool m_drawingExport = false; // render() is drawing: in a light palette
    int m_decimatedWidthPx = 0;   // the plot width the points were decimated for
};

} // namespace meterscope
