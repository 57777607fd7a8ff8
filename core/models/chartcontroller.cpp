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

namespace {
constexpr int kAutomaticRetryDelayMs = 15000;

// The answers of one query, ready to be charted.
struct BuildInput
{
    int order = 0;
    ChartTarget target;
    SeriesQuery::Source source = SeriesQuery::Source::MeterMeasurements;
    bool compared = false; // fetched over the compared range
    QList<Series> series;
};

struct BuildRequest
{
    TimeRange range;
    qint64 nowUtcMs = 0; // time after it has not passed: not missing
    Granularity granularity = Granularity::Day;
    bool overlay = false;
    TimeRange comparedRange; // invalid: no comparison
    PeriodComparison::Kind comparisonKind = PeriodComparison::Kind::PreviousPeriod;
    QString comparedLabel;
};

// `fetched`, or a copy in `named` with the site, unit and commodity it does not name (a copy only for
// the rare series that lacks one).
const Series &withMetadata(const BuildInput &input, const Series &fetched, std::optional<Series> *named)
{
    if (!fetched.siteId.isEmpty() && !fetched.unit.isEmpty() && fetched.commodity != Commodity::Unknown)
        return fetched;
    *named = fetched;
    Series &s = **named;
    if (s.siteId.isEmpty())
        s.siteId = input.target.site.id;
    completeSeriesMetadata(&s, input.target.isSite() ? nullptr : &input.target.meter,
                           input.source == SeriesQuery::Source::ActiveEnergy ? Commodity::Electricity
                                                                             : Commodity::Unknown);
    return s;
}

// Charts `s` (of `input`'s target) over [from, to); named after its site when several are overlaid.
ChartSeries charted(const BuildInput &input, const Series &s, const BuildRequest &request, qint64 from,
                    qint64 to)
{
    ChartSeriesBuilder::Labels labels;
    labels.siteName = input.target.site.name;
    labels.timeZoneId = input.target.site.timeZoneId;
    if (!input.target.isSite())
        labels.meterName = input.target.meter.name;
    else if (s.commodity != Commodity::Electricity && s.commodity != Commodity::Unknown)
        labels.meterName = input.target.site.name + QStringLiteral(" · ") + commodityDisplayName(s.commodity);
    else
        labels.meterName = input.target.site.name;
    ChartSeries out = ChartSeriesBuilder::build(s, labels, request.granularity, from, to, request.nowUtcMs);
    if (request.overlay && !input.target.isSite())
        out.title = input.target.site.name + QStringLiteral(" · ") + out.title;
    return out;
}

// Every series of the answers, each followed by its comparison (if any).
QList<ChartSeries> chartSeries(const std::vector<BuildInput> &inputs, const BuildRequest &request)
{
    const qint64 from = request.range.fromUtcMs();
    const qint64 to = request.range.toUtcMs();
    QList<ChartSeries> current;
    std::vector<qint64> dataEnds;
    for (const BuildInput &input : inputs) {
        if (input.compared)
            continue;
        for (const Series &fetched : input.series) {
            std::optional<Series> named;
            const Series &s = withMetadata(input, fetched, &named);
            current.append(charted(input, s, request, from, to));
            dataEnds.push_back(ChartSeriesBuilder::dataEndUtcMs(s, from, to, input.target.site.timeZoneId));
        }
    }
    if (!request.comparedRange.isValid())
        return current;
    const ChartSeriesBuilder::Comparison comparison{request.range, request.comparedRange,
                                                    request.comparisonKind, request.comparedLabel};
    std::vector<std::optional<ChartSeries>> comparisons(size_t(current.size()));
    QList<ChartSeries> unmatched; // compared with a series that has no data in the range at all
    for (const BuildInput &input : inputs) {
        if (!input.compared)
            continue;
        for (const Series &fetched : input.series) {
            std::optional<Series> named;
            const Series &s = withMetadata(input, fetched, &named);
            const QString key = ChartSeriesBuilder::keyOf(s);
            const auto found = std::find_if(current.cbegin(), current.cend(),
                                            [&key](const ChartSeries &c) { return c.key == key; });
            if (found == current.cend()) {
                Series info = s;
                info.utcMs.clear();
                info.values.clear();
                unmatched.append(ChartSeriesBuilder::buildComparison(
                    s, charted(input, info, request, from, to), comparison, from));
                continue;
            }
            const auto i = size_t(found - current.cbegin());
            comparisons[i] = ChartSeriesBuilder::buildComparison(s, *found, comparison, dataEnds[i]);
        }
    }
    QList<ChartSeries> out;
    for (qsizetype i = 0; i < current.size(); ++i) {
        out.append(current[i]);
        if (comparisons[size_t(i)])
            out.append(std::move(*comparisons[size_t(i)]));
    }
    return out + unmatched;
}

} // namespace

// One query of one target and its latest answer.
struct ChartController::Part
{
    int order = 0;
    ChartTarget target;
    SeriesQuery::Source source = SeriesQuery::Source::MeterMeasurements;
    bool compared = false; // fetched over the compared range
    std::optional<SeriesFetchResult> answer;
};

ChartController::ChartController(ChartDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &ChartController::onBuilt);
    m_autoRetry.setSingleShot(true);
    m_autoRetry.setInterval(kAutomaticRetryDelayMs);
    connect(&m_autoRetry, &QTimer::timeout, this, [this] {
        m_autoRetried = true;
        reload(CacheMode::Normal);
    });
}

ChartController::~ChartController()
{
    cancel();
    m_watcher.waitForFinished();
}

ChartDocument *ChartController::document() const
{
    return m_document;
}

void ChartController::setRepository(SeriesRepository *repository)
{
    cancel();
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    m_repository = repository;
    if (repository)
        connect(repository, &SeriesRepository::retrying, this, &ChartController::onRetrying);
}

void ChartController::cancel()
{
    ++m_generation;
    delete m_fetchContext; // its fetches are aborted and their handlers never run
    m_parts.clear();
    m_completeWaiting = false;
    m_autoRetry.stop();
    setLoading(false);
    setStatus(ChartLoadStatus());
}

void ChartController::stop()
{
    if (!m_loading && !m_autoRetry.isActive())
        return;
    cancel();
    ChartLoadStatus stopped;
    stopped.state = ChartLoadStatus::State::Stopped;
    stopped.sinceUtcMs = m_loadStartedUtcMs;
    stopped.canRetry = true;
    setStatus(stopped);
}

void ChartController::retry()
{
    m_autoRetried = false;
    reload(CacheMode::Normal);
}

void ChartController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ChartController::setStatus(const ChartLoadStatus &status)
{
    if (m_document)
        m_document->setLoadStatus(status);
}

void ChartController::onRetrying(QObject *context, int delayMs, const QString &reason)
{
    if (!m_loading || context != m_fetchContext)
        return;
    ChartLoadStatus retrying;
    retrying.state = ChartLoadStatus::State::Retrying;
    retrying.sinceUtcMs = m_loadStartedUtcMs;
    retrying.retryAtUtcMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    retrying.reason = reason;
    setStatus(retrying);
}

ChartLoadStatus ChartController::statusAfterLoad() const
{
    ChartLoadStatus status;
    const Part *failedPart = nullptr;
    int failures = 0;
    for (const Part &part : m_parts) {
        if (!part.answer || !part.answer->error || part.answer->error.kind == ApiError::Kind::Cancelled)
            continue;
        ++failures;
        // An ended session says the most: signing in again is the only way on.
        if (!failedPart || (part.answer->error.endsSession() && !failedPart->answer->error.endsSession()))
            failedPart = &part;
    }
    if (!failedPart)
        return status;
    const ApiError &error = failedPart->answer->error;
    status.state = ChartLoadStatus::State::Failed;
    status.sinceUtcMs = m_loadStartedUtcMs;
    status.reason = error.sentence();
    if (m_targets.size() > 1)
        status.reason = tr("%1: %2").arg(failedPart->target.displayName(), status.reason);
    if (failures > 1)
        status.reason += QLatin1Char(' ') + tr("(%n request(s) failed)", nullptr, failures);
    status.details = error.details();
    status.canRetry = error.isTransient();
    status.sessionEnded = error.endsSession();
    return status;
}

void ChartController::load(const QList<ChartTarget> &targets, const TimeRange &range, Granularity granularity,
                           PeriodComparison::Mode comparison)
{
    cancel();
    m_targets = targets;
    m_range = range;
    m_from = range.fromUtcMs();
    m_to = range.toUtcMs();
    m_granularity = granularity;
    m_comparedRange = TimeRange();
    m_comparedLabel.clear();
    m_autoRetried = false;
    if (comparison != PeriodComparison::Mode::None && !targets.isEmpty() && range.isValid()) {
        // From the dates alone, not the preset the range was made from: the command line, which gets
        // only the dates, compares with the same range.
        const TimeRange dates = TimeRange::custom(m_from, m_to);
        const ZonedCalendar calendar = ZonedCalendar::forZoneId(targets.front().site.timeZoneId.toUtf8());
        m_comparisonKind = PeriodComparison::kindFor(comparison, dates, granularity, calendar);
        m_comparedRange = PeriodComparison::comparisonRange(dates, m_comparisonKind, calendar);
        m_comparedLabel = PeriodComparison::label(m_comparedRange, calendar);
    }
    m_document->setRequest(targets, range, granularity, comparison);
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
    m_loadStartedUtcMs = QDateTime::currentMSecsSinceEpoch();
    setLoading(true);
    ChartLoadStatus loading;
    loading.state = ChartLoadStatus::State::Loading;
    loading.sinceUtcMs = m_loadStartedUtcMs;
    setStatus(loading);
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
    for (const SeriesQuery &q : std::as_const(queries))
        fetchPart(q, target, order, false, mode);
    if (!m_comparedRange.isValid())
        return;
    for (SeriesQuery q : std::as_const(queries)) {
        q.from = QDateTime::fromMSecsSinceEpoch(m_comparedRange.fromUtcMs(), QTimeZone::utc());
        q.to = QDateTime::fromMSecsSinceEpoch(m_comparedRange.toUtcMs(), QTimeZone::utc());
        q.interval = m_comparedRange.fetchInterval(m_granularity,
                                                   ZonedCalendar::forZoneId(target.site.timeZoneId.toUtf8()));
        fetchPart(q, target, order, true, mode);
    }
}

void ChartController::fetchPart(const SeriesQuery &query, const ChartTarget &target, int order, bool compared,
                                CacheMode mode)
{
    const quint64 generation = m_generation;
    const size_t index = m_parts.size();
    m_parts.push_back(Part{order, target, query.source, compared, std::nullopt});
    m_repository->fetchSeries(
        query, mode, m_fetchContext,
        [this, generation, index, mode, siteId = target.site.id](const SeriesFetchResult &answer) {
            if (generation != m_generation || index >= m_parts.size())
                return; // superseded
            // A site's other utilities from a server whose series name neither unit nor commodity: each
            // names its meter, whose measurements do (the site's meter list, usually cached already).
            const bool lookUpMeters =
                answer.complete &&
                std::any_of(answer.series.cbegin(), answer.series.cend(), [](const Series &s) {
                    return !s.meterId.isEmpty() && (s.unit.isEmpty() || s.commodity == Commodity::Unknown);
                });
            if (!lookUpMeters)
                return acceptAnswer(index, answer);
            m_repository->fetchMeters(
                siteId, mode, m_fetchContext,
                [this, generation, index, answer](const QList<Meter> &meters, std::optional<qint64>,
                                                  const ApiError &) {
                    if (generation != m_generation || index >= m_parts.size())
                        return;
                    SeriesFetchResult named = answer;
                    for (Series &s : named.series) {
                        const auto meter = std::find_if(meters.cbegin(), meters.cend(),
                                                        [&s](const Meter &m) { return m.id == s.meterId; });
                        if (meter != meters.cend())
                            completeSeriesMetadata(&s, &*meter);
                    }
                    acceptAnswer(index, named); // without the list, the contract's defaults apply
                });
        });
}

void ChartController::acceptAnswer(size_t index, const SeriesFetchResult &answer)
{
    Part &part = m_parts[index];
    part.answer = answer;
    if (answer.complete && answer.error && answer.error.kind != ApiError::Kind::Cancelled)
        Q_EMIT failed(part.target, answer.error);
    onAnswer();
}

void ChartController::onAnswer()
{
    // An answer came: a retry that was waiting has been made.
    if (m_document->loadStatus().state == ChartLoadStatus::State::Retrying &&
        QDateTime::currentMSecsSinceEpoch() >= m_document->loadStatus().retryAtUtcMs) {
        ChartLoadStatus loading;
        loading.state = ChartLoadStatus::State::Loading;
        loading.sinceUtcMs = m_loadStartedUtcMs;
        setStatus(loading);
    }
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
    std::vector<BuildInput> inputs;
    for (const Part &part : m_parts) {
        if (part.answer)
            inputs.push_back(
                BuildInput{part.order, part.target, part.source, part.compared, part.answer->series});
    }
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const BuildInput &a, const BuildInput &b) { return a.order < b.order; });
    BuildRequest request;
    request.range = TimeRange::custom(m_from, m_to);
    request.nowUtcMs = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    request.granularity = m_granularity;
    request.overlay = m_targets.size() > 1; // names then say which site each meter belongs to
    request.comparedRange = m_comparedRange;
    request.comparisonKind = m_comparisonKind;
    request.comparedLabel = m_comparedLabel;
    const quint64 generation = m_generation;
    m_building = true;
    m_completeWaiting = false;
    // Aggregation and totals run off the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([inputs = std::move(inputs), request, complete, generation] {
        Built built;
        built.complete = complete;
        built.generation = generation;
        built.nowUtcMs = request.nowUtcMs;
        built.series = chartSeries(inputs, request);
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
    m_document->setCountedUntilUtcMs(built.nowUtcMs);
    if (built.complete) {
        m_completeShown = true;
        for (Part &part : m_parts) // the document holds the chart; the fetched points can go
            part.answer->series.clear();
        ChartLoadStatus status = statusAfterLoad();
        if (status.canRetry && !m_autoRetried) {
            status.retryAtUtcMs = QDateTime::currentMSecsSinceEpoch() + m_autoRetry.interval();
            m_autoRetry.start();
        }
        setLoading(false);
        setStatus(status);
        Q_EMIT ready(built.series, m_from, m_to);
        return;
    }
    if (m_completeWaiting)
        startBuild(true);
}

} // namespace meterscope
