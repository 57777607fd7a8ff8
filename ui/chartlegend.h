// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QList>
#include <QPen>
#include <QWidget>

namespace meterscope {

// The legend under the charts: one entry per series and per mark its bars carry (dotted, hatched,
// pale), each a swatch drawn as the chart draws it and a name. Entries flow onto as many rows as the
// width needs, so that no name is cut for want of room; a name longer than a third of the width is
// elided in the middle, and hovering any entry shows its whole name. Exports draw it with paint().
class ChartLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartLegend)
public:
    enum class Swatch
    {
        Area,     // a bar: filled with the brush, outlined with the pen
        Line,     // a line in the pen
        Triangle, // a marker (negative intervals)
        Ring      // a ring (the hour in progress)
    };
    struct Entry
    {
        QString name;
        Swatch swatch = Swatch::Area;
        QBrush brush;
        QPen pen;

        bool operator==(const Entry &other) const
        {
            return name == other.name && swatch == other.swatch && brush == other.brush && pen == other.pen;
        }
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    // The names as drawn at the current width (elided where needed), for tests and the status line.
    [[nodiscard]] QStringList shownNames() const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    // Draws the entries laid out for rect's width into rect (the widget, or an export's page).
    void paint(QPainter *painter, const QRect &rect) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Placed
    {
        int entry = 0;
        QRect rect;   // the whole entry: swatch and name
        QString text; // the name, elided when too long
    };
    [[nodiscard]] QList<Placed> layoutFor(int width) const;
    static void drawSwatch(QPainter *painter, const Entry &entry, const QRect &box);

    QList<Entry> m_entries;
};

} // namespace meterscope
