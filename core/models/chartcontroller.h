// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/charttarget.h"
#include "models/chartloadstatus.h"
#include "models/chartseries.h"
#include "store/cachemode.h"
#include "store/seriesfetchresult.h"
#include "timeseries/periodcomparison.h"
#include "timeseries/timerange.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace meterscope {

class ChartDocument;
class SeriesRepository;
struct SeriesQuery;

// Fills the chart document: fetches what the selected targets, range and granularity need through
// the series repository (cache first) and turns it into ChartSeries on a worker thread
// (aggregation in each site's zone, totals). The document gets an early, incomplete chart as soon as
// the cache or the first chunk has something, then the complete one. A newer request cancels the
// older one; late results of a superseded request are dropped. With a single meter selected all its
// measurements are charted; with several targets, each one's main measurement.
// With a comparison, each target is also fetched over the compared range (computed in the first
// target's zone, from the range's dates, as the command line computes it) and each series is followed
// by its comparison, moved onto the charted range (ChartSeriesBuilder::buildComparison()).
// The document's load status says what the loading is doing (ChartLoadStatus): loading, waiting to
// retry a request, failed (with the reason; a failure that may pass is tried again once by itself
// after automaticRetryDelayMs()), or stopped by the user.
class ChartController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartController)
public:
    // `document` is not owned and must outlive the controller.
    explicit ChartController(ChartDocument *document, QObject *parent = nullptr);
    ~ChartController() override;

    // Not owned; nullptr: nothing can be fetched.
    void setRepository(SeriesRepository *repository);
    // What "now" is (the demo's clock); empty: the system clock. Time after it is not counted missing.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] ChartDocument *document() const;
    // Starts loading; cancels whatever was loading.
    void load(const QList<ChartTarget> &targets, const TimeRange &range, Granularity granularity,
              PeriodComparison::Mode comparison = PeriodComparison::Mode::None);
    // The same request again; CacheMode::Refresh asks the API for everything.
    void reload(CacheMode mode = CacheMode::Normal);
    // The user's "Retry": the same request again, what the cache lacks from the API.
    void retry();
    // Stops loading without a word (a newer request, signing out).
    void cancel();
    // The user stopped the loading: the status says so, the chart keeps what it had.
    void stop();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    void setAutomaticRetryDelayMs(int ms) { m_autoRetry.setInterval(ms); }
    [[nodiscard]] int automaticRetryDelayMs() const { return m_autoRetry.interval(); }
    [[nodiscard]] const QList<ChartTarget> &targets() const { return m_targets; }
    // The compared range; invalid without a comparison.
    [[nodiscard]] TimeRange comparedRange() const { return m_comparedRange; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The complete chart is in the document.
    void ready(const QList<meterscope::ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs);
    // A failure of one target (the others are still charted; what the cache held for it is shown);
    // Cancelled is never reported.
    void failed(const meterscope::ChartTarget &target, const meterscope::ApiError &error);

private:
    struct Part;
    struct Built
    {
        QList<ChartSeries> series;
        bool complete = false;
        quint64 generation = 0;
        qint64 nowUtcMs = 0; // the time the coverage was counted up to
    };
    void startFetch(const ChartTarget &target, int order, CacheMode mode);
    void fetchPart(const SeriesQuery &query, const ChartTarget &target, int order, bool compared,
                   CacheMode mode);
    void acceptAnswer(size_t index, const SeriesFetchResult &answer);
    void onAnswer();
    void startBuild(bool complete);
    void onBuilt();
    void setLoading(bool loading);
    void setStatus(const ChartLoadStatus &status);
    void onRetrying(QObject *context, int delayMs, const QString &reason);
    [[nodiscard]] ChartLoadStatus statusAfterLoad() const;

    // The document may go first when both are children of one window (children die in creation order).
    QPointer<ChartDocument> m_document;
    QPointer<SeriesRepository> m_repository;
    std::function<qint64()> m_clock;
    QList<ChartTarget> m_targets;
    TimeRange m_range;
    TimeRange m_comparedRange; // invalid: no comparison
    PeriodComparison::Kind m_comparisonKind = PeriodComparison::Kind::PreviousPeriod;
    QString m_comparedLabel;
    qint64 m_from = 0;
    qint64 m_to = 0;
    Granularity m_granularity = Granularity::Day;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_building = false;
    bool m_completeWaiting = false; // every answer is in, but a build of an early chart is running
    bool m_completeShown = false;
    QPointer<QObject> m_fetchContext; // deleting it cancels the fetches of this generation
    std::vector<Part> m_parts;
    QFutureWatcher<Built> m_watcher;
    QTimer m_autoRetry;            // the one automatic retry after a failure that may pass
    bool m_autoRetried = false;    // this request was tried again by itself already
    qint64 m_loadStartedUtcMs = 0; // wall clock, for "still loading after 40 s"
};

} // namespace meterscope
