// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "chartlegend.h"
#include "chartstatusoverlay.h"
#include "contrastcolor.h"
#include "i18n/datepatterns.h"
#include "models/chartcomparison.h"
#include "models/chartdocument.h"
#include "models/chartlegendnames.h"
#include "models/chartsummary.h"
#include "models/commodityicon.h"
#include "models/valueaxisticks.h"
#include "plotlineslayer.h"
#include "timeseries/coveragetext.h"
#include "timeseries/m4decimator.h"
#include "timeseries/zonedcalendar.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>
#include <QSet>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace meterscope {

namespace {
constexpr int kMaxUnitsPerChart = 2;
constexpr int kMaxCharts = 2;
constexpr int kFocusFrameWidth = 2;                 // px around the chart while it has the keyboard focus
constexpr qint64 kMinViewSpanMs = 60LL * 60 * 1000; // zooming stops at one hour
constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qreal kHoverRadiusPx = 8;
constexpr qsizetype kMaxNegativeMarks = 2000; // in view; a meter that is negative throughout is its line
constexpr size_t kPeriodStates = 4;
constexpr int kHoverTipMs = 24 * 3600 * 1000;  // a hover tooltip stays while the pointer does
const QColor kNegativeColor(0xc6, 0x28, 0x28); // ChartSeries::PeriodState
using PeriodState = ChartSeries::PeriodState;

// `color` made to stand out more from `background`: darker on a light one, lighter on a dark one.
QColor stronger(const QColor &color, int factor, const QColor &background)
{
    return ContrastColor::isDark(background) ? color.lighter(factor) : color.darker(factor);
}

// How bars of each state are drawn on `background`, and what the legend calls the mark.
void styleBars(QAreaSeries *bars, PeriodState state, const QColor &color, const QColor &background)
{
    switch (state) {
    case PeriodState::Complete: {
        QColor fill = color;
        fill.setAlpha(210);
        bars->setBrush(fill);
        bars->setPen(QPen(stronger(color, 120, background), 0.8));
        break;
    }
    case PeriodState::FewMissing: // a fine dotted texture: still reads as a whole bar
        bars->setBrush(QBrush(color, Qt::Dense2Pattern));
        bars->setPen(QPen(stronger(color, 120, background), 0.8));
        break;
    case PeriodState::Partial:
        bars->setBrush(QBrush(stronger(color, 160, background), Qt::BDiagPattern));
        bars->setPen(QPen(stronger(color, 160, background), 0.8, Qt::DashLine));
        break;
    case PeriodState::InProgress: { // pale, outlined: data so far, more to come
        QColor fill = color;
        fill.setAlpha(70);
        bars->setBrush(fill);
        bars->setPen(QPen(stronger(color, 120, background), 1.2, Qt::DotLine));
        break;
    }
    }
}

QString markLegendText(PeriodState state)
{
    switch (state) {
    case PeriodState::FewMissing:
        return ChartWidget::tr("Dotted: ≤ %1 % missing")
            .arg(QLocale().toString(ChartSeries::kFewMissingShare * 100, 'f', 0));
    case PeriodState::Partial:
        return ChartWidget::tr("Hatched: > %1 % missing")
            .arg(QLocale().toString(ChartSeries::kFewMissingShare * 100, 'f', 0));
    case PeriodState::InProgress:
        return ChartWidget::tr("Pale: in progress");
    case PeriodState::Complete:
        break;
    }
    return {};
}

// The instant whose wall time in `to` is the wall time of utcMs in `from`: 2025-10-12 00:00 in
// Kathmandu drawn at 2025-10-12 00:00 of the axis.
qint64 sameWallTime(qint64 utcMs, const ZonedCalendar &from, const QTimeZone &to)
{
    const QDateTime local = from.toLocal(utcMs);
    return QDateTime(local.date(), local.time(), to).toMSecsSinceEpoch();
}

// "2 h 15 min", "3 d 4 h", "45 min", "30 s"
QString durationText(qint64 ms)
{
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes < 1)
        return ChartWidget::tr("%1 s").arg((ms + 500) / 1000);
    if (minutes < 60)
        return ChartWidget::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return minutes % 60 == 0 ? ChartWidget::tr("%1 h").arg(minutes / 60)
                                 : ChartWidget::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    const qint64 hours = (minutes + 30) / 60;
    return hours % 24 == 0 ? ChartWidget::tr("%1 d").arg(hours / 24)
                           : ChartWidget::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

const QList<QColor> &overlayPalette()
{
    static const QList<QColor> colors{QColor(0x1f, 0x6f, 0xb4), QColor(0xe0, 0x7b, 0x12),
                                      QColor(0x2e, 0x9e, 0x5b), QColor(0xc4, 0x3c, 0x3c),
                                      QColor(0x7b, 0x52, 0xae), QColor(0x8c, 0x6d, 0x31),
                                      QColor(0xd1, 0x5c, 0xa8), QColor(0x4d, 0x4d, 0x4d)};
    return colors;
}

// How an axis is drawn in `palette`: labels and title in its text colour, the line and grid between
// that and the base the plot is drawn on.
void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    axis->setLabelsBrush(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(ContrastColor::mixed(base, text, 0.45));
    axis->setGridLineColor(ContrastColor::mixed(base, text, 0.13));
    axis->setShadesVisible(false);
}

// What a period (or interval) starting at startUtcMs is called in the site's zone.
QString periodText(const ChartSeries &s, qint64 startUtcMs, qint64 endUtcMs)
{
    const ZonedCalendar site = ZonedCalendar::forZoneId(s.timeZoneId.toUtf8());
    const QLocale locale;
    const QDateTime start = site.toLocal(startUtcMs);
    switch (s.bars ? s.granularity : Granularity::FifteenMinutes) {
    case Granularity::Day:
        return locale.toString(start.date(), DatePatterns::weekdayDayMonthYearLong());
    case Granularity::Week:
        return ChartWidget::tr("Week of %1")
            .arg(locale.toString(start.date(), DatePatterns::dayMonthYearLong()));
    case Granularity::Month:
        return locale.toString(start.date(), DatePatterns::monthYearLong());
    case Granularity::Year:
        return locale.toString(start.date(), QStringLiteral("yyyy"));
    default:
        return ChartWidget::tr("%1 – %2").arg(
            locale.toString(start, DatePatterns::weekdayDayMonthYearTime()),
            locale.toString(site.toLocal(endUtcMs).time(), QStringLiteral("HH:mm")));
    }
}

// Where point i of `s` really is: a comparison's points stand on the current timeline.
std::pair<qint64, qint64> realInterval(const ChartSeries &s, size_t i)
{
    const qint64 start = i < s.comparedUtcMs.size() ? s.comparedUtcMs[i] : s.utcMs[i];
    return {start, start + (s.endUtcMs[i] - s.utcMs[i])};
}

// Tick positions and labels for the time axis, computed in `zone`, about one every 110 px.
QList<QPair<qint64, QString>> timeTicks(qint64 from, qint64 to, const QTimeZone &zone, int widthPx)
{
    const qint64 span = std::max<qint64>(to - from, 1);
    const int wanted = std::clamp(widthPx / 110, 2, 14);
    const qint64 idealStep = span / wanted;
    struct Step
    {
        Granularity g;
        int multiple;
        qint64 approxMs;
    };
    static const Step steps[] = {{Granularity::Hour, 1, kHourMs},      {Granularity::Hour, 3, 3 * kHourMs},
                                 {Granularity::Hour, 6, 6 * kHourMs},  {Granularity::Hour, 12, 12 * kHourMs},
                                 {Granularity::Day, 1, kDayMs},        {Granularity::Day, 2, 2 * kDayMs},
                                 {Granularity::Week, 1, 7 * kDayMs},   {Granularity::Month, 1, 30 * kDayMs},
                                 {Granularity::Month, 3, 91 * kDayMs}, {Granularity::Year, 1, 365 * kDayMs}};
    size_t chosen = std::size(steps) - 1;
    for (size_t i = 0; i < std::size(steps); ++i) {
        if (steps[i].approxMs >= idealStep) {
            chosen = i;
            break;
        }
    }
    // At least two ticks inside the range: a month on a narrow plot is labelled by week, not by one
    // tick at its end.
    while (chosen > 0 && span / steps[chosen].approxMs < 2)
        --chosen;
    const Step step = steps[chosen];
    const ZonedCalendar calendar(zone);
    const QLocale locale;
    QList<QPair<qint64, QString>> ticks;
    // No tick at the left edge (the axis starts there): the first one shown is the first after it, and
    // it names the year of a month axis.
    qint64 t = calendar.periodStart(from, step.g);
    while (t <= from)
        t = calendar.nextPeriodStart(t, step.g);
    QDate lastDate;
    for (int guard = 0; t <= to && guard < 4000; ++guard, t = calendar.nextPeriodStart(t, step.g)) {
        const QDateTime local = calendar.toLocal(t);
        const int unitIndex = step.g == Granularity::Hour    ? local.time().hour()
                              : step.g == Granularity::Day   ? int(local.date().toJulianDay())
                              : step.g == Granularity::Month ? local.date().month() - 1
                                                             : 0;
        if (unitIndex % step.multiple != 0)
            continue;
        QString label;
        switch (step.g) {
        case Granularity::Hour:
            label = local.date() != lastDate ? locale.toString(local, DatePatterns::weekdayDayMonthTime())
                                             : locale.toString(local.time(), QStringLiteral("HH:mm"));
            break;
        case Granularity::Day:
        case Granularity::Week:
            label = locale.toString(local.date(), DatePatterns::weekdayDayMonth());
            break;
        case Granularity::Month:
            label = local.date().month() == 1 || ticks.isEmpty()
                        ? locale.toString(local.date(), DatePatterns::monthYear())
                        : locale.toString(local.date(), QStringLiteral("MMM"));
            break;
        default:
            label = locale.toString(local.date(), QStringLiteral("yyyy"));
            break;
        }
        lastDate = local.date();
        ticks.append({t, label});
    }
    return ticks;
}
} // namespace

struct ChartWidget::Plot
{
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QCategoryAxis *xAxis = nullptr;
    QStringList units;
    QList<QValueAxis *> yAxes;
    PlotLinesLayer *lines = nullptr; // owned by the chart (a child item)
};

struct ChartWidget::Plotted
{
    int seriesIndex = 0;
    int plot = 0;
    int axis = 0;
    QColor seriesColor; // chosen for the series (a comparison: its series'), whatever the background
    bool pale = false;  // a comparison: drawn paler
    QColor color;       // as drawn: seriesColor made to stand out from the plot's background
    QString legendName; // "Lyon Part-Dieu Store · Gas (m³)": what the legend calls it
    QLineSeries *legendLine = nullptr; // lines: the legend's entry (drawn by the plot's lines layer)
    int segmentCount = 0;              // lines: unbroken pieces drawn
    // Bars: one area per ChartSeries::PeriodState (complete, a few intervals missing, partial, in progress)
    std::array<QAreaSeries *, kPeriodStates> bars{};
    QScatterSeries *negatives = nullptr;  // marks on the points that hold negative intervals (if any)
    QScatterSeries *inProgress = nullptr; // lines: a ring on the hour that is not over yet (if any)
    int pointCount = 0;
    int barSlot = 0;     // position among the bar series of a period
    double factor = 1.0; // values are drawn divided by it: in the unit of their axis (MWh for kWh)
};

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartWidget"));
    setFocusPolicy(Qt::StrongFocus);
    m_layout = new QVBoxLayout(this);
    // Room for the focus frame (paintEvent), which the plots would otherwise cover.
    m_layout->setContentsMargins(kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth);
    m_layout->setSpacing(0);
    // Drawn over the chart, outside the layout: showing it must not resize (and so redraw) the plots.
    m_status = new ChartStatusOverlay(this);
    connect(m_status, &ChartStatusOverlay::cancelRequested, this, &ChartWidget::cancelLoadingRequested);
    connect(m_status, &ChartStatusOverlay::retryRequested, this, &ChartWidget::retryRequested);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #5f6b77; font-size: 14pt;"));
    m_layout->addWidget(m_placeholder, 1);
    m_legend = new ChartLegend(this);
    m_legend->hide();
    m_layout->addWidget(m_legend);
    clear(tr("Select a site or a meter to see its consumption."));
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::clear(const QString &placeholder)
{
    m_series.clear();
    m_placeholderText = placeholder;
    rebuild();
}

void ChartWidget::setDocument(ChartDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    connect(document, &ChartDocument::seriesChanged, this, &ChartWidget::showDocument);
    connect(document, &ChartDocument::loadStatusChanged, this, &ChartWidget::showLoadStatus);
    connect(document, &ChartDocument::viewChanged, this, &ChartWidget::setView);
    connect(this, &ChartWidget::viewChanged, document, &ChartDocument::setView);
    showDocument();
}

void ChartWidget::showDocument()
{
    if (m_document->isEmpty() && !m_document->message().isEmpty()) {
        clear(m_document->message());
        showLoadStatus();
        return;
    }
    // A more complete chart of the same range keeps the zoom the user chose meanwhile.
    const qint64 viewFrom = m_document->viewFromUtcMs();
    const qint64 viewTo = m_document->viewToUtcMs();
    const bool zoomed = m_document->isZoomed();
    setSeries(m_document->series(), m_document->fromUtcMs(), m_document->toUtcMs(), m_document->axisZone());
    if (zoomed)
        setView(viewFrom, viewTo);
    showLoadStatus();
}

void ChartWidget::showLoadStatus()
{
    if (!m_document)
        return;
    const bool chartShown =
        std::any_of(m_series.cbegin(), m_series.cend(), [](const ChartSeries &s) { return s.size() > 0; });
    m_status->setStatus(m_document->loadStatus(), chartShown, m_document->isShowingPreviousRequest());
    placeStatusOverlay();
    updatePlaceholder();
}

void ChartWidget::setSeries(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs,
                            const QTimeZone &axisZone)
{
    m_series = series;
    m_from = fromUtcMs;
    m_to = std::max(toUtcMs, fromUtcMs + 1);
    m_viewFrom = m_from;
    m_viewTo = m_to;
    m_zone = axisZone.isValid() ? axisZone : QTimeZone::utc();
    m_placeholderText = tr("No data in this range.");
    rebuild();
    Q_EMIT viewChanged(m_viewFrom, m_viewTo);
}

void ChartWidget::rebuild()
{
    // Deleting a view sends its viewport events (a synthetic leave) while the view is half destroyed:
    // the old plots leave m_plots and the event filter first, so eventFilter() never looks at one.
    m_plotted.clear();
    m_barsByLocalDate = false;
    m_units = ChartDisplayUnits(m_series);
    // What a screen reader says of the chart: its series, range, zone and totals in words.
    setAccessibleDescription(m_series.isEmpty()
                                 ? m_placeholderText
                                 : ChartSummary::of(m_series, m_from, m_to, QString::fromUtf8(m_zone.id())));
    const std::vector<std::unique_ptr<Plot>> old = std::exchange(m_plots, {});
    for (const auto &plot : old) {
        plot->view->viewport()->removeEventFilter(this);
        m_layout->removeWidget(plot->view);
        delete plot->view; // owns the chart, its series and axes
    }
    updateLegend();

    const bool anyData =
        std::any_of(m_series.cbegin(), m_series.cend(), [](const ChartSeries &s) { return !s.isEmpty(); });
    if (anyData) {
        const bool single = std::count_if(m_series.cbegin(), m_series.cend(),
                                          [](const ChartSeries &c) { return !c.isComparison(); }) == 1;
        const QStringList legendNames = ChartLegendNames::of(m_series);
        for (int i = 0; i < m_series.size(); ++i) {
            const ChartSeries &s = m_series[i];
            // Find or open the chart and axis for this unit.
            int plotIndex = -1;
            int axisIndex = -1;
            for (size_t p = 0; p < m_plots.size() && plotIndex < 0; ++p) {
                const int a = int(m_plots[p]->units.indexOf(s.unit));
                if (a >= 0) {
                    plotIndex = int(p);
                    axisIndex = a;
                }
            }
            if (plotIndex < 0) {
                for (size_t p = 0; p < m_plots.size() && plotIndex < 0; ++p) {
                    if (m_plots[p]->units.size() < kMaxUnitsPerChart) {
                        plotIndex = int(p);
                        axisIndex = int(m_plots[p]->units.size());
                    }
                }
            }
            if (plotIndex < 0 && int(m_plots.size()) < kMaxCharts) {
                auto plot = std::make_unique<Plot>();
                plot->chart = new QChart;
                plot->chart->setBackgroundRoundness(0);
                plot->chart->setMargins(QMargins(6, 6, 6, 6));
                // The legend is the widget's own (ChartLegend): it wraps instead of cutting names.
                plot->chart->legend()->setVisible(false);
                plot->chart->setAnimationOptions(QChart::NoAnimation);
                // Value axis labels in the locale's digit grouping and decimal mark ("15,000", not
                // "15000"), as every other figure is shown: Qt Charts then reads the axis' "%.Nf"
                // format as N decimals of QLocale::toString().
                plot->chart->setLocalizeNumbers(true);
                plot->chart->setLocale(QLocale());
                plot->xAxis = new QCategoryAxis;
                plot->xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
                plot->chart->addAxis(plot->xAxis, Qt::AlignBottom);
                plot->view = new QChartView(plot->chart, this);
                plot->view->setObjectName(QStringLiteral("chartView%1").arg(m_plots.size()));
                plot->view->setRenderHint(QPainter::Antialiasing);
                // A frame changes the lines, the axes and their labels: one repaint of the whole view, not
                // one per changed piece (each would draw every line again).
                plot->view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
                plot->view->setFocusProxy(this);
                plot->view->viewport()->installEventFilter(this);
                plot->view->viewport()->setMouseTracking(true);
                plot->lines = new PlotLinesLayer(plot->chart);
                // Axis labels change the plot width: decimate again for the width really drawn.
                connect(plot->chart, &QChart::plotAreaChanged, this,
                        [this, lines = plot->lines](const QRectF &area) {
                            lines->setPlotArea(area);
                            if (int(area.width()) != m_decimatedWidthPx && int(area.width()) > 50)
                                QTimer::singleShot(0, this, [this] {
                                    if (plotWidthPx() != m_decimatedWidthPx)
                                        refreshView();
                                });
                        });
                m_layout->insertWidget(m_layout->count() - 1, plot->view, 1);
                plotIndex = int(m_plots.size());
                axisIndex = 0;
                m_plots.push_back(std::move(plot));
            }
            if (plotIndex < 0)
                continue; // more than four units: not charted (the totals still list it)
            Plot &plot = *m_plots[size_t(plotIndex)];
            if (axisIndex >= plot.units.size()) {
                plot.units.append(s.unit);
                auto *y = new QValueAxis;
                y->setTitleText(m_units.values(s.unit).text());
                y->setGridLineVisible(axisIndex == 0);
                plot.chart->addAxis(y, axisIndex == 0 ? Qt::AlignLeft : Qt::AlignRight);
                plot.yAxes.append(y);
            }
            Plotted plotted;
            plotted.seriesIndex = i;
            plotted.plot = plotIndex;
            plotted.axis = axisIndex;
            plotted.factor = m_units.values(s.unit).factor();
            plotted.seriesColor =
                single ? commodityColor(s.commodity) : overlayPalette()[i % overlayPalette().size()];
            if (s.isComparison()) { // its series' colour, paler (it comes right after it)
                const auto source = std::find_if(m_plotted.cbegin(), m_plotted.cend(), [&](const Plotted &p) {
                    return m_series[p.seriesIndex].key == s.comparisonOf;
                });
                if (source != m_plotted.cend())
                    plotted.seriesColor = source->seriesColor;
                plotted.pale = true;
            }
            QValueAxis *y = plot.yAxes[axisIndex];
            auto attach = [&](QAbstractSeries *series) {
                plot.chart->addSeries(series);
                series->attachAxis(plot.xAxis);
                series->attachAxis(y);
            };
            const QString unitText = m_units.values(s.unit).text();
            const QString &legendName = legendNames.at(i);
            const QString name = unitText.isEmpty() ? legendName : tr("%1 (%2)").arg(legendName, unitText);
            plotted.legendName = name;
            if (s.bars) {
                plotted.barSlot =
                    int(std::count_if(m_plotted.cbegin(), m_plotted.cend(),
                                      [this](const Plotted &p) { return m_series[p.seriesIndex].bars; }));
                // An area series does not own its upper line (the chart owns only the area): the area is
                // made its parent, so the line goes with the chart. Each state of period has its own area
                // (the legend explains the marks once, see markKeys()).
                for (size_t state = 0; state < kPeriodStates; ++state) {
                    auto *bars = new QAreaSeries;
                    bars->setUpperSeries(new QLineSeries(bars));
                    bars->setLowerSeries(new QLineSeries(bars));
                    const auto periodState = PeriodState(state);
                    bars->setName(periodState == PeriodState::Complete ? name
                                  : periodState == PeriodState::FewMissing
                                      ? tr("%1, a few intervals missing").arg(s.title)
                                  : periodState == PeriodState::Partial
                                      ? tr("%1, partial periods").arg(s.title)
                                      : tr("%1, in progress").arg(s.title));
                    attach(bars);
                    // Every bar says what it holds when hovered, whatever its mark.
                    connect(bars, &QAreaSeries::hovered, this, [this, i](const QPointF &p, bool hovered) {
                        showHover(m_series[i], p, hovered);
                    });
                    plotted.bars[state] = bars;
                }
            } else {
                // The plot's lines layer draws the line; this series gives it its legend entry. It holds
                // one point (a line of one point draws nothing), at a place every view's axes include:
                // Qt Charts lays out no axis for a chart whose series are all empty.
                plotted.legendLine = new QLineSeries;
                plotted.legendLine->setName(name);
                plotted.legendLine->append(double(m_from), 0.0);
                attach(plotted.legendLine);
                if (std::any_of(s.endUtcMs.cbegin(), s.endUtcMs.cend(),
                                [&s](qint64 end) { return end > s.measuredToUtcMs; })) {
                    // The hour not over yet is its data so far, not a sudden drop: a ring says so.
                    plotted.inProgress = new QScatterSeries;
                    plotted.inProgress->setName(tr("%1, in progress").arg(s.title));
                    plotted.inProgress->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                    plotted.inProgress->setMarkerSize(10);
                    plotted.inProgress->setColor(Qt::transparent);
                    attach(plotted.inProgress);
                    connect(plotted.inProgress, &QScatterSeries::hovered, this,
                            [this, i](const QPointF &p, bool state) { showHover(m_series[i], p, state); });
                }
            }
            const bool anyNegative =
                std::any_of(s.values.cbegin(), s.values.cend(), [](double v) { return v < 0; }) ||
                std::any_of(s.negativeIntervals.cbegin(), s.negativeIntervals.cend(),
                            [](qint64 n) { return n > 0; });
            if (anyNegative) {
                // A counter reset or a correction is shown where it is, never hidden or smoothed.
                plotted.negatives = new QScatterSeries;
                plotted.negatives->setName(
                    tr("%1: negative intervals (counter reset or correction)").arg(s.title));
                plotted.negatives->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
                plotted.negatives->setMarkerSize(11);
                attach(plotted.negatives);
                connect(plotted.negatives, &QScatterSeries::hovered, this,
                        [this, i](const QPointF &p, bool state) { showHover(m_series[i], p, state); });
            }
            m_plotted.push_back(plotted);
        }
        QSet<QString> barZones;
        for (const ChartSeries &s : std::as_const(m_series)) {
            if (s.bars)
                barZones.insert(s.timeZoneId);
        }
        m_barsByLocalDate = barZones.size() > 1;
    }
    for (auto &plot : m_plots)
        plot->view->setVisible(true);
    updatePlaceholder();
    applyColours(); // and refreshView()
}

QPalette ChartWidget::plotPalette() const
{
    return m_drawingExport ? ContrastColor::lightPalette() : palette();
}

void ChartWidget::applyColours()
{
    // The plots on the palette's base, the text on them in its text colour; each series in its colour
    // made light or dark enough to stand out from the base (a comparison halfway to the base).
    const QPalette colours = plotPalette();
    const QColor base = colours.color(QPalette::Base);
    for (auto &plot : m_plots) {
        plot->chart->setBackgroundBrush(base);
        plot->chart->setBackgroundPen(Qt::NoPen);
        plot->chart->setPlotAreaBackgroundVisible(false);
        plot->view->setBackgroundBrush(base);
        styleAxis(plot->xAxis, colours);
        for (QValueAxis *y : std::as_const(plot->yAxes))
            styleAxis(y, colours);
    }
    const QColor negative = ContrastColor::readableOn(kNegativeColor, base, ContrastColor::kGraphicsRatio);
    for (Plotted &p : m_plotted) {
        const QColor readable = ContrastColor::readableOn(p.seriesColor, base, ContrastColor::kGraphicsRatio);
        p.color = p.pale ? ContrastColor::mixed(readable, base, 0.5) : readable;
        for (size_t state = 0; state < kPeriodStates; ++state) {
            if (p.bars[state])
                styleBars(p.bars[state], PeriodState(state), p.color, base);
        }
        if (p.inProgress)
            p.inProgress->setBorderColor(stronger(p.color, 120, base));
        if (p.negatives) {
            p.negatives->setColor(negative);
            p.negatives->setBorderColor(base);
        }
    }
    refreshView(); // the lines' pens, and the legend
}

QList<ChartLegend::Entry> ChartWidget::markKeys() const
{
    // In a neutral grey: what a dotted, hatched or pale bar (or a ring on a line) means, for the marks
    // the chart's data has.
    const QPalette colours = plotPalette();
    const QColor base = colours.color(QPalette::Base);
    const QColor neutral = ContrastColor::mixed(colours.color(QPalette::Text), base, 0.4);
    QList<ChartLegend::Entry> keys;
    for (const PeriodState state : {PeriodState::FewMissing, PeriodState::Partial, PeriodState::InProgress}) {
        bool bars = false;
        bool lines = false;
        for (const Plotted &p : m_plotted) {
            const ChartSeries &s = m_series[p.seriesIndex];
            for (size_t i = 0; i < s.utcMs.size(); ++i) {
                if (s.stateAt(i) == state) {
                    (s.bars ? bars : lines) = true;
                    break;
                }
            }
        }
        if (bars) {
            QAreaSeries styled;
            styleBars(&styled, state, neutral, base);
            keys.append({markLegendText(state), ChartLegend::Swatch::Area, styled.brush(), styled.pen()});
        }
        if (lines && state == PeriodState::InProgress)
            keys.append({tr("Ring: in progress"), ChartLegend::Swatch::Ring, QBrush(), QPen(neutral, 1.5)});
    }
    return keys;
}

void ChartWidget::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    bool negatives = false;
    for (const Plotted &p : m_plotted) {
        if (p.legendLine)
            entries.append({p.legendName, ChartLegend::Swatch::Line, QBrush(), p.legendLine->pen()});
        else
            entries.append(
                {p.legendName, ChartLegend::Swatch::Area, p.bars.front()->brush(), p.bars.front()->pen()});
        negatives = negatives || p.negatives;
    }
    if (negatives) {
        const QColor base = plotPalette().color(QPalette::Base);
        entries.append(
            {tr("Negative interval (counter reset or correction)"), ChartLegend::Swatch::Triangle,
             QBrush(ContrastColor::readableOn(kNegativeColor, base, ContrastColor::kGraphicsRatio)),
             QPen(base, 1)});
    }
    const QList<ChartLegend::Entry> keys = markKeys();
    entries += keys;
    if (entries != m_legend->entries())
        m_legend->setEntries(entries);
    m_legend->setVisible(!m_plots.empty() && (m_series.size() > 1 || negatives || !keys.isEmpty()));
}

void ChartWidget::updatePlaceholder()
{
    m_placeholder->setText(m_placeholderText);
    // Over an empty chart the status says what is going on; "No data" is for an answered request.
    m_placeholder->setVisible(m_plots.empty() && !m_status->coversChart());
}

int ChartWidget::plotWidthPx() const
{
    if (!m_plots.empty()) {
        const int w = int(m_plots.front()->chart->plotArea().width());
        if (w > 50)
            return w;
    }
    return std::max(200, width() - 140);
}

void ChartWidget::refreshView()
{
    if (m_plots.empty())
        return;
    const int widthPx = plotWidthPx();
    m_decimatedWidthPx = widthPx;
    const int barSeriesCount =
        std::max<int>(1, int(std::count_if(m_plotted.cbegin(), m_plotted.cend(), [this](const Plotted &p) {
                          return m_series[p.seriesIndex].bars;
                      })));
    std::vector<std::vector<std::pair<double, double>>> yRanges(m_plots.size());
    std::vector<std::vector<PlotLinesLayer::Line>> lines(m_plots.size());
    for (auto &plot : yRanges)
        plot.assign(kMaxUnitsPerChart,
                    {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});

    for (Plotted &p : m_plotted) {
        const ChartSeries &s = m_series[p.seriesIndex];
        auto &yr = yRanges[size_t(p.plot)][size_t(p.axis)];
        auto widen = [&yr](double v) {
            yr.first = std::min(yr.first, v);
            yr.second = std::max(yr.second, v);
        };
        if (s.bars) {
            // Several bar series share each period side by side.
            std::array<QList<QPointF>, kPeriodStates> byState;
            QList<QPointF> marks; // periods holding negative intervals
            const ZonedCalendar seriesCalendar = ZonedCalendar::forZoneId(s.timeZoneId.toUtf8());
            for (size_t i = 0; i < s.utcMs.size(); ++i) {
                // Where the period stands on the axis: cut to the charted range (a week that began
                // before it is drawn inside it, not cut at the axis), and, when sites of several zones
                // are charted by period, at its local dates, so that their bars stand side by side.
                qint64 start = std::max(s.utcMs[i], m_from);
                qint64 end = std::min(s.endUtcMs[i], m_to);
                if (m_barsByLocalDate) {
                    start = sameWallTime(start, seriesCalendar, m_zone);
                    end = sameWallTime(end, seriesCalendar, m_zone);
                }
                if (end <= m_viewFrom || start >= m_viewTo || end <= start)
                    continue;
                const double period = double(end - start);
                const double inset = period * 0.08;
                const double slot = (period - 2 * inset) / barSeriesCount;
                const double x0 = double(start) + inset + slot * p.barSlot;
                const double x1 = x0 + slot;
                const double value = s.values[i] / p.factor;
                byState[size_t(s.stateAt(i))] << QPointF(x0, 0) << QPointF(x0, value) << QPointF(x1, value)
                                              << QPointF(x1, 0);
                if (s.negativesAt(i) > 0)
                    marks << QPointF((x0 + x1) / 2, value);
                widen(value);
            }
            p.pointCount = 0;
            if (p.negatives)
                p.negatives->replace(marks);
            // Bars stand on zero, below it for a negative period (a counter reset): without a lower line
            // an area reaches down to the bottom of the plot.
            const QList<QPointF> zero{QPointF(double(m_viewFrom), 0), QPointF(double(m_viewTo), 0)};
            for (size_t state = 0; state < kPeriodStates; ++state) {
                p.pointCount += int(byState[state].size());
                p.bars[state]->upperSeries()->replace(byState[state]);
                p.bars[state]->lowerSeries()->replace(zero);
            }
        } else {
            // M4 to the pixel width; gaps (points further apart than one interval) break the line. A
            // series without points in the range has no interval (and draws an empty line).
            const qint64 stepMs =
                s.utcMs.empty() || s.endUtcMs.empty() ? 0 : s.endUtcMs.front() - s.utcMs.front();
            PlotLinesLayer::Line line;
            line.seriesIndex = p.seriesIndex;
            line.axis = p.axis;
            line.points = M4Decimator::decimate(s.utcMs, s.values, m_viewFrom, m_viewTo, widthPx, stepMs);
            for (QPointF &pt : line.points.points) {
                pt.setY(pt.y() / p.factor);
                widen(pt.y());
            }
            p.pointCount = int(line.points.points.size());
            p.segmentCount = int(line.points.segmentCount());
            // Rates (kW) dashed over a wider energy line, so both stay visible where an hourly sum of
            // energy equals the mean power. Once there are more points than pixel columns (M4 gives each
            // column its first, lowest, highest and last point) the lines are a pixel wide and drawn
            // without antialiasing: a wide antialiased stroke of thousands of points takes long to
            // draw, and blurs the column extremes it is meant to show.
            const bool dense = p.pointCount > widthPx;
            line.pen = QPen(p.color, dense ? 1.0 : (s.summable ? 2.2 : 1.4));
            line.pen.setCosmetic(dense); // one device pixel in exports too (a scaled stroke is slow)
            if (!s.summable)
                line.pen.setDashPattern({5, 4});
            if (s.isComparison())
                line.pen.setDashPattern(s.summable ? QList<qreal>{3, 2} : QList<qreal>{1, 3});
            line.antialiased = !dense;
            if (p.legendLine->pen() != line.pen)
                p.legendLine->setPen(line.pen);
            if (p.inProgress) {
                QList<QPointF> rings;
                for (size_t i = 0; i < s.utcMs.size(); ++i) {
                    if (s.isInProgress(i) && s.utcMs[i] >= m_viewFrom && s.utcMs[i] < m_viewTo)
                        rings << QPointF(double(s.utcMs[i]), s.values[i] / p.factor);
                }
                p.inProgress->replace(rings);
            }
            if (p.negatives) {
                QList<QPointF> marks;
                const auto [first, last] = s.indicesStartingIn(m_viewFrom, m_viewTo);
                for (size_t i = first; i < last && marks.size() < kMaxNegativeMarks; ++i) {
                    if (s.negativesAt(i) > 0)
                        marks << QPointF(double(s.utcMs[i]), s.values[i] / p.factor);
                }
                p.negatives->replace(marks);
            }
            lines[size_t(p.plot)].push_back(std::move(line));
        }
    }
    for (size_t pi = 0; pi < m_plots.size(); ++pi) {
        Plot &plot = *m_plots[pi];
        for (int a = 0; a < plot.yAxes.size(); ++a) {
            auto [lo, hi] = yRanges[pi][size_t(a)];
            if (lo > hi) {
                lo = 0;
                hi = 1;
            }
            lo = std::min(lo, 0.0);
            hi = std::max(hi, 0.0);
            if (hi - lo < 1e-9)
                hi = lo + 1;
            // Round ticks over the values and a little room above them (and below, under zero).
            // (Not QValueAxis::applyNiceNumbers: it starts from the axis's last tick count, so the
            // same values got 0, 200, 400 or 0, 133, 267, 400 depending on the chart before.)
            const ValueAxisTicks ticks =
                ValueAxisTicks::covering(lo < 0 ? lo - (hi - lo) * 0.06 : lo, hi + (hi - lo) * 0.06);
            QValueAxis *axis = plot.yAxes[a];
            axis->setRange(ticks.min, ticks.max);
            axis->setTickCount(ticks.count);
            // As many decimals as tell the ticks apart ("%.0f" for 0, 500, 1,000).
            axis->setLabelFormat(QStringLiteral("%.%1f").arg(DisplayUnit::decimalsForStep(ticks.step)));
            plot.lines->setValueRange(a, axis->min(), axis->max());
        }
        updateTimeAxis(plot);
        plot.lines->setPlotArea(plot.chart->plotArea());
        plot.lines->setTimeRange(double(m_viewFrom), double(m_viewTo));
        plot.lines->setLines(std::move(lines[pi]));
    }
    updateLegend();
}

void ChartWidget::updateTimeAxis(Plot &plot)
{
    QCategoryAxis *axis = plot.xAxis;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(double(m_viewFrom));
    axis->setRange(double(m_viewFrom), double(m_viewTo));
    QStringList used;
    const auto ticks = timeTicks(m_viewFrom, m_viewTo, m_zone, plotWidthPx());
    for (const auto &[utcMs, text] : ticks) {
        if (utcMs <= m_viewFrom)
            continue;
        QString label = text;
        while (used.contains(label)) // the axis needs unique labels
            label += QChar(0x200B);
        used.append(label);
        axis->append(label, double(utcMs));
    }
    const QString zoneName =
        m_zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(m_zone.id());
    // The year shown, whatever the ticks say: a chart by day or hour names days, not years.
    const ZonedCalendar calendar(m_zone);
    const int firstYear = calendar.localDate(m_viewFrom).year();
    const int lastYear = calendar.localDate(std::max(m_viewFrom, m_viewTo - 1)).year();
    const QString years =
        firstYear == lastYear ? QString::number(firstYear) : tr("%1–%2").arg(firstYear).arg(lastYear);
    axis->setTitleText(tr("Time (%1) · %2").arg(zoneName, years));
}

void ChartWidget::setView(qint64 fromUtcMs, qint64 toUtcMs)
{
    const qint64 fullSpan = m_to - m_from;
    qint64 span = std::clamp<qint64>(toUtcMs - fromUtcMs, std::min(kMinViewSpanMs, fullSpan), fullSpan);
    qint64 start = std::clamp<qint64>(fromUtcMs, m_from, m_to - span);
    if (start == m_viewFrom && start + span == m_viewTo)
        return;
    m_viewFrom = start;
    m_viewTo = start + span;
    refreshView();
    Q_EMIT viewChanged(m_viewFrom, m_viewTo);
}

void ChartWidget::zoomBy(double factor, double anchor)
{
    const double span = double(m_viewTo - m_viewFrom);
    const double pivot = double(m_viewFrom) + span * std::clamp(anchor, 0.0, 1.0);
    const double newSpan = span * factor;
    const double from = pivot - (pivot - double(m_viewFrom)) * factor;
    setView(qint64(from), qint64(from + newSpan));
}

void ChartWidget::panBy(double fraction)
{
    const qint64 delta = qint64(double(m_viewTo - m_viewFrom) * fraction);
    setView(m_viewFrom + delta, m_viewTo + delta);
}

void ChartWidget::resetZoom()
{
    setView(m_from, m_to);
}

int ChartWidget::chartCount() const
{
    return int(m_plots.size());
}

int ChartWidget::plottedPointCount(const QString &seriesKey) const
{
    for (const Plotted &p : m_plotted) {
        if (m_series[p.seriesIndex].key == seriesKey)
            return p.pointCount;
    }
    return -1;
}

int ChartWidget::plottedSegmentCount(const QString &seriesKey) const
{
    for (const Plotted &p : m_plotted) {
        if (m_series[p.seriesIndex].key == seriesKey)
            return p.segmentCount;
    }
    return -1;
}

QStringList ChartWidget::axisUnits(int chart) const
{
    return chart >= 0 && chart < int(m_plots.size()) ? m_plots[size_t(chart)]->units : QStringList();
}

QStringList ChartWidget::axisTitles(int chart) const
{
    QStringList titles;
    if (chart >= 0 && chart < int(m_plots.size())) {
        for (const QValueAxis *axis : std::as_const(m_plots[size_t(chart)]->yAxes))
            titles.append(axis->titleText());
    }
    return titles;
}

QStringList ChartWidget::timeAxisLabels() const
{
    return m_plots.empty() ? QStringList() : m_plots.front()->xAxis->categoriesLabels();
}

QString ChartWidget::timeAxisTitle() const
{
    return m_plots.empty() ? QString() : m_plots.front()->xAxis->titleText();
}

QString ChartWidget::placeholderText() const
{
    return m_placeholder->isVisible() || m_plots.empty() ? m_placeholderText : QString();
}

QString ChartWidget::toolTipFor(const QString &seriesKey, qint64 utcMs) const
{
    const auto it = std::find_if(m_series.cbegin(), m_series.cend(),
                                 [&](const ChartSeries &s) { return s.key == seriesKey; });
    if (it == m_series.cend() || it->isEmpty())
        return {};
    const ChartSeries &s = *it;
    // The point whose interval contains utcMs, else the nearest start.
    auto pos = std::upper_bound(s.utcMs.cbegin(), s.utcMs.cend(), utcMs);
    size_t i = pos == s.utcMs.cbegin() ? 0 : size_t(pos - s.utcMs.cbegin()) - 1;
    if (utcMs >= s.endUtcMs[i] && i + 1 < s.utcMs.size() &&
        (s.utcMs[i + 1] - utcMs) < (utcMs - s.endUtcMs[i]))
        ++i;
    const auto [startUtcMs, endUtcMs] = realInterval(s, i);
    const QString when = periodText(s, startUtcMs, endUtcMs);
    const QString zoneName = s.timeZoneId.isEmpty() ? QStringLiteral("UTC") : s.timeZoneId;
    QString text =
        tr("%1\n%2\n%3 (%4)").arg(s.title, m_units.values(s.unit).format(s.values[i]), when, zoneName);
    if (s.isInProgress(i))
        text += tr("\nIn progress: the data up to %1, more to come")
                    .arg(QLocale().toString(
                        ZonedCalendar::forZoneId(s.timeZoneId.toUtf8()).toLocal(s.measuredToUtcMs),
                        QLocale::ShortFormat));
    if (s.isPartial(i))
        text += (s.isInProgress(i) ? tr("\nPartial so far: data for %1 % of the time passed, %2 without data")
                                   : tr("\nPartial: data for %1 % of the period, %2 without data"))
                    .arg(coveragePercentText(s.coverage[i] * 100), durationText(s.missingMsAt(i)));
    if (const qint64 negatives = s.negativesAt(i); negatives > 0)
        text += tr("\nIncludes %n negative interval(s)", nullptr, int(negatives)) +
                tr(": a counter reset or a correction, counted as the server sent it");
    return text + comparisonText(s, i);
}

QString ChartWidget::comparisonText(const ChartSeries &s, size_t i) const
{
    const ChartSeries *current = s.isComparison() ? ChartComparison::currentOf(m_series, s) : &s;
    const ChartSeries *compared = s.isComparison() ? &s : ChartComparison::comparisonOf(m_series, s);
    if (!current || !compared)
        return {};
    const ChartSeries &other = s.isComparison() ? *current : *compared;
    const std::optional<size_t> j = ChartComparison::indexAt(other, s.utcMs[i]);
    if (!j)
        return s.isComparison() ? tr("\nNo data in this period of the current range")
                                : tr("\nNo data to compare with in %1").arg(compared->comparedLabel);
    const auto [startUtcMs, endUtcMs] = realInterval(other, *j);
    const QString value = m_units.values(other.unit).format(other.values[*j]);
    QString text =
        s.isComparison()
            ? tr("\nCompared with %1: %2").arg(periodText(other, startUtcMs, endUtcMs), value)
            : tr("\n%1 (%2): %3").arg(periodText(other, startUtcMs, endUtcMs), other.comparedLabel, value);
    const auto delta = ChartComparison::at(*current, *compared, s.utcMs[i]);
    if (!delta)
        return text;
    text += tr("\nΔ %1").arg(ChartComparison::deltaText(delta->delta, s.unit));
    if (delta->percent)
        text += tr(" (%1)").arg(ChartComparison::percentText(*delta->percent));
    return text;
}

void ChartWidget::showHover(const ChartSeries &series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    qint64 utcMs = qint64(point.x());
    if (m_barsByLocalDate && series.bars) // drawn at its local dates: back to the instant
        utcMs = sameWallTime(utcMs, ZonedCalendar(m_zone),
                             ZonedCalendar::forZoneId(series.timeZoneId.toUtf8()).zone());
    // Shown until the pointer moves off the point or leaves the plot, however long it rests there.
    QToolTip::showText(QCursor::pos(), toolTipFor(series.key, utcMs), this, QRect(), kHoverTipMs);
}

void ChartWidget::hoverLines(const Plot &plot, const QPointF &viewPos)
{
    const QPointF chartPos = plot.chart->mapFromScene(plot.view->mapToScene(viewPos.toPoint()));
    const PlotLinesLayer::Hit hit = plot.lines->lineNear(chartPos, kHoverRadiusPx);
    if (hit.line >= 0) {
        m_hoveredLine = true;
        showHover(m_series[plot.lines->lines()[size_t(hit.line)].seriesIndex], hit.value, true);
    } else if (m_hoveredLine) {
        m_hoveredLine = false;
        showHover({}, {}, false);
    }
}

ChartWidget::Plot *ChartWidget::plotAt(QObject *viewport)
{
    for (auto &plot : m_plots) {
        if (plot->view->viewport() == viewport)
            return plot.get();
    }
    return nullptr;
}

double ChartWidget::anchorFraction(const Plot &plot, const QPointF &viewPos) const
{
    const QRectF area = plot.chart->plotArea();
    if (area.width() <= 0)
        return 0.5;
    return (plot.chart->mapFromScene(plot.view->mapToScene(viewPos.toPoint())).x() - area.left()) /
           area.width();
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    Plot *plot = plotAt(watched);
    if (!plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const double steps = wheel->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(0.8, steps), anchorFraction(*plot, wheel->position()));
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            m_dragging = true;
            m_dragStart = mouse->position().toPoint();
            m_dragViewFrom = m_viewFrom;
            setFocus(Qt::MouseFocusReason);
        }
        return false;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_dragging && (mouse->buttons() & Qt::LeftButton)) {
            const double widthPx = std::max(1.0, plot->chart->plotArea().width());
            const double msPerPx = double(m_viewTo - m_viewFrom) / widthPx;
            const qint64 delta = qint64(-(mouse->position().x() - m_dragStart.x()) * msPerPx);
            setView(m_dragViewFrom + delta, m_dragViewFrom + delta + (m_viewTo - m_viewFrom));
            return true;
        }
        hoverLines(*plot, mouse->position());
        return false;
    }
    case QEvent::Leave:
        if (m_hoveredLine) {
            m_hoveredLine = false;
            QToolTip::hideText();
        }
        return false;
    case QEvent::MouseButtonRelease:
        m_dragging = false;
        return false;
    case QEvent::MouseButtonDblClick:
        resetZoom();
        return true;
    case QEvent::ToolTip:
        // The plot's tooltip is the hover one, shown and hidden as the pointer moves: the scene would
        // hide it as the pointer rests (no item of a plot has a tooltip of its own).
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25);
        break;
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_drawingExport)
        applyColours();
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeStatusOverlay();
    refreshView();
}

void ChartWidget::placeStatusOverlay()
{
    // Over the plots; the legend below stays readable.
    QRect area = rect();
    if (!m_legend->isHidden())
        area.setBottom(m_legend->geometry().top() - 1);
    m_status->place(area);
}

QRectF ChartWidget::render(QPainter *painter, const QRectF &target, const QStringList &headerLines)
{
    // An export is dark on white, whatever the palette the widget is shown in.
    const QPalette light = ContrastColor::lightPalette();
    m_drawingExport = true;
    applyColours();
    m_legend->setPalette(light);
    painter->save();
    painter->fillRect(target, light.color(QPalette::Base));
    QFont font = this->font();
    qreal y = target.top() + target.height() * 0.02;
    const qreal margin = target.width() * 0.03;
    for (int i = 0; i < headerLines.size(); ++i) {
        QFont f = font;
        f.setPixelSize(std::max(10, int(target.height() * (i == 0 ? 0.032 : 0.02))));
        f.setBold(i == 0);
        painter->setFont(f);
        const QColor text = light.color(QPalette::Text);
        painter->setPen(i == 0 ? text : ContrastColor::mixed(text, light.color(QPalette::Base), 0.3));
        // A line too long for the page wraps rather than running off its edge.
        const QRectF room(target.left() + margin, y, target.width() - 2 * margin, target.height());
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF used = painter->boundingRect(room, flags, headerLines[i]);
        painter->drawText(QRectF(room.left(), y, room.width(), used.height()), flags, headerLines[i]);
        y += used.height() + QFontMetricsF(f).height() * 0.2;
    }
    QRectF plotsRect(target.left() + margin / 2, y + target.height() * 0.01, target.width() - margin,
                     target.bottom() - y - target.height() * 0.02);
    if (!m_plots.empty() && !m_legend->isHidden()) {
        // The legend below the plots, laid out for the width the plots are drawn at and scaled as they are.
        const int widthPx = std::max(1, m_plots.front()->view->width());
        const int heightPx = m_legend->heightForWidth(widthPx);
        const qreal scale = plotsRect.width() / widthPx;
        plotsRect.setBottom(plotsRect.bottom() - heightPx * scale);
        painter->save();
        painter->translate(plotsRect.left(), plotsRect.bottom());
        painter->scale(scale, scale);
        m_legend->paint(painter, QRect(0, 0, widthPx, heightPx));
        painter->restore();
    }
    if (m_plots.empty()) {
        painter->setPen(QColor(0x5f, 0x6b, 0x77));
        painter->drawText(plotsRect, Qt::AlignCenter, m_placeholderText);
    } else {
        const qreal h = plotsRect.height() / qreal(m_plots.size());
        for (size_t i = 0; i < m_plots.size(); ++i) {
            const QRectF r(plotsRect.left(), plotsRect.top() + h * qreal(i), plotsRect.width(), h);
            m_plots[i]->view->render(painter, r, m_plots[i]->view->viewport()->rect(), Qt::KeepAspectRatio);
        }
    }
    painter->restore();
    m_legend->setPalette(QPalette()); // the widget's own again
    m_drawingExport = false;
    applyColours();
    return plotsRect;
}

void ChartWidget::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), kFocusFrameWidth));
    const int inset = kFocusFrameWidth / 2;
    painter.drawRect(rect().adjusted(inset, inset, -inset - 1, -inset - 1));
}

void ChartWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ChartWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace meterscope
