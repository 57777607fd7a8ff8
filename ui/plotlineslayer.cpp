// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotlineslayer.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace meterscope {

namespace {
// Above the chart's series (bars) and grid, below its legend (Qt Charts' ChartPresenter z order).
constexpr qreal kLayerZ = 4.5;

// The distance from p to the segment [a, b], and where on it (0 = a, 1 = b) the nearest point is.
std::pair<qreal, qreal> distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal lengthSquared = QPointF::dotProduct(ab, ab);
    const qreal t =
        lengthSquared <= 0 ? 0.0 : std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0);
    const QPointF nearest = a + ab * t;
    return {std::hypot(p.x() - nearest.x(), p.y() - nearest.y()), t};
}
} // namespace

PlotLinesLayer::PlotLinesLayer(QGraphicsItem *chart) : QGraphicsItem(chart)
{
    setZValue(kLayerZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PlotLinesLayer::setPlotArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
    m_pictureCurrent = false;
}

void PlotLinesLayer::setTimeRange(double fromUtcMs, double toUtcMs)
{
    m_from = fromUtcMs;
    m_to = toUtcMs > fromUtcMs ? toUtcMs : fromUtcMs + 1;
    m_pictureCurrent = false;
    update();
}

void PlotLinesLayer::setValueRange(int axis, double low, double high)
{
    if (axis < 0 || axis >= int(m_valueRanges.size()))
        return;
    m_valueRanges[size_t(axis)] = {low, high > low ? high : low + 1};
    m_pictureCurrent = false;
    update();
}

void PlotLinesLayer::setLines(std::vector<Line> lines)
{
    m_lines = std::move(lines);
    m_pictureCurrent = false;
    update();
}

QPointF PlotLinesLayer::toPlot(const QPointF &value, int axis) const
{
    const auto &[low, high] = m_valueRanges[size_t(std::clamp(axis, 0, 1))];
    return {m_area.left() + (value.x() - m_from) * m_area.width() / (m_to - m_from),
            m_area.bottom() - (value.y() - low) * m_area.height() / (high - low)};
}

PlotLinesLayer::Hit PlotLinesLayer::lineNear(const QPointF &chartPosition, qreal radiusPx) const
{
    Hit hit;
    if (m_area.width() <= 0 ||
        !m_area.adjusted(-radiusPx, -radiusPx, radiusPx, radiusPx).contains(chartPosition))
        return hit;
    const double msPerPx = (m_to - m_from) / m_area.width();
    const double left = m_from + (chartPosition.x() - m_area.left() - radiusPx) * msPerPx;
    const double right = m_from + (chartPosition.x() - m_area.left() + radiusPx) * msPerPx;
    qreal best = radiusPx;
    for (size_t l = 0; l < m_lines.size(); ++l) {
        const Line &line = m_lines[l];
        const QList<QPointF> &points = line.points.points;
        const QList<qsizetype> &breaks = line.points.breaks;
        // The points within the radius across, and the one on each side (a segment may cross it).
        auto first = std::lower_bound(points.cbegin(), points.cend(), left,
                                      [](const QPointF &p, double x) { return p.x() < x; });
        qsizetype i = std::max<qsizetype>(0, qsizetype(first - points.cbegin()) - 1);
        for (; i < points.size(); ++i) {
            const QPointF here = toPlot(points[i], line.axis);
            const bool joined = i > 0 && !std::binary_search(breaks.cbegin(), breaks.cend(), i);
            const QPointF previous = joined ? toPlot(points[i - 1], line.axis) : here;
            const auto [distance, t] = distanceToSegment(chartPosition, previous, here);
            if (distance <= best) {
                best = distance;
                hit.line = int(l);
                hit.value = joined ? points[i - 1] + (points[i] - points[i - 1]) * t : points[i];
            }
            if (points[i].x() > right)
                break;
        }
    }
    return hit;
}

QRectF PlotLinesLayer::boundingRect() const
{
    return m_area;
}

void PlotLinesLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem * /*option*/,
                           QWidget * /*widget*/)
{
    if (m_area.isEmpty())
        return;
    // Vectors into SVG, PDF and print, and into scaled renderings (image exports); on screen (and in
    // grabs of it), a picture of the lines that is drawn again only when they change: Qt Charts repaints
    // the view again once it has laid out the axes of a new view, and the lines have not changed by then.
    const bool toScreen = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
                          painter->transform().type() <= QTransform::TxTranslate;
    if (!toScreen) {
        drawLines(painter);
        return;
    }
    const QRectF onDevice = painter->transform().mapRect(m_area);
    const QPoint origin(int(std::floor(onDevice.left())), int(std::floor(onDevice.top())));
    const QSize logicalSize(int(std::ceil(onDevice.right())) - origin.x(),
                            int(std::ceil(onDevice.bottom())) - origin.y());
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QSize pixelSize = (QSizeF(logicalSize) * ratio).toSize();
    if (m_picture.size() != pixelSize || m_picture.devicePixelRatio() != ratio || m_pictureOrigin != origin ||
        m_pictureTransform != painter->transform()) {
        m_picture = QImage(pixelSize, QImage::Format_ARGB32_Premultiplied);
        m_picture.setDevicePixelRatio(ratio);
        m_pictureOrigin = origin;
        m_pictureTransform = painter->transform();
        m_pictureCurrent = false;
    }
    if (!m_pictureCurrent) {
        m_picture.fill(Qt::transparent);
        QPainter picture(&m_picture);
        picture.setTransform(painter->transform() * QTransform::fromTranslate(-origin.x(), -origin.y()));
        drawLines(&picture);
        m_pictureCurrent = true;
    }
    painter->save();
    painter->resetTransform();
    painter->drawImage(origin, m_picture);
    painter->restore();
}

void PlotLinesLayer::drawLines(QPainter *painter) const
{
    painter->save();
    painter->setClipRect(m_area);
    QPolygonF piece;
    for (const Line &line : m_lines) {
        const QList<QPointF> &points = line.points.points;
        if (points.isEmpty())
            continue;
        painter->setPen(line.pen);
        painter->setRenderHint(QPainter::Antialiasing, line.antialiased);
        const QList<qsizetype> &breaks = line.points.breaks;
        // toPlot() with the divisions done once per line.
        const auto &[low, high] = m_valueRanges[size_t(std::clamp(line.axis, 0, 1))];
        const double pxPerMs = m_area.width() / (m_to - m_from);
        const double pxPerValue = m_area.height() / (high - low);
        qsizetype start = 0;
        for (qsizetype b = 0; b <= breaks.size(); ++b) {
            const qsizetype end = b < breaks.size() ? breaks[b] : points.size();
            piece.resize(end - start);
            QPointF *out = piece.data();
            for (qsizetype i = start; i < end; ++i)
                *out++ = QPointF(m_area.left() + (points[i].x() - m_from) * pxPerMs,
                                 m_area.bottom() - (points[i].y() - low) * pxPerValue);
            if (piece.size() == 1) {
                // A reading between two gaps: a dot, as wide as the line is drawn plus a little.
                QPen dot = line.pen;
                dot.setWidthF(std::max(3.0, line.pen.widthF() + 2));
                dot.setCapStyle(Qt::RoundCap);
                dot.setStyle(Qt::SolidLine);
                painter->setPen(dot);
                painter->drawPoint(piece.front());
                painter->setPen(line.pen);
            } else {
                painter->drawPolyline(piece);
            }
            start = end;
        }
    }
    painter->restore();
}

} // namespace meterscope
