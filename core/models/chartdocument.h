// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/charttarget.h"
#include "models/chartloadstatus.h"
#include "models/chartseries.h"
#include "timeseries/granularity.h"
#include "timeseries/periodcomparison.h"
#include "timeseries/timerange.h"

#include <QList>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace meterscope {

// What is charted, in one place: the targets, range, granularity and axis zone asked for, the
// series built for them with the time their data was fetched ("as of"), and the part of the range
// on screen (the view, after zoom and pan). The chart widget, the totals table and every export
// observe it and read from it; none of them keeps its own copy of what is charted, so an export
// always holds what its name says.
class ChartDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartDocument)
public:
    explicit ChartDocument(QObject *parent = nullptr);
    ~ChartDocument() override;

    // The request: what the user asked to see, and what it is compared with (the series then include
    // a comparison of each, ChartSeries::comparisonOf). The series of the older request stay until
    // the first series of this one arrive (isShowingPreviousRequest()): the chart keeps them, dimmed.
    void setRequest(const QList<ChartTarget> &targets, const TimeRange &range, Granularity granularity,
                    PeriodComparison::Mode comparison = PeriodComparison::Mode::None);
    [[nodiscard]] const QList<ChartTarget> &targets() const { return m_targets; }
    [[nodiscard]] const TimeRange &range() const { return m_range; }
    [[nodiscard]] Granularity granularity() const { return m_granularity; }
    [[nodiscard]] PeriodComparison::Mode comparison() const { return m_comparison; }

    // The zone the time axis and exported local times are shown in (the site's, or UTC).
    void setAxisZone(const QTimeZone &zone);
    [[nodiscard]] QTimeZone axisZone() const { return m_zone; }

    // The series over [fromUtcMs, toUtcMs). `complete` is false while more is still arriving (the
    // chart is drawn from the first data there is); `asOfUtcMs` is the time the oldest data shown
    // was fetched (empty: nothing shown). Resets the view to the whole range when the range changes.
    void setSeries(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs, bool complete,
                   std::optional<qint64> asOfUtcMs);
    // Nothing charted; `message` says why (nothing selected, …).
    void clear(const QString &message);
    [[nodiscard]] const QList<ChartSeries> &series() const { return m_series; }
    [[nodiscard]] qint64 fromUtcMs() const { return m_from; }
    [[nodiscard]] qint64 toUtcMs() const { return m_to; }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] std::optional<qint64> asOfUtcMs() const { return m_asOf; }
    // "Now" when the series were built: the coverage counts no time after it as missing.
    void setCountedUntilUtcMs(qint64 utcMs) { m_countedUntil = utcMs; }
    [[nodiscard]] qint64 countedUntilUtcMs() const { return m_countedUntil; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool isEmpty() const { return m_series.isEmpty(); }

    // Whether the series are those of the request before the current one (nothing of it arrived yet).
    [[nodiscard]] bool isShowingPreviousRequest() const { return m_previousRequest; }

    void setLoadStatus(const ChartLoadStatus &status);
    [[nodiscard]] const ChartLoadStatus &loadStatus() const { return m_status; }
    [[nodiscard]] bool isLoading() const { return m_status.isBusy(); }

    // The part of [from, to) on screen; clamped to it. Every export and the file names use it.
    void setView(qint64 fromUtcMs, qint64 toUtcMs);
    void resetView();
    [[nodiscard]] qint64 viewFromUtcMs() const { return m_viewFrom; }
    [[nodiscard]] qint64 viewToUtcMs() const { return m_viewTo; }
    [[nodiscard]] bool isZoomed() const { return m_viewFrom != m_from || m_viewTo != m_to; }
    // The series cut to the view: the points whose interval or period starts inside it.
    [[nodiscard]] QList<ChartSeries> seriesInView() const;

Q_SIGNALS:
    void requestChanged();
    // New series (or none): observers redraw from series().
    void seriesChanged();
    void loadStatusChanged();
    void viewChanged(qint64 fromUtcMs, qint64 toUtcMs);

private:
    QList<ChartTarget> m_targets;
    TimeRange m_range;
    Granularity m_granularity = Granularity::Day;
    PeriodComparison::Mode m_comparison = PeriodComparison::Mode::None;
    QTimeZone m_zone = QTimeZone::utc();
    QList<ChartSeries> m_series;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 0;
    bool m_complete = true;
    bool m_previousRequest = false;
    ChartLoadStatus m_status;
    std::optional<qint64> m_asOf;
    qint64 m_countedUntil = 0;
    QString m_message;
};

} // namespace meterscope
