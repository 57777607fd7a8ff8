// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "charttarget.h"
#include "models/chartseries.h"
#include "timeseries/timerange.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>

namespace meterscope {

class ApiCall;
class ApiClient;

// Fetches what the chart needs for the selected targets, range and granularity, and turns it into
// ChartSeries on a worker thread (aggregation in each site's zone, totals). A newer request cancels
// the older one; late results of a superseded request are dropped. With a single meter selected all
// its measurements are charted; with several targets, each one's main measurement.
class ChartController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartController)
public:
    explicit ChartController(QObject *parent = nullptr);
    ~ChartController() override;

    void setClient(ApiClient *client);
    // Starts loading; cancels whatever was loading.
    void load(const QList<ChartTarget> &targets, const TimeRange &range, Granularity granularity);
    void reload();
    void cancel();
    [[nodiscard]] bool isLoading() const { return m_pending > 0 || m_building; }
    [[nodiscard]] const QList<ChartTarget> &targets() const { return m_targets; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void ready(const QList<meterscope::ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs);
    // A failure of one target (the others are still charted); Cancelled is never reported.
    void failed(const meterscope::ChartTarget &target, const meterscope::ApiError &error);

private:
    struct Fetched;
    void startFetch(const ChartTarget &target, int order);
    void onFetched(quint64 generation);
    void setLoading(bool loading);

    QPointer<ApiClient> m_client;
    QList<ChartTarget> m_targets;
    TimeRange m_range;
    qint64 m_from = 0;
    qint64 m_to = 0;
    Granularity m_granularity = Granularity::Day;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_building = false;
    bool m_loading = false;
    QList<QPointer<ApiCall>> m_calls;
    std::vector<Fetched> m_fetched;
    QFutureWatcher<QList<ChartSeries>> m_watcher;
};

} // namespace meterscope
