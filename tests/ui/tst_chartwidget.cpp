// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlegend.h"
#include "chartwidget.h"
#include "support/defaultlocale.h"
#include "timerangebar.h"

#include <QAreaSeries>
#include <QChartView>
#include <QDateEdit>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;

// `count` quarter-hours from `from`, skipping [gapFrom, gapTo), values following a daily wave.
ChartSeries quarterHours(const QString &key, const QString &unit, qint64 from, int count, qint64 gapFrom = 0,
                         qint64 gapTo = 0)
{
    ChartSeries s;
    s.key = key;
    s.title = key;
    s.unit = unit;
    s.siteName = QStringLiteral("Test site");
    s.timeZoneId = QStringLiteral("Europe/Paris");
    s.commodity = Commodity::Electricity;
    s.granularity = Granularity::FifteenMinutes;
    s.fromUtcMs = from;
    s.toUtcMs = from + count * kQuarterMs;
    for (int i = 0; i < count; ++i) {
        const qint64 t = from + i * kQuarterMs;
        if (t >= gapFrom && t < gapTo)
            continue;
        s.utcMs.push_back(t);
        s.endUtcMs.push_back(t + kQuarterMs);
        s.values.push_back(50 + 40 * std::sin(double(i) / 96 * 2 * M_PI) + (i % 7));
        s.coverage.push_back(1.0);
    }
    return s;
}

qint64 utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Complete daily bars in UTC from 10 March 2025, one per value.
ChartSeries dailyBars(const QString &key, const QString &unit, const std::vector<double> &values)
{
    ChartSeries days;
    days.key = key;
    days.title = key;
    days.unit = unit;
    days.timeZoneId = QStringLiteral("UTC");
    days.granularity = Granularity::Day;
    days.bars = true;
    for (size_t d = 0; d < values.size(); ++d) {
        days.utcMs.push_back(utc(2025, 3, 10 + int(d)));
        days.endUtcMs.push_back(utc(2025, 3, 11 + int(d)));
        days.values.push_back(values[d]);
        days.coverage.push_back(1.0);
    }
    return days;
}

// Daily bars of 29, 30 (23 h: the clocks go forward) and 31 March 2025 in Paris: the first complete,
// the second half missing (hatched), the third lacking a few seconds' worth (dotted).
ChartSeries parisDaysAroundTheClockChange()
{
    const QTimeZone paris("Europe/Paris");
    ChartSeries days;
    days.key = QStringLiteral("days");
    days.title = QStringLiteral("Main incomer · ActiveEnergy");
    days.unit = QStringLiteral("kWh");
    days.timeZoneId = QStringLiteral("Europe/Paris");
    days.granularity = Granularity::Day;
    days.bars = true;
    for (int d = 0; d < 3; ++d) {
        days.utcMs.push_back(
            QDateTime(QDate(2025, 3, 29).addDays(d), QTime(0, 0), paris).toMSecsSinceEpoch());
        days.endUtcMs.push_back(
            QDateTime(QDate(2025, 3, 30).addDays(d), QTime(0, 0), paris).toMSecsSinceEpoch());
        days.values.push_back(100.0 + d);
        days.coverage.push_back(d == 1 ? 0.5 : d == 2 ? 0.9996 : 1.0);
    }
    return days;
}

// The texts Qt Charts drew in a chart view (axis labels and titles, legend entries), once laid out.
QStringList drawnTexts(QChartView *view)
{
    QStringList texts;
    const auto items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

qsizetype countMatching(const QStringList &texts, const QString &pattern)
{
    const QRegularExpression expression(pattern);
    return std::count_if(texts.cbegin(), texts.cend(),
                         [&](const QString &text) { return expression.match(text).hasMatch(); });
}
} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aThirdUnitOpensASecondChart();
    void timeAxisIsLabelledInTheChosenZone();
    void theYearIsShownWhateverTheTicks();
    void barsOfSitesInSeveralZonesStandSideBySide();
    void aWeekBegunBeforeTheRangeIsDrawnInsideIt();
    void gapsBreakTheLine();
    void keyboardAndWheelZoomAndPanThenReset();
    void partialBarsSayHowMuchDataTheyHave();
    void theLegendExplainsEachMarkInUse();
    void fourSeriesOfTwoSitesAreNamedWholeInTheLegend();
    void aYearOfQuarterHoursIsDecimatedAndQuick();
    void sitesInSeveralZonesShareAUtcAxis();
    void aCustomRangeEndingBeforeItStartsIsItsFirstDay();
    void emptyDataShowsTheEmptyState();
    void aLineWithoutPointsBesideOneWithPointsIsDrawnEmpty();
    void replacedBarsLeaveNoSeriesBehind();
    void aCounterResetIsMarkedWhereItIs();
    void largeEnergyIsShownInMWhWithGroupedAxisLabels();
    void cubicMetresReadAsPeopleWriteThem();

private:
    std::unique_ptr<ChartWidget> m_chart;
};

void TestChartWidget::init()
{
    m_chart = std::make_unique<ChartWidget>();
    m_chart->resize(1200, 600);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestChartWidget::cleanup()
{
    m_chart.reset();
}

void TestChartWidget::aThirdUnitOpensASecondChart()
{
    const qint64 from = utc(2025, 3, 10);
    m_chart->setSeries({quarterHours(QStringLiteral("energy"), QStringLiteral("kWh"), from, 96),
                        quarterHours(QStringLiteral("gas"), QStringLiteral("m3"), from, 96),
                        quarterHours(QStringLiteral("power"), QStringLiteral("kW"), from, 96),
                        quarterHours(QStringLiteral("energy 2"), QStringLiteral("kWh"), from, 96)},
                       from, from + 96 * kQuarterMs, QTimeZone("Europe/Paris"));
    QCOMPARE(m_chart->chartCount(), 2);
    QCOMPARE(m_chart->axisUnits(0), (QStringList{QStringLiteral("kWh"), QStringLiteral("m3")}));
    QCOMPARE(m_chart->axisUnits(1), QStringList{QStringLiteral("kW")});
    QCOMPARE(m_chart->plottedPointCount(QStringLiteral("power")), 96);
}

void TestChartWidget::timeAxisIsLabelledInTheChosenZone()
{
    // One local day in Asia/Kolkata (+5:30) starts at 18:30 UTC the day before.
    const QTimeZone kolkata("Asia/Kolkata");
    const qint64 from = QDateTime(QDate(2025, 6, 10), QTime(0, 0), kolkata).toMSecsSinceEpoch();
    QCOMPARE(from, utc(2025, 6, 9, 18, 30));
    const auto series = quarterHours(QStringLiteral("energy"), QStringLiteral("kWh"), from, 96);
    m_chart->setSeries({series}, from, from + 96 * kQuarterMs, kolkata);
    QStringList labels = m_chart->timeAxisLabels();
    QVERIFY(!labels.isEmpty());
    QVERIFY2(labels.join(QLatin1Char(' ')).contains(QStringLiteral("06:00")),
             qPrintable(labels.join(QLatin1Char('|'))));
    for (const QString &label : std::as_const(labels))
        QVERIFY2(!label.contains(QStringLiteral(":30")), qPrintable(label)); // local hours, not UTC ones
    // The same instants in UTC: ticks fall on UTC hours, 18:30 UTC is not a tick.
    m_chart->setSeries({series}, from, from + 96 * kQuarterMs, QTimeZone::utc());
    labels = m_chart->timeAxisLabels();
    QVERIFY2(labels.join(QLatin1Char(' ')).contains(QStringLiteral("21:00")),
             qPrintable(labels.join(QLatin1Char('|'))));
}

void TestChartWidget::theYearIsShownWhateverTheTicks()
{
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    // 2025 by month: the first month starts at the axis' left edge, where no tick is drawn; the first
    // tick shown names the year.
    ChartSeries months = dailyBars(QStringLiteral("months"), QStringLiteral("kWh"), {});
    months.granularity = Granularity::Month;
    for (int m = 1; m <= 12; ++m) {
        months.utcMs.push_back(utc(2025, m, 1));
        months.endUtcMs.push_back(m == 12 ? utc(2026, 1, 1) : utc(2025, m + 1, 1));
        months.values.push_back(100.0);
        months.coverage.push_back(1.0);
    }
    m_chart->resize(900, 500);
    m_chart->setSeries({months}, utc(2025, 1, 1), utc(2026, 1, 1), QTimeZone::utc());
    const QStringList labels = m_chart->timeAxisLabels();
    QVERIFY(!labels.isEmpty());
    QVERIFY2(labels.front().contains(QStringLiteral("2025")), qPrintable(labels.join(u'|')));
    QVERIFY2(m_chart->timeAxisTitle().contains(QStringLiteral("2025")), qPrintable(m_chart->timeAxisTitle()));
    // A month on a narrow plot: ticks inside it, not one at its end.
    m_chart->resize(560, 400);
    m_chart->setSeries({months}, utc(2025, 3, 1), utc(2025, 4, 1), QTimeZone::utc());
    QVERIFY2(m_chart->timeAxisLabels().size() >= 2, qPrintable(m_chart->timeAxisLabels().join(u'|')));
    m_chart->resize(900, 500);
    // Ten days by day: the ticks name days, the axis title the year; across new year, both years.
    const ChartSeries days =
        dailyBars(QStringLiteral("days"), QStringLiteral("kWh"), std::vector<double>(10, 1.0));
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), QTimeZone::utc());
    QVERIFY2(m_chart->timeAxisTitle().endsWith(QStringLiteral("2025")), qPrintable(m_chart->timeAxisTitle()));
    m_chart->setSeries({months}, utc(2025, 12, 20), utc(2026, 1, 10), QTimeZone::utc());
    QVERIFY2(m_chart->timeAxisTitle().contains(QStringLiteral("2025–2026")),
             qPrintable(m_chart->timeAxisTitle()));
}

void TestChartWidget::barsOfSitesInSeveralZonesStandSideBySide()
{
    // New York (UTC−5) and Kathmandu (UTC+5:45) by day on a UTC axis: local days start 10 h 45 min
    // apart, yet no bar hides another, and each day's bars stand together at its date.
    const auto localDays = [](const QString &key, const QTimeZone &zone) {
        ChartSeries s = dailyBars(key, QStringLiteral("kWh"), {});
        s.timeZoneId = QString::fromUtf8(zone.id());
        for (int d = 0; d < 5; ++d) {
            s.utcMs.push_back(QDateTime(QDate(2025, 10, 10 + d), QTime(0, 0), zone).toMSecsSinceEpoch());
            s.endUtcMs.push_back(QDateTime(QDate(2025, 10, 11 + d), QTime(0, 0), zone).toMSecsSinceEpoch());
            s.values.push_back(100.0);
            s.coverage.push_back(1.0);
        }
        return s;
    };
    const ChartSeries newYork = localDays(QStringLiteral("New York"), QTimeZone("America/New_York"));
    const ChartSeries kathmandu = localDays(QStringLiteral("Kathmandu"), QTimeZone("Asia/Kathmandu"));
    m_chart->setSeries({newYork, kathmandu}, kathmandu.utcMs.front(), newYork.endUtcMs.back(),
                       QTimeZone::utc());
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    QList<std::pair<double, double>> bars; // x extents of every bar drawn
    const auto drawn = view->chart()->series();
    for (QAbstractSeries *series : drawn) {
        const auto *area = qobject_cast<QAreaSeries *>(series);
        if (!area)
            continue;
        const auto points = area->upperSeries()->points();
        for (qsizetype i = 0; i + 3 < points.size(); i += 4)
            bars.append({points[i].x(), points[i + 3].x()});
    }
    QCOMPARE(bars.size(), 10);
    for (qsizetype a = 0; a < bars.size(); ++a) {
        for (qsizetype b = a + 1; b < bars.size(); ++b)
            QVERIFY2(bars[a].second <= bars[b].first || bars[b].second <= bars[a].first,
                     qPrintable(QStringLiteral("bars %1 and %2 overlap").arg(a).arg(b)));
    }
    // 12 October of both sites inside the axis' 12 October.
    const double day12 = double(utc(2025, 10, 12));
    QCOMPARE(std::count_if(
                 bars.cbegin(), bars.cend(),
                 [&](const auto &bar) { return bar.first >= day12 && bar.second <= day12 + 86400000.0; }),
             2);
    // Hovering a bar drawn at its local date names that date.
    QVERIFY(m_chart->toolTipFor(QStringLiteral("Kathmandu"), kathmandu.utcMs[2] + 3600000)
                .contains(QStringLiteral("12")));
}

void TestChartWidget::aWeekBegunBeforeTheRangeIsDrawnInsideIt()
{
    // November 2026 by week: the week of Monday 26 October holds 1 November only; its bar stands inside
    // the range, not cut at the axis.
    ChartSeries weeks = dailyBars(QStringLiteral("weeks"), QStringLiteral("kWh"), {});
    weeks.granularity = Granularity::Week;
    weeks.utcMs = {utc(2026, 10, 26), utc(2026, 11, 2)};
    weeks.endUtcMs = {utc(2026, 11, 2), utc(2026, 11, 9)};
    weeks.values = {10.0, 70.0};
    weeks.coverage = {1.0 / 7, 1.0};
    m_chart->setSeries({weeks}, utc(2026, 11, 1), utc(2026, 11, 9), QTimeZone::utc());
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    double left = std::numeric_limits<double>::max();
    const auto drawn = view->chart()->series();
    for (QAbstractSeries *series : drawn) {
        if (const auto *area = qobject_cast<QAreaSeries *>(series)) {
            const auto points = area->upperSeries()->points();
            for (const QPointF &p : points)
                left = std::min(left, p.x());
        }
    }
    QVERIFY2(left > double(utc(2026, 11, 1)), qPrintable(QString::number(left)));
}

void TestChartWidget::gapsBreakTheLine()
{
    const qint64 from = utc(2025, 3, 10);
    m_chart->setSeries({quarterHours(QStringLiteral("energy"), QStringLiteral("kWh"), from, 96 * 2,
                                     from + 30 * kQuarterMs, from + 40 * kQuarterMs)},
                       from, from + 2 * 96 * kQuarterMs, QTimeZone::utc());
    QCOMPARE(m_chart->plottedSegmentCount(QStringLiteral("energy")), 2);
    QCOMPARE(m_chart->plottedPointCount(QStringLiteral("energy")), 2 * 96 - 10);
}

void TestChartWidget::keyboardAndWheelZoomAndPanThenReset()
{
    const qint64 from = utc(2025, 1, 1);
    const int count = 96 * 60;
    m_chart->setSeries({quarterHours(QStringLiteral("energy"), QStringLiteral("kWh"), from, count)}, from,
                       from + count * kQuarterMs, QTimeZone("Europe/Paris"));
    QSignalSpy viewChanged(m_chart.get(), &ChartWidget::viewChanged);
    const qint64 fullSpan = m_chart->viewToUtcMs() - m_chart->viewFromUtcMs();
    m_chart->setFocus();
    QTest::keyClick(m_chart.get(), Qt::Key_Plus);
    QTest::keyClick(m_chart.get(), Qt::Key_Plus);
    const qint64 zoomedSpan = m_chart->viewToUtcMs() - m_chart->viewFromUtcMs();
    QVERIFY(zoomedSpan < fullSpan * 0.7);
    QVERIFY(m_chart->isZoomed());
    QCOMPARE(viewChanged.count(), 2);
    // Fewer raw points are visible, so fewer are drawn.
    QTRY_VERIFY(m_chart->plottedPointCount(QStringLiteral("energy")) <= 4 * m_chart->plotWidthPx());
    const qint64 before = m_chart->viewFromUtcMs();
    QTest::keyClick(m_chart.get(), Qt::Key_Left);
    QVERIFY(m_chart->viewFromUtcMs() < before);
    QCOMPARE(m_chart->viewToUtcMs() - m_chart->viewFromUtcMs(), zoomedSpan);
    // Wheel over the plot zooms in further.
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    const QPointF centre = QPointF(view->viewport()->rect().center());
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(m_chart->viewToUtcMs() - m_chart->viewFromUtcMs() < zoomedSpan);
    // Dragging pans.
    const qint64 beforeDrag = m_chart->viewFromUtcMs();
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QMouseEvent move(QEvent::MouseMove, centre + QPointF(200, 0),
                     view->viewport()->mapToGlobal(centre + QPointF(200, 0)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                        (centre + QPointF(200, 0)).toPoint());
    QVERIFY(m_chart->viewFromUtcMs() < beforeDrag); // dragging right shows earlier data
    QTest::keyClick(m_chart.get(), Qt::Key_0);
    QVERIFY(!m_chart->isZoomed());
    QCOMPARE(m_chart->viewToUtcMs() - m_chart->viewFromUtcMs(), fullSpan);
}

void TestChartWidget::partialBarsSayHowMuchDataTheyHave()
{
    const QTimeZone paris("Europe/Paris");
    const ChartSeries days = parisDaysAroundTheClockChange();
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), paris);
    QCOMPARE(m_chart->plottedPointCount(QStringLiteral("days")), 3 * 4);
    const QString partial = m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[1] + 3600 * 1000);
    QVERIFY2(partial.contains(QStringLiteral("Partial")) &&
                 partial.contains(QLocale().toString(50.0, 'f', 1) + QStringLiteral(" %")),
             qPrintable(partial));
    // Almost complete is partial all the same, and never reads "100 %".
    const QString almost = m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[2] + 3600 * 1000);
    QVERIFY2(almost.contains(QStringLiteral("Partial")) &&
                 almost.contains(QLocale().toString(99.9, 'f', 1) + QStringLiteral(" %")),
             qPrintable(almost));
    QVERIFY(partial.contains(QStringLiteral("2025"))); // the local date of the day
    QVERIFY(partial.contains(QStringLiteral("kWh")));
    QVERIFY(!m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[0]).contains(QStringLiteral("Partial")));

    // Hovering the hatched bar of 30 March shows that tooltip, as hovering a full bar shows its own.
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    QTest::qWait(50);
    QAbstractSeries *partialBars = nullptr;
    const auto drawn = view->chart()->series();
    for (QAbstractSeries *series : drawn) {
        if (series->name().contains(QStringLiteral("partial")))
            partialBars = series;
    }
    QVERIFY(partialBars);
    const qint64 middle = (days.utcMs[1] + days.endUtcMs[1]) / 2;
    const QPointF inChart = view->chart()->mapToPosition(QPointF(double(middle), 50.0), partialBars);
    const QPoint onScreen = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseMove(view->viewport(), onScreen + QPoint(1, 0));
    QTest::mouseMove(view->viewport(), onScreen);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Partial")), qPrintable(QToolTip::text()));
}

void TestChartWidget::theLegendExplainsEachMarkInUse()
{
    const QTimeZone paris("Europe/Paris");
    ChartSeries days = parisDaysAroundTheClockChange();
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), paris);
    const auto *legend = m_chart->findChild<ChartLegend *>(QStringLiteral("chartLegend"));
    QVERIFY(legend);
    QStringList texts = legend->shownNames();
    QVERIFY2(texts.contains(QStringLiteral("Main incomer · ActiveEnergy (kWh)")),
             qPrintable(texts.join(u'|')));
    // One series, yet a legend: it explains the marks its bars carry, and only those.
    QVERIFY(!legend->isHidden());
    QCOMPARE(countMatching(texts, QStringLiteral("^Hatched")), 1);
    QCOMPARE(countMatching(texts, QStringLiteral("^Dotted")), 1);
    QCOMPARE(countMatching(texts, QStringLiteral("^Pale")), 0);
    // The tooltip of the hatched day says how long it lacks data (23 h that day: 11 h 30 min).
    const QString partial = m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[1] + 3600 * 1000);
    QVERIFY2(partial.contains(QStringLiteral("11 h 30 min without data")), qPrintable(partial));

    // Now on 31 March at 06:00: the day is in progress, pale, its data so far; no gap is claimed.
    days.measuredToUtcMs = days.utcMs[2] + 6 * 3600 * 1000;
    days.coverage[2] = 1.0;
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), paris);
    texts = legend->shownNames();
    QCOMPARE(countMatching(texts, QStringLiteral("^Pale")), 1);
    QCOMPARE(countMatching(texts, QStringLiteral("^Dotted")), 0);
    const QString today = m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[2] + 3600 * 1000);
    QVERIFY2(today.contains(QStringLiteral("In progress")) && !today.contains(QStringLiteral("Partial")),
             qPrintable(today));

    // All complete: no legend at all for a single series.
    days.measuredToUtcMs = std::numeric_limits<qint64>::max();
    days.coverage = {1.0, 1.0, 1.0};
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), paris);
    QVERIFY(legend->isHidden());
}

void TestChartWidget::fourSeriesOfTwoSitesAreNamedWholeInTheLegend()
{
    // Four meters of two sites overlaid in a 1024 px window: each entry says what tells it apart, whole.
    m_chart->resize(1024, 600);
    QList<ChartSeries> series;
    const QStringList sites{QStringLiteral("Lyon Part-Dieu Store"),
                            QStringLiteral("Paris La Défense Offices")};
    const QStringList meters{QStringLiteral("Main incomer"), QStringLiteral("HVAC")};
    for (const QString &site : sites) {
        for (const QString &meter : meters) {
            ChartSeries s = dailyBars(site + u'/' + meter, QStringLiteral("kWh"), {100.0, 120.0});
            s.siteId = site;
            s.siteName = site;
            s.meterId = meter;
            s.meterName = site + QStringLiteral(" · ") + meter; // as overlays name them
            s.measurementName = QStringLiteral("ActiveEnergy");
            s.commodity = Commodity::Electricity;
            s.title = s.meterName + QStringLiteral(" · ActiveEnergy");
            series.append(s);
        }
    }
    m_chart->setSeries(series, series.front().utcMs.front(), series.front().endUtcMs.back(),
                       QTimeZone::utc());
    const auto *legend = m_chart->findChild<ChartLegend *>(QStringLiteral("chartLegend"));
    QVERIFY(legend && !legend->isHidden());
    const QStringList shown = legend->shownNames();
    QCOMPARE(shown, (QStringList{QStringLiteral("Lyon Part-Dieu Store · Main incomer (kWh)"),
                                 QStringLiteral("Lyon Part-Dieu Store · HVAC (kWh)"),
                                 QStringLiteral("Paris La Défense Offices · Main incomer (kWh)"),
                                 QStringLiteral("Paris La Défense Offices · HVAC (kWh)")}));
    // A narrow window wraps the entries onto more rows instead of cutting them.
    const int wide = legend->heightForWidth(1024);
    QVERIFY(legend->heightForWidth(500) > wide);
    // A name too long for a third of the row is cut in the middle; its whole name is one hover away.
    ChartSeries longName = series.front();
    longName.siteName = QStringLiteral("A site whose name goes on and on well past what any legend can hold");
    longName.meterName = longName.siteName + QStringLiteral(" · Main incomer");
    m_chart->setSeries({longName, series.back()}, longName.utcMs.front(), longName.endUtcMs.back(),
                       QTimeZone::utc());
    const QString cut = legend->shownNames().front();
    QVERIFY2(cut.contains(QChar(0x2026)) && cut.startsWith(QStringLiteral("A site")) &&
                 cut.endsWith(QStringLiteral("(kWh)")),
             qPrintable(cut));
    QVERIFY(legend->entries().front().name.startsWith(longName.siteName));
}

void TestChartWidget::aYearOfQuarterHoursIsDecimatedAndQuick()
{
    const qint64 from = utc(2024, 6, 1);
    const int count = 35040;
    const ChartSeries year = quarterHours(QStringLiteral("year"), QStringLiteral("kWh"), from, count);
    QElapsedTimer timer;
    timer.start();
    m_chart->setSeries({year}, from, from + count * kQuarterMs, QTimeZone("Europe/Paris"));
    const QPixmap painted = m_chart->grab();
    const qint64 elapsedMs = timer.elapsed();
    qInfo("1 meter-year (%d points): set, decimated and painted in %lld ms", count, elapsedMs);
    QVERIFY(!painted.isNull());
    QTRY_COMPARE(m_chart->decimationWidthPx(), m_chart->plotWidthPx());
    const int plotted = m_chart->plottedPointCount(QStringLiteral("year"));
    QVERIFY2(plotted <= 4 * m_chart->plotWidthPx() && plotted > m_chart->plotWidthPx(),
             qPrintable(QString::number(plotted)));
    QVERIFY2(elapsedMs < 1500,
             qPrintable(QString::number(elapsedMs))); // no visible pause, even on a busy 2-core runner
}

void TestChartWidget::sitesInSeveralZonesShareAUtcAxis()
{
    TimeRangeBar bar;
    bar.setSiteZones({QStringLiteral("Europe/Paris"), QStringLiteral("America/New_York")});
    QCOMPARE(bar.axisZone(), QTimeZone::utc());
    bar.setSiteZones({QStringLiteral("Europe/Paris"), QStringLiteral("Europe/Paris")});
    QCOMPARE(bar.axisZone(), QTimeZone("Europe/Paris"));
    // Stepping a month back from a month preset lands on the previous calendar month.
    bar.setClock([] { return utc(2025, 3, 31, 12); });
    bar.setReferenceZone(QTimeZone("Europe/Paris"));
    bar.setPreset(TimeRange::Preset::ThisMonth);
    QSignalSpy changed(&bar, &TimeRangeBar::changed);
    bar.step(-1);
    QCOMPARE(changed.count(), 1);
    const QTimeZone paris("Europe/Paris");
    QCOMPARE(bar.range().fromUtcMs(), QDateTime(QDate(2025, 2, 1), QTime(0, 0), paris).toMSecsSinceEpoch());
    QCOMPARE(bar.range().toUtcMs(), QDateTime(QDate(2025, 3, 1), QTime(0, 0), paris).toMSecsSinceEpoch());
    QCOMPARE(bar.granularity(), Granularity::Day); // automatic for a month
    bar.setGranularity(Granularity::Week);
    QCOMPARE(bar.granularity(), Granularity::Week);
}

void TestChartWidget::aCustomRangeEndingBeforeItStartsIsItsFirstDay()
{
    TimeRangeBar bar;
    bar.setClock([] { return utc(2025, 3, 31, 12); });
    bar.setReferenceZone(QTimeZone("Europe/Paris"));
    bar.setPreset(TimeRange::Preset::Custom);
    auto *fromEdit = bar.findChild<QDateEdit *>(QStringLiteral("customFromEdit"));
    auto *toEdit = bar.findChild<QDateEdit *>(QStringLiteral("customToEdit"));
    QVERIFY(fromEdit && toEdit);
    fromEdit->setDate(QDate(2025, 3, 20));
    toEdit->setDate(QDate(2025, 3, 10)); // before the first day
    const QTimeZone paris("Europe/Paris");
    QCOMPARE(bar.range().fromUtcMs(), QDateTime(QDate(2025, 3, 20), QTime(0, 0), paris).toMSecsSinceEpoch());
    QCOMPARE(bar.range().toUtcMs(), QDateTime(QDate(2025, 3, 21), QTime(0, 0), paris).toMSecsSinceEpoch());
    QCOMPARE(toEdit->date(), QDate(2025, 3, 20));
}

void TestChartWidget::emptyDataShowsTheEmptyState()
{
    ChartSeries empty;
    empty.key = QStringLiteral("none");
    empty.unit = QStringLiteral("kWh");
    m_chart->setSeries({empty}, utc(2025, 1, 1), utc(2025, 1, 2), QTimeZone::utc());
    QCOMPARE(m_chart->chartCount(), 0);
    QCOMPARE(m_chart->placeholderText(), QStringLiteral("No data in this range."));
}

void TestChartWidget::aLineWithoutPointsBesideOneWithPointsIsDrawnEmpty()
{
    // A meter with no reading in the range, overlaid on one that has them: the chart shows the one
    // with data, keeps an (empty) line for the other, and zooming redraws both.
    const qint64 from = utc(2025, 3, 10);
    ChartSeries silent = quarterHours(QStringLiteral("silent"), QStringLiteral("kWh"), from, 0);
    silent.toUtcMs = from + 96 * kQuarterMs;
    QVERIFY(silent.isEmpty());
    m_chart->setSeries({quarterHours(QStringLiteral("energy"), QStringLiteral("kWh"), from, 96), silent},
                       from, from + 96 * kQuarterMs, QTimeZone::utc());
    QCOMPARE(m_chart->chartCount(), 1);
    QCOMPARE(m_chart->plottedPointCount(QStringLiteral("energy")), 96);
    QCOMPARE(m_chart->plottedSegmentCount(QStringLiteral("energy")), 1);
    QCOMPARE(m_chart->plottedPointCount(QStringLiteral("silent")), 0);
    QCOMPARE(m_chart->plottedSegmentCount(QStringLiteral("silent")), 0);
    m_chart->zoomBy(0.5);
    QVERIFY(m_chart->isZoomed());
    QCOMPARE(m_chart->plottedPointCount(QStringLiteral("silent")), 0);
    QVERIFY(m_chart->plottedPointCount(QStringLiteral("energy")) < 96);
    QVERIFY(m_chart->plottedPointCount(QStringLiteral("energy")) > 0);
    QVERIFY(m_chart->toolTipFor(QStringLiteral("silent"), from).isEmpty());
}

void TestChartWidget::replacedBarsLeaveNoSeriesBehind()
{
    ChartSeries days;
    days.key = QStringLiteral("days");
    days.unit = QStringLiteral("kWh");
    days.granularity = Granularity::Day;
    days.bars = true;
    for (int d = 0; d < 3; ++d) {
        days.utcMs.push_back(utc(2025, 3, 10 + d));
        days.endUtcMs.push_back(utc(2025, 3, 11 + d));
        days.values.push_back(100.0 + d);
        days.coverage.push_back(1.0);
    }
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), QTimeZone::utc());
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    // Each bar series draws its periods as areas over line series of their own, one per mark (complete,
    // a few intervals missing, partial, in progress).
    QList<QPointer<QObject>> lines;
    const auto drawn = view->chart()->series();
    for (QAbstractSeries *series : drawn) {
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            lines.append(area->upperSeries());
    }
    QCOMPARE(lines.size(), 4);
    m_chart->clear(QStringLiteral("Select a site or a meter to see its consumption."));
    QCOMPARE(m_chart->chartCount(), 0);
    for (const QPointer<QObject> &line : std::as_const(lines))
        QVERIFY(line.isNull()); // gone with the chart, not left over after every redraw
}

void TestChartWidget::aCounterResetIsMarkedWhereItIs()
{
    // Three days by day; the second holds one negative interval (a counter reset): its bar gets a mark,
    // and its tooltip says so. A line of quarter hours marks its negative reading itself.
    ChartSeries days;
    days.key = QStringLiteral("days");
    days.title = QStringLiteral("Main incomer · ActiveEnergy");
    days.unit = QStringLiteral("kWh");
    days.timeZoneId = QStringLiteral("UTC");
    days.granularity = Granularity::Day;
    days.bars = true;
    for (int d = 0; d < 3; ++d) {
        days.utcMs.push_back(utc(2025, 10, 11 + d));
        days.endUtcMs.push_back(utc(2025, 10, 12 + d));
        days.values.push_back(d == 1 ? -93062.0 : 5700.0);
        days.coverage.push_back(1.0);
        days.negativeIntervals.push_back(d == 1 ? 1 : 0);
    }
    m_chart->setSeries({days}, days.utcMs.front(), days.endUtcMs.back(), QTimeZone::utc());
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    QList<QScatterSeries *> marks;
    const auto drawn = view->chart()->series();
    for (QAbstractSeries *series : drawn) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            marks.append(scatter);
    }
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.front()->count(), 1);
    const QPointF mark = marks.front()->at(0);
    QVERIFY(mark.x() > double(days.utcMs[1]) && mark.x() < double(days.endUtcMs[1]));
    QCOMPARE(m_chart->axisTitles(0), QStringList{QStringLiteral("MWh")}); // a 93,062 kWh day: MWh
    QCOMPARE(mark.y(), -93.062);
    QVERIFY2(m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[1])
                 .contains(QStringLiteral("negative interval")),
             qPrintable(m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[1])));
    QVERIFY(!m_chart->toolTipFor(QStringLiteral("days"), days.utcMs[0]).contains(QStringLiteral("negative")));
    // Bars stand on zero: below zero only the negative day is filled.
    QTest::qWait(50);
    const QImage picture = view->viewport()->grab().toImage();
    const auto pixelAt = [&](qint64 utcMs, double value) {
        const QPointF inChart = view->chart()->mapToPosition(QPointF(double(utcMs), value), marks.front());
        return picture.pixelColor(view->mapFromScene(view->chart()->mapToScene(inChart)));
    };
    const auto isBackground = [](const QColor &c) {
        return c.red() > 235 && c.green() > 235 && c.blue() > 235;
    };
    const qint64 offGrid = 9 * 3600 * 1000LL; // away from the grid lines
    QVERIFY(isBackground(pixelAt(days.utcMs[0] + offGrid, -30)));
    QVERIFY(!isBackground(pixelAt(days.utcMs[1] + offGrid, -30)));
    QVERIFY(!isBackground(pixelAt(days.utcMs[0] + offGrid, 2)));

    const qint64 from = utc(2025, 10, 12);
    ChartSeries quarters = quarterHours(QStringLiteral("quarters"), QStringLiteral("kWh"), from, 96);
    quarters.values[9] = -98765.432;
    m_chart->setSeries({quarters}, from, from + 96 * kQuarterMs, QTimeZone::utc());
    view = m_chart->findChild<QChartView *>();
    marks.clear();
    const auto lines = view->chart()->series();
    for (QAbstractSeries *series : lines) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            marks.append(scatter);
    }
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.front()->count(), 1);
    QCOMPARE(marks.front()->at(0), QPointF(double(quarters.utcMs[9]), -98.765432)); // in MWh
}

void TestChartWidget::largeEnergyIsShownInMWhWithGroupedAxisLabels()
{
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    // A site of about 1.5 million kWh a day beside a meter of 800 kWh a day: one kWh axis, in MWh.
    const ChartSeries site =
        dailyBars(QStringLiteral("Site"), QStringLiteral("kWh"), {1'200'000.0, 1'500'000.0, 1'350'000.0});
    const ChartSeries meter =
        dailyBars(QStringLiteral("Meter"), QStringLiteral("kWh"), {800.0, 750.0, 790.0});
    m_chart->setSeries({site, meter}, site.utcMs.front(), site.endUtcMs.back(), QTimeZone::utc());
    QCOMPARE(m_chart->axisUnits(0), QStringList{QStringLiteral("kWh")}); // grouped by the API's unit
    QCOMPARE(m_chart->axisTitles(0), QStringList{QStringLiteral("MWh")});
    const QString tip = m_chart->toolTipFor(QStringLiteral("Site"), site.utcMs[1]);
    QVERIFY2(tip.contains(QStringLiteral("1,500 MWh")), qPrintable(tip));
    const QString small = m_chart->toolTipFor(QStringLiteral("Meter"), meter.utcMs[0]);
    QVERIFY2(small.contains(QStringLiteral("0.800 MWh")), qPrintable(small));

    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    QTest::qWait(50);
    const QStringList texts = drawnTexts(view);
    // The legend names each series with the unit of its axis.
    const QStringList legend = m_chart->findChild<ChartLegend *>(QStringLiteral("chartLegend"))->shownNames();
    QVERIFY2(legend.contains(QStringLiteral("Site (MWh)")) && legend.contains(QStringLiteral("Meter (MWh)")),
             qPrintable(legend.join(QLatin1Char('|'))));
    // Value ticks in MWh with the locale's grouping: "1,200", never "1200" nor "1200000".
    QVERIFY2(countMatching(texts, QStringLiteral("^\\d{1,3}(,\\d{3})+$")) > 0,
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(countMatching(texts, QStringLiteral("^\\d{4,}")), 0);
    // The bars are drawn in MWh: the highest reaches 1,500 on the axis.
    const auto drawn = view->chart()->series();
    double highest = 0;
    for (QAbstractSeries *series : drawn) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            const auto points = area->upperSeries()->points();
            for (const QPointF &p : points)
                highest = std::max(highest, p.y());
        }
    }
    QCOMPARE(highest, 1500.0);

    // In German, the same axis groups with a dot.
    const fixture::DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    m_chart->setSeries({site}, site.utcMs.front(), site.endUtcMs.back(), QTimeZone::utc());
    view = m_chart->findChild<QChartView *>();
    QTest::qWait(50);
    const QStringList germanTexts = drawnTexts(view);
    QVERIFY2(countMatching(germanTexts, QStringLiteral("^\\d{1,3}(\\.\\d{3})+$")) > 0,
             qPrintable(germanTexts.join(QLatin1Char('|'))));
}

void TestChartWidget::cubicMetresReadAsPeopleWriteThem()
{
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    // Gas in m3 and energy in kWh side by side: each keeps its own axis and unit, none converted.
    const ChartSeries gas = dailyBars(QStringLiteral("Gas"), QStringLiteral("m3"), {25'000.0, 31'000.0});
    const ChartSeries energy =
        dailyBars(QStringLiteral("Energy"), QStringLiteral("kWh"), {25'000.0, 31'000.0});
    m_chart->setSeries({gas, energy}, gas.utcMs.front(), gas.endUtcMs.back(), QTimeZone::utc());
    QCOMPARE(m_chart->axisUnits(0), (QStringList{QStringLiteral("m3"), QStringLiteral("kWh")}));
    QCOMPARE(m_chart->axisTitles(0), (QStringList{QStringLiteral("m³"), QStringLiteral("MWh")}));
    const QString tip = m_chart->toolTipFor(QStringLiteral("Gas"), gas.utcMs[1]);
    QVERIFY2(tip.contains(QStringLiteral("31,000 m³")), qPrintable(tip));
    auto *view = m_chart->findChild<QChartView *>();
    QVERIFY(view);
    QTest::qWait(50);
    const QStringList legend = m_chart->findChild<ChartLegend *>(QStringLiteral("chartLegend"))->shownNames();
    QVERIFY2(legend.contains(QStringLiteral("Gas (m³)")) && legend.contains(QStringLiteral("Energy (MWh)")),
             qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY2(!drawnTexts(view).contains(QStringLiteral("m3")),
             qPrintable(drawnTexts(view).join(QLatin1Char('|'))));
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
