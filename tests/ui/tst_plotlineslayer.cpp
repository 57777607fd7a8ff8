// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"
#include "models/commodityicon.h"
#include "plotlineslayer.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsScene>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTest>
#include <QToolTip>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
const qint64 kFrom = QDateTime(QDate(2025, 3, 10), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// `count` quarter hours from kFrom with the values value(i); indices in `missing` have no reading.
template <typename Value>
ChartSeries series(const QString &key, int count, Value value, const QList<int> &missing = {})
{
    ChartSeries s;
    s.key = key;
    s.title = key;
    s.unit = QStringLiteral("kWh");
    s.timeZoneId = QStringLiteral("UTC");
    s.commodity = Commodity::Electricity;
    s.granularity = Granularity::FifteenMinutes;
    s.fromUtcMs = kFrom;
    s.toUtcMs = kFrom + count * kQuarterMs;
    for (int i = 0; i < count; ++i) {
        if (missing.contains(i))
            continue;
        s.utcMs.push_back(kFrom + i * kQuarterMs);
        s.endUtcMs.push_back(kFrom + (i + 1) * kQuarterMs);
        s.values.push_back(value(i));
        s.coverage.push_back(1.0);
    }
    return s;
}

int colorDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// How far the colour nearest to `color` within one pixel of `at` is from it (an antialiased line's
// middle may fall between two pixel rows).
int distanceNear(const QImage &image, QPoint at, QColor color)
{
    int best = 3 * 255;
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx)
            best = std::min(best, colorDistance(image.pixelColor(at + QPoint(dx, dy)), color));
    }
    return best;
}
} // namespace

// The lines of a chart are drawn by the widget's own QPainter layer over Qt Charts' axes: these tests
// look at the pixels a person sees and at what hovering shows, not at the layer's bookkeeping.
class TestPlotLinesLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aLineIsDrawnWhereItsValuesAreOnTheAxes();
    void aReadingBetweenTwoGapsIsADot();
    void hoveringALineShowsItsReading();
    void aZoomedViewDrawsOnlyInsideThePlot();
    void aScaledRenderingDrawsTheLinesWhereTheScreenShowsThem();

private:
    [[nodiscard]] QChartView *view() const { return m_chart->findChild<QChartView *>(); }
    [[nodiscard]] PlotLinesLayer *layer() const;
    [[nodiscard]] QImage picture() const { return view()->viewport()->grab().toImage(); }
    // Where the chart's axes put a value of its first series, in the view's viewport coordinates.
    [[nodiscard]] QPoint onScreen(qint64 utcMs, double value) const;

    std::unique_ptr<ChartWidget> m_chart;
};

void TestPlotLinesLayer::init()
{
    m_chart = std::make_unique<ChartWidget>();
    m_chart->resize(900, 500);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestPlotLinesLayer::cleanup()
{
    m_chart.reset();
}

PlotLinesLayer *TestPlotLinesLayer::layer() const
{
    const auto items = view()->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *lines = dynamic_cast<PlotLinesLayer *>(item))
            return lines;
    }
    return nullptr;
}

QPoint TestPlotLinesLayer::onScreen(qint64 utcMs, double value) const
{
    // Qt Charts' own mapping of its axes, not the layer's: the two must agree.
    QChart *chart = view()->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(double(utcMs), value), chart->series().constFirst());
    return view()->mapFromScene(view()->chart()->mapToScene(inChart));
}

void TestPlotLinesLayer::aLineIsDrawnWhereItsValuesAreOnTheAxes()
{
    // 40 kWh all morning, 80 kWh all afternoon: two flat runs at heights the value axis names.
    m_chart->setSeries({series(QStringLiteral("flat"), 96, [](int i) { return i < 48 ? 40.0 : 80.0; })},
                       kFrom, kFrom + 96 * kQuarterMs, QTimeZone::utc());
    QTRY_VERIFY(layer() && view()->chart()->plotArea().width() > 100);
    QTest::qWait(50); // the re-decimation for the final plot width
    const QRectF area = view()->chart()->plotArea();
    const QColor lineColor = commodityColor(Commodity::Electricity);
    const QImage image = picture();
    const QPoint morning = onScreen(kFrom + 20 * kQuarterMs, 40.0);
    const QPoint afternoon = onScreen(kFrom + 70 * kQuarterMs, 80.0);
    QVERIFY(area.contains(view()->chart()->mapFromScene(view()->mapToScene(morning))));
    QVERIFY2(distanceNear(image, morning, lineColor) < 40, qPrintable(image.pixelColor(morning).name()));
    QVERIFY2(distanceNear(image, afternoon, lineColor) < 40, qPrintable(image.pixelColor(afternoon).name()));
    // Nothing drawn where no value is: 20 px above the morning run (between 40 and 80 kWh).
    QVERIFY(colorDistance(image.pixelColor(morning - QPoint(0, 20)), lineColor) > 150);
    QCOMPARE(m_chart->plottedSegmentCount(QStringLiteral("flat")), 1);
}

void TestPlotLinesLayer::aReadingBetweenTwoGapsIsADot()
{
    // Reading 50 alone between two gaps (49 and 51 are missing): a line of one point, shown as a dot.
    m_chart->setSeries(
        {series(QStringLiteral("gappy"), 96, [](int i) { return i == 50 ? 90.0 : 30.0; }, {49, 51})}, kFrom,
        kFrom + 96 * kQuarterMs, QTimeZone::utc());
    QTRY_VERIFY(layer() && view()->chart()->plotArea().width() > 100);
    QTest::qWait(50);
    QCOMPARE(m_chart->plottedSegmentCount(QStringLiteral("gappy")), 3);
    const QPoint dot = onScreen(kFrom + 50 * kQuarterMs, 90.0);
    const QImage image = picture();
    QVERIFY2(distanceNear(image, dot, commodityColor(Commodity::Electricity)) < 40,
             qPrintable(image.pixelColor(dot).name()));
}

void TestPlotLinesLayer::hoveringALineShowsItsReading()
{
    m_chart->setSeries({series(QStringLiteral("low"), 96, [](int) { return 20.0; }),
                        series(QStringLiteral("high"), 96, [](int i) { return 60.0 + i % 2; })},
                       kFrom, kFrom + 96 * kQuarterMs, QTimeZone::utc());
    QTRY_VERIFY(layer() && view()->chart()->plotArea().width() > 100);
    QTest::qWait(50);
    // 3 px below the "low" line at 10:05 (inside the 10:00 reading): its tooltip, not the other's.
    const QPoint nearLow = onScreen(kFrom + 40 * kQuarterMs + 5 * 60 * 1000, 20.0) + QPoint(0, 3);
    QTest::mouseMove(view()->viewport(), nearLow);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("low\n20")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("10:00")));
    // Far from both lines: the tooltip goes.
    QTest::mouseMove(view()->viewport(), onScreen(kFrom + 40 * kQuarterMs, 40.0));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestPlotLinesLayer::aZoomedViewDrawsOnlyInsideThePlot()
{
    m_chart->setSeries({series(QStringLiteral("flat"), 96, [](int) { return 50.0; })}, kFrom,
                       kFrom + 96 * kQuarterMs, QTimeZone::utc());
    QTRY_VERIFY(layer() && view()->chart()->plotArea().width() > 100);
    m_chart->setView(kFrom + 40 * kQuarterMs, kFrom + 56 * kQuarterMs);
    QTest::qWait(50);
    const QRectF area = view()->chart()->plotArea();
    const QImage image = picture();
    const QColor lineColor = commodityColor(Commodity::Electricity);
    const QPoint inside = onScreen(kFrom + 48 * kQuarterMs, 50.0);
    QVERIFY2(distanceNear(image, inside, lineColor) < 40, qPrintable(image.pixelColor(inside).name()));
    // Left of the plot area, at the line's height, are the axis labels' margin: no line there.
    const QPoint leftOfPlot =
        view()->mapFromScene(view()->chart()->mapToScene(QPointF(area.left() - 4, area.top() + 1)));
    QPoint sameHeight(leftOfPlot.x(), inside.y());
    QVERIFY(colorDistance(image.pixelColor(sameHeight), lineColor) > 150);
}

void TestPlotLinesLayer::aScaledRenderingDrawsTheLinesWhereTheScreenShowsThem()
{
    // Exports draw the chart scaled (as vectors, not the screen's picture of the lines): at twice the
    // size, the line is at twice the place.
    m_chart->setSeries({series(QStringLiteral("flat"), 96, [](int i) { return i < 48 ? 40.0 : 80.0; })},
                       kFrom, kFrom + 96 * kQuarterMs, QTimeZone::utc());
    QTRY_VERIFY(layer() && view()->chart()->plotArea().width() > 100);
    QTest::qWait(50);
    const QRect source = view()->viewport()->rect();
    QImage doubled(source.size() * 2, QImage::Format_ARGB32_Premultiplied);
    doubled.fill(Qt::white);
    {
        QPainter painter(&doubled);
        view()->render(&painter, QRectF(doubled.rect()), source);
    }
    const QColor lineColor = commodityColor(Commodity::Electricity);
    const QPoint afternoon = onScreen(kFrom + 70 * kQuarterMs, 80.0) * 2;
    QVERIFY2(distanceNear(doubled, afternoon, lineColor) < 40,
             qPrintable(doubled.pixelColor(afternoon).name()));
    QVERIFY(distanceNear(doubled, afternoon + QPoint(0, 40), lineColor) > 150);
}

QTEST_MAIN(TestPlotLinesLayer)
#include "tst_plotlineslayer.moc"
