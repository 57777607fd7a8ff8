// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartcontroller.h"

#include "domain/seriesmetadata.h"
#include "models/chartdocument.h"
#include "models/chartseriesbuilder.h"
#include "store/seriesrepository.h"
#include "timeseries/zonedcalendar.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace meterscope {

// One query of one target and its latest answer.
struct ChartController::Part
{
    int order = 0;
    ChartTarget target;
    SeriesQuery::Source source = SeriesQuery::Source::MeterMeasurements;
    std::optional<SeriesFetchResult> answer;
};

ChartController::ChartController(ChartDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &ChartController::onBuilt);
}

ChartController::~ChartController()
{
    cancel();
    m_watcher.waitForFinished();
}

void ChartController::setRepository(SeriesRepository *repository)
{
    cancel();
    m_repository = repository;
}

void ChartController::cancel()
{
    ++m_generation;
    delete m_fetchContext; // its fetches are aborted and their handlers never run
    m_parts.clear();
    m_completeWaiting = false;
    setLoading(false);
}

void ChartController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    m_document->setLoading(loading);
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
    m_document->setRequest(targets, range, granularity);
    reload();
}

void ChartController::reload(CacheMode mode)
{
    cancel();
    m_completeShown = false;
    if (!m_repository || m_targets.isEmpty() || m_to <= m_from) {
        m_document->setSeries({}, m_from, m_to, true, std::nullopt);
        Q_EMIT ready({}, m_from, m_to);
        return;
    }
    m_fetchContext = new QObject(this);
    setLoading(true);
    for (int i = 0; i < m_targets.size(); ++i)
        startFetch(m_targets[i], i, mode);
}

void ChartController::startFetch(const ChartTarget &target, int order, CacheMode mode)
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
        const size_t index = m_parts.size();
        m_parts.push_back(Part{order, target, q.source, std::nullopt});
        m_repository->fetchSeries(
            q, mode, m_fetchContext, [this, generation, index](const SeriesFetchResult &answer) {
                if (generation != m_generation || index >= m_parts.size())
                    return; // superseded
                Part &part = m_parts[index];
                part.answer = answer;
                if (answer.complete && answer.error && answer.error.kind != ApiError::Kind::Cancelled)
                    Q_EMIT failed(part.target, answer.error);
                onAnswer();
            });
    }
}

void ChartController::onAnswer()
{
    const bool allComplete = std::all_of(m_parts.begin(), m_parts.end(),
                                         [](const Part &p) { return p.answer && p.answer->complete; });
    if (allComplete) {
        if (m_building)
            m_completeWaiting = true;
        else
            startBuild(true);
        return;
    }
    // An early chart from what there is, unless one is being built (the next answer follows soon).
    if (!m_building && !m_completeShown)
        startBuild(false);
}

void ChartController::startBuild(bool complete)
{
    struct Input
    {
        int order = 0;
        ChartTarget target;
        SeriesQuery::Source source;
        QList<Series> series;
    };
    std::vector<Input> inputs;
    for (const Part &part : m_parts) {
        if (part.answer)
            inputs.push_back(Input{part.order, part.target, part.source, part.answer->series});
    }
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const Input &a, const Input &b) { return a.order < b.order; });
    const qint64 from = m_from;
    const qint64 to = m_to;
    const Granularity granularity = m_granularity;
    const quint64 generation = m_generation;
    const bool overlay = m_targets.size() > 1; // names then say which site each meter belongs to
    m_building = true;
    m_completeWaiting = false;
    // Aggregation and totals run off the GUI thread.
    m_watcher.setFuture(
        QtConcurrent::run([inputs = std::move(inputs), from, to, granularity, overlay, complete, generation] {
            Built built;
            built.complete = complete;
            built.generation = generation;
            for (const Input &input : inputs) {
                for (const Series &fetched : input.series) {
                    // A copy only for the rare series that does not name its site, unit or commodity.
                    std::optional<Series> named;
                    if (fetched.siteId.isEmpty() || fetched.unit.isEmpty() ||
                        fetched.commodity == Commodity::Unknown) {
                        named = fetched;
                        if (named->siteId.isEmpty())
                            named->siteId = input.target.site.id;
                        completeSeriesMetadata(&*named, input.target.isSite() ? nullptr : &input.target.meter,
                                               input.source == SeriesQuery::Source::ActiveEnergy
                                                   ? Commodity::Electricity
                                                   : Commodity::Unknown);
                    }
                    const Series &s = named ? *named : fetched;
                    ChartSeriesBuilder::Labels labels;
                    labels.siteName = input.target.site.name;
                    labels.timeZoneId = input.target.site.timeZoneId;
                    if (!input.target.isSite())
                        labels.meterName = input.target.meter.name;
                    else if (s.commodity != Commodity::Electricity && s.commodity != Commodity::Unknown)
                        labels.meterName = input.target.site.name + QStringLiteral(" · ") +
                                           commodityDisplayName(s.commodity);
                    else
                        labels.meterName = input.target.site.name;
                    ChartSeries charted = ChartSeriesBuilder::build(s, labels, granularity, from, to);
                    if (overlay && !input.target.isSite())
                        charted.title = input.target.site.name + QStringLiteral(" · ") + charted.title;
                    built.series.append(std::move(charted));
                }
            }
            return built;
        }));
}

void ChartController::onBuilt()
{
    m_building = false;
    const Built built = m_watcher.result();
    if (built.generation != m_generation) {
        // Superseded (or cancelled) while it was built: answers of the current request may wait.
        if (std::any_of(m_parts.begin(), m_parts.end(), [](const Part &p) { return p.answer.has_value(); }))
            onAnswer();
        return;
    }
    std::optional<qint64> asOf;
    for (const Part &part : m_parts) {
        if (part.answer && part.answer->asOfUtcMs)
            asOf = std::min(asOf.value_or(*part.answer->asOfUtcMs), *part.answer->asOfUtcMs);
    }
    m_document->setSeries(built.series, m_from, m_to, built.complete, asOf);
    if (built.complete) {
        m_completeShown = true;
        for (Part &part : m_parts) // the document holds the chart; the fetched points can go
            part.answer->series.clear();
        setLoading(false);
        Q_EMIT ready(built.series, m_from, m_to);
        return;
    }
    if (m_completeWaiting)
        startBuild(true);
}

} // namespace meterscope
