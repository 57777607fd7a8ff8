// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcontroller.h"

#include "api/apiclient.h"
#include "models/chartseriesbuilder.h"
#include "timeseries/zonedcalendar.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace meterscope {

struct ChartController::Fetched
{
    int order = 0;
    ChartTarget target;
    QList<Series> series;
};

ChartController::ChartController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<ChartSeries>>::finished, this, [this] {
        if (!m_building)
            return;
        m_building = false;
        const QList<ChartSeries> result = m_watcher.result();
        setLoading(false);
        Q_EMIT ready(result, m_from, m_to);
    });
}

ChartController::~ChartController()
{
    cancel();
    m_watcher.waitForFinished();
}

void ChartController::setClient(ApiClient *client)
{
    cancel();
    m_client = client;
}

void ChartController::cancel()
{
    ++m_generation;
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    m_fetched.clear();
    m_pending = 0;
    m_building = false; // a build still running is ignored when it ends
    setLoading(false);
}

void ChartController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ChartController::load(const QList<ChartTarget> &targets, const TimeRange &range, Granularity granularity)
{
    cancel();
    m_targets = targets;
    m_range = range;
    m_from = range.fromUtcMs();
    m_to = range.toUtcMs();
    m_granularity = granularity;
    reload();
}

void ChartController::reload()
{
    cancel();
    if (!m_client || m_targets.isEmpty() || m_to <= m_from) {
        Q_EMIT ready({}, m_from, m_to);
        return;
    }
    setLoading(true);
    for (int i = 0; i < m_targets.size(); ++i)
        startFetch(m_targets[i], i);
}

void ChartController::startFetch(const ChartTarget &target, int order)
{
    const bool single = m_targets.size() == 1;
    SeriesQuery query;
    query.siteId = target.site.id;
    query.from = QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::utc());
    query.to = QDateTime::fromMSecsSinceEpoch(m_to, QTimeZone::utc());
    query.interval =
        m_range.fetchInterval(m_granularity, ZonedCalendar::forZoneId(target.site.timeZoneId.toUtf8()));
    QList<SeriesQuery> queries;
    if (target.isSite()) {
        query.source = SeriesQuery::Source::ActiveEnergy;
        queries.append(query);
        if (single) {
            query.source = SeriesQuery::Source::OtherUtilities;
            queries.append(query);
        }
    } else {
        query.source = SeriesQuery::Source::MeterMeasurements;
        query.meterId = target.meter.id;
        if (!single && !target.meter.measurements.isEmpty())
            query.measurements = QStringList{target.meter.measurements.front().id};
        queries.append(query);
    }
    const quint64 generation = m_generation;
    for (const SeriesQuery &q : std::as_const(queries)) {
        ++m_pending;
        ApiCall *call = m_client->fetchSeries(
            q, this, [this, generation, target, order](const QList<Series> &series, const ApiError &error) {
                if (generation != m_generation)
                    return; // superseded
                --m_pending;
                if (error && error.kind != ApiError::Kind::Cancelled)
                    Q_EMIT failed(target, error);
                m_fetched.push_back(Fetched{order, target, series});
                onFetched(generation);
            });
        m_calls.append(call);
    }
}

void ChartController::onFetched(quint64 generation)
{
    if (m_pending > 0 || generation != m_generation)
        return;
    m_calls.clear();
    std::vector<Fetched> fetched = std::move(m_fetched);
    m_fetched.clear();
    std::stable_sort(fetched.begin(), fetched.end(),
                     [](const Fetched &a, const Fetched &b) { return a.order < b.order; });
    const qint64 from = m_from;
    const qint64 to = m_to;
    const Granularity granularity = m_granularity;
    m_building = true;
    // Aggregation and totals run off the GUI thread.
    const bool overlay = m_targets.size() > 1; // names then say which site each meter belongs to
    m_watcher.setFuture(QtConcurrent::run([fetched = std::move(fetched), from, to, granularity, overlay] {
        QList<ChartSeries> out;
        for (const Fetched &f : fetched) {
            for (Series s : f.series) {
                if (s.siteId.isEmpty())
                    s.siteId = f.target.site.id;
                ChartSeriesBuilder::Labels labels;
                labels.siteName = f.target.site.name;
                labels.timeZoneId = f.target.site.timeZoneId;
                if (!f.target.isSite())
                    labels.meterName = f.target.meter.name;
                else if (s.commodity != Commodity::Electricity && s.commodity != Commodity::Unknown)
                    labels.meterName =
                        f.target.site.name + QStringLiteral(" · ") + commodityDisplayName(s.commodity);
                else
                    labels.meterName = f.target.site.name;
                ChartSeries charted = ChartSeriesBuilder::build(s, labels, granularity, from, to);
                if (overlay && !f.target.isSite())
                    charted.title = f.target.site.name + QStringLiteral(" · ") + charted.title;
                out.append(std::move(charted));
            }
        }
        return out;
    }));
}

} // namespace meterscope
