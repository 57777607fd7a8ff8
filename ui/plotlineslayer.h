// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/decimatedseries.h"

#include <QGraphicsItem>
#include <QImage>
#include <QPen>
#include <QTransform>

#include <array>
#include <vector>

namespace meterscope {

// The line series of one chart, drawn with QPainter over the chart's plot area (design decision 6):
// Qt Charts draws a QLineSeries point by point through its own item and geometry, which for 50
// overlaid meter-years costs hundreds of milliseconds a frame; this layer maps the decimated points
// of every line to pixels and draws each unbroken piece as one polyline. It lives in the chart's
// scene (a child item of the QChart), so views, grabs and exports draw it like the chart's own items.
class PlotLinesLayer final : public QGraphicsItem
{
public:
    struct Line
    {
        int seriesIndex = 0; // the widget's series this line draws
        int axis = 0;        // 0: the left value axis, 1: the right one
        QPen pen;
        bool antialiased = true;
        DecimatedSeries points; // x: UTC milliseconds, y: value
    };
    // The point of a line nearest to a position, within the asked radius.
    struct Hit
    {
        int line = -1; // index into lines(), -1 when no line is that near
        QPointF value; // the line's point under the position: x UTC milliseconds, y value
    };

    explicit PlotLinesLayer(QGraphicsItem *chart);

    // The chart's plot area in the chart's coordinates (QChart::plotArea()).
    void setPlotArea(const QRectF &area);
    // What the plot area's edges stand for: [fromUtcMs, toUtcMs) across, [low, high] up each axis.
    void setTimeRange(double fromUtcMs, double toUtcMs);
    void setValueRange(int axis, double low, double high);
    void setLines(std::vector<Line> lines);
    [[nodiscard]] const std::vector<Line> &lines() const { return m_lines; }

    [[nodiscard]] QPointF toPlot(const QPointF &value, int axis) const;
    [[nodiscard]] Hit lineNear(const QPointF &chartPosition, qreal radiusPx) const;

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void drawLines(QPainter *painter) const;

    QRectF m_area;
    double m_from = 0;
    double m_to = 1;
    std::array<std::pair<double, double>, 2> m_valueRanges{{{0.0, 1.0}, {0.0, 1.0}}};
    std::vector<Line> m_lines;
    // What was last drawn on screen, and where: see paint().
    QImage m_picture;
    QPoint m_pictureOrigin;
    QTransform m_pictureTransform;
    bool m_pictureCurrent = false;
};

} // namespace meterscope
