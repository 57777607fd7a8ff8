// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlegend.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace meterscope {

namespace {
constexpr int kSwatchPx = 14;
constexpr int kGapPx = 6;      // between swatch and name
constexpr int kSpacingPx = 18; // between entries
constexpr int kRowSpacingPx = 4;
constexpr int kMarginPx = 6;
} // namespace

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // On the base the charts are drawn on, in its text colour.
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);
    setAutoFillBackground(true);
    setAccessibleName(tr("Legend"));
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    // The names in full, as a screen reader cannot read what is painted.
    QStringList names;
    for (const Entry &entry : entries)
        names << entry.name;
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QList<ChartLegend::Placed> ChartLegend::layoutFor(int width) const
{
    QList<Placed> placed;
    const QFontMetrics metrics(font());
    const int rowHeight = std::max(kSwatchPx, metrics.height());
    const int available = std::max(1, width - 2 * kMarginPx);
    // A long name may take a third of the row (all of it when it is alone on a narrow one).
    const int longest = std::max(available / 3, std::min(available - kSwatchPx - kGapPx, 360));
    int x = kMarginPx;
    int y = kMarginPx;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString text = metrics.elidedText(m_entries[i].name, Qt::ElideMiddle, longest);
        const int w = kSwatchPx + kGapPx + metrics.horizontalAdvance(text);
        if (x > kMarginPx && x + w > kMarginPx + available) {
            x = kMarginPx;
            y += rowHeight + kRowSpacingPx;
        }
        placed.append(Placed{i, QRect(x, y, w, rowHeight), text});
        x += w + kSpacingPx;
    }
    // Each row centred, as the chart is.
    for (int first = 0; first < placed.size();) {
        int last = first;
        while (last + 1 < placed.size() && placed[last + 1].rect.top() == placed[first].rect.top())
            ++last;
        const int used = placed[last].rect.right() - placed[first].rect.left();
        const int shift = std::max(0, (available - used) / 2);
        for (int k = first; k <= last; ++k)
            placed[k].rect.translate(shift, 0);
        first = last + 1;
    }
    return placed;
}

int ChartLegend::heightForWidth(int width) const
{
    const QList<Placed> placed = layoutFor(width);
    return placed.isEmpty() ? 0 : placed.back().rect.bottom() + 1 + kMarginPx;
}

QSize ChartLegend::sizeHint() const
{
    return {400, heightForWidth(std::max(width(), 400))};
}

QSize ChartLegend::minimumSizeHint() const
{
    return {100, heightForWidth(std::max(width(), 100))};
}

QStringList ChartLegend::shownNames() const
{
    QStringList names;
    const QList<Placed> placed = layoutFor(width());
    for (const Placed &p : placed)
        names.append(p.text);
    return names;
}

void ChartLegend::drawSwatch(QPainter *painter, const Entry &entry, const QRect &box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (entry.swatch) {
    case Swatch::Area:
        painter->setPen(entry.pen);
        painter->setBrush(entry.brush);
        painter->drawRect(QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case Swatch::Line: {
        QPen pen = entry.pen;
        pen.setCosmetic(false);
        pen.setWidthF(std::max(2.0, pen.widthF()));
        painter->setPen(pen);
        const qreal y = box.center().y() + 0.5;
        painter->drawLine(QPointF(box.left(), y), QPointF(box.right() + 1, y));
        break;
    }
    case Swatch::Triangle: {
        QPainterPath triangle;
        triangle.moveTo(box.center().x() + 0.5, box.top() + 2);
        triangle.lineTo(box.right() - 1, box.bottom() - 1);
        triangle.lineTo(box.left() + 2, box.bottom() - 1);
        triangle.closeSubpath();
        painter->setPen(entry.pen);
        painter->setBrush(entry.brush);
        painter->drawPath(triangle);
        break;
    }
    case Swatch::Ring:
        painter->setPen(entry.pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(box).adjusted(2.5, 2.5, -2.5, -2.5));
        break;
    }
    painter->restore();
}

void ChartLegend::paint(QPainter *painter, const QRect &rect) const
{
    painter->save();
    painter->translate(rect.topLeft());
    painter->setFont(font());
    const QList<Placed> placed = layoutFor(rect.width());
    for (const Placed &p : placed) {
        const QRect swatch(p.rect.left(), p.rect.center().y() - kSwatchPx / 2, kSwatchPx, kSwatchPx);
        drawSwatch(painter, m_entries[p.entry], swatch);
        painter->setPen(palette().color(foregroundRole()));
        painter->drawText(p.rect.adjusted(kSwatchPx + kGapPx, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          p.text);
    }
    painter->restore();
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, rect());
}

bool ChartLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QList<Placed> placed = layoutFor(width());
        const auto hit = std::find_if(placed.cbegin(), placed.cend(),
                                      [&](const Placed &p) { return p.rect.contains(help->pos()); });
        if (hit != placed.cend())
            QToolTip::showText(help->globalPos(), m_entries[hit->entry].name, this, hit->rect);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace meterscope
