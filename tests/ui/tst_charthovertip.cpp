// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"
#include "support/chartseriesfixture.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QTest>
#include <QToolTip>

using namespace meterscope;

namespace {
constexpr qint64 kFrom = 1'735'686'000'000; // 2025-01-01T00:00 in Paris
constexpr int kHours = 48;
} // namespace

// The tooltip of a point of the chart stays while the pointer rests on it, and follows the pointer to
// the next point.
class TestChartHoverTip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTooltipStaysWhileThePointerRests();

private:
    // Where the value of hour `hour` of the series is drawn, in the view's viewport.
    static QPoint pointOf(QChartView *view, int hour);
};

QPoint TestChartHoverTip::pointOf(QChartView *view, int hour)
{
    const qint64 start = kFrom + hour * fixture::kHourMs;
    // The line's value at its start is hour + 1 (see hourlyChartSeries); the line is drawn through the
    // starts.
    const QPointF inChart =
        view->chart()->mapToPosition(QPointF(double(start), hour + 1.0), view->chart()->series().front());
    return view->mapFromScene(view->chart()->mapToScene(inChart));
}

void TestChartHoverTip::theTooltipStaysWhileThePointerRests()
{
    ChartWidget chart;
    chart.resize(900, 500);
    chart.setSeries({fixture::hourlyChartSeries(QStringLiteral("Main incomer"), kFrom, kHours)}, kFrom,
                    kFrom + kHours * fixture::kHourMs, QTimeZone("Europe/Paris"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view && !view->chart()->series().isEmpty());
    QTest::qWait(50);

    const QPoint first = pointOf(view, 10);
    QTest::mouseMove(view->viewport(), first + QPoint(1, 0));
    QTest::mouseMove(view->viewport(), first);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString shown = QToolTip::text();
    QVERIFY2(shown.contains(QStringLiteral("Main incomer")), qPrintable(shown));

    // Resting there longer than the style's tooltip delays (a tooltip event arrives meanwhile).
    QTest::qWait(3000);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), shown);

    // Moving along the line shows the next point's.
    const QPoint second = pointOf(view, 30);
    QTest::mouseMove(view->viewport(), second);
    QTRY_VERIFY(QToolTip::isVisible() && QToolTip::text() != shown);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Main incomer")), qPrintable(QToolTip::text()));
}

QTEST_MAIN(TestChartHoverTip)
#include "tst_charthovertip.moc"
