// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartseriesbuilder.h"

#include "timeseries/aggregationmethod.h"
#include "timeseries/seriesaggregator.h"
#include "timeseries/sourceinterval.h"
#include "timeseries/timelineshift.h"
#include "timeseries/zonedcalendar.h"

#include <algorithm>

namespace meterscope {

bool ChartSeriesBuilder::drawsBars(Granularity granularity)
{
    return granularity != Granularity::FifteenMinutes && granularity != Granularity::Hour;
}

ChartSeries ChartSeriesBuilder::build(const Series &series, const Labels &labels, Granularity granularity,
                                      qint64 fromUtcMs, qint64 toUtcMs, std::optional<qint64> nowUtcMs)
{
    // The end of the time that has passed: intervals after it are not missing, they are to come.
    const qint64 measuredToUtcMs =
        nowUtcMs && *nowUtcMs > fromUtcMs && *nowUtcMs < toUtcMs ? *nowUtcMs : toUtcMs;
    ChartSeries out;
    out.siteId = series.siteId;
    out.siteName = labels.siteName;
    out.meterId = series.meterId;
    out.meterName = labels.meterName;
    out.measurementId = series.measurementId;
    out.measurementName = series.name;
    out.unit = series.unit;
    out.commodity = series.commodity;
    out.timeZoneId = labels.timeZoneId;
    out.granularity = granularity;
    out.bars = drawsBars(granularity);
    out.summable = aggregationMethodForUnit(series.unit) == AggregationMethod::Sum;
    out.fromUtcMs = fromUtcMs;
    out.toUtcMs = toUtcMs;
    out.measuredToUtcMs = measuredToUtcMs;
    const QString owner = labels.meterName.isEmpty() ? labels.siteName : labels.meterName;
    out.title = series.name.isEmpty() ? owner : owner + QStringLiteral(" · ") + series.name;
    out.key = keyOf(series);

    const ZonedCalendar calendar = ZonedCalendar::forZoneId(labels.timeZoneId.toUtf8());
    if (granularity == Granularity::FifteenMinutes) {
        // Interval data as fetched, within the range.
        const auto begin = std::lower_bound(series.utcMs.cbegin(), series.utcMs.cend(), fromUtcMs);
        const auto end = std::lower_bound(begin, series.utcMs.cend(), toUtcMs);
        // Never read past the values, whatever the source's lengths (the parser keeps them equal).
        const size_t e = std::min(size_t(end - series.utcMs.cbegin()), series.values.size());
        const size_t b = std::min(size_t(begin - series.utcMs.cbegin()), e);
        const SourceInterval interval = SourceInterval::forSeries(series);
        const qint64 lengthMs = interval.fixedMs() > 0 ? interval.fixedMs() : 15 * 60 * 1000;
        out.utcMs.assign(series.utcMs.cbegin() + qsizetype(b), series.utcMs.cbegin() + qsizetype(e));
        out.values.assign(series.values.cbegin() + qsizetype(b), series.values.cbegin() + qsizetype(e));
        out.endUtcMs.resize(out.utcMs.size());
        std::transform(out.utcMs.cbegin(), out.utcMs.cend(), out.endUtcMs.begin(),
                       [lengthMs](qint64 t) { return t + lengthMs; });
        out.coverage.assign(out.utcMs.size(), 1.0);
        out.statistics = SeriesStatistics::ofSeries(series, fromUtcMs, measuredToUtcMs, calendar);
        return out;
    }
    AggregatedSeries aggregated =
        SeriesAggregator(calendar, granularity).aggregate(series, fromUtcMs, toUtcMs);
    if (const SourceInterval source = SourceInterval::forSeries(series);
        measuredToUtcMs < toUtcMs && source.isKnown()) {
        // The periods keep their calendar limits; what each one (and the range) should hold is counted
        // up to now.
        for (AggregatedBucket &bucket : aggregated.buckets) {
            if (bucket.endUtcMs <= measuredToUtcMs)
                continue;
            bucket.intervalsExpected =
                bucket.startUtcMs < measuredToUtcMs
                    ? source.expectedCount(bucket.startUtcMs, measuredToUtcMs, calendar)
                    : bucket.intervalsPresent;
        }
        aggregated.intervalsExpected = source.expectedCount(fromUtcMs, measuredToUtcMs, calendar);
    }
    out.utcMs.reserve(aggregated.buckets.size());
    for (const AggregatedBucket &bucket : aggregated.buckets) {
        out.utcMs.push_back(bucket.startUtcMs);
        out.endUtcMs.push_back(bucket.endUtcMs);
        out.values.push_back(bucket.value);
        out.coverage.push_back(bucket.coveragePercent() / 100.0);
        out.negativeIntervals.push_back(bucket.negativeIntervals);
    }
    out.statistics = SeriesStatistics::ofBuckets(aggregated, measuredToUtcMs);
    return out;
}

ChartSeries ChartSeriesBuilder::buildComparison(const Series &compared, const ChartSeries &current,
                                                const Comparison &comparison, qint64 currentDataEndUtcMs)
{
    const TimeRange &range = comparison.compared;
    const Labels labels{current.siteName, current.meterName, current.timeZoneId};
    const ChartSeries charted =
        build(compared, labels, current.granularity, range.fromUtcMs(), range.toUtcMs());
    ChartSeries out = charted;
    out.key = current.key + QStringLiteral("#compared");
    out.title = current.title + QStringLiteral(" (") + comparison.label + u')';
    out.comparisonOf = current.key;
    out.comparedLabel = comparison.label;
    out.comparedFromUtcMs = range.fromUtcMs();
    out.comparedToUtcMs = range.toUtcMs();
    out.fromUtcMs = comparison.current.fromUtcMs();
    out.toUtcMs = comparison.current.toUtcMs();
    out.measuredToUtcMs = out.toUtcMs; // a compared range is over
    out.utcMs.clear();
    out.endUtcMs.clear();
    out.values.clear();
    out.coverage.clear();
    out.negativeIntervals.clear();
    const ZonedCalendar calendar = ZonedCalendar::forZoneId(current.timeZoneId.toUtf8());
    const TimelineShift shift(range, comparison.current, current.granularity, comparison.kind, calendar);
    for (size_t i = 0; i < charted.utcMs.size(); ++i) {
        const auto placed = shift.toCurrent(charted.utcMs[i], charted.endUtcMs[i]);
        if (!placed || placed->first >= out.toUtcMs || placed->second <= out.fromUtcMs)
            continue; // no counterpart: the 31st of a month compared with a 30-day one
        out.utcMs.push_back(placed->first);
        out.endUtcMs.push_back(placed->second);
        out.comparedUtcMs.push_back(charted.utcMs[i]);
        out.values.push_back(charted.values[i]);
        if (i < charted.coverage.size())
            out.coverage.push_back(charted.coverage[i]);
        if (i < charted.negativeIntervals.size())
            out.negativeIntervals.push_back(charted.negativeIntervals[i]);
    }
    out.matchedToUtcMs = shift.toCompared(currentDataEndUtcMs);
    out.matchedStatistics =
        out.matchedToUtcMs >= range.toUtcMs()
            ? charted.statistics
            : SeriesStatistics::ofSeries(compared, range.fromUtcMs(), out.matchedToUtcMs, calendar);
    return out;
}

qint64 ChartSeriesBuilder::dataEndUtcMs(const Series &series, qint64 fromUtcMs, qint64 toUtcMs,
                                        const QString &timeZoneId)
{
    const size_t n = std::min(series.utcMs.size(), series.values.size());
    const auto end = std::lower_bound(series.utcMs.cbegin(), series.utcMs.cbegin() + qsizetype(n), toUtcMs);
    if (end == series.utcMs.cbegin() || *(end - 1) < fromUtcMs)
        return fromUtcMs;
    const qint64 last = *(end - 1);
    const SourceInterval interval = SourceInterval::forSeries(series);
    if (interval.isCalendar())
        return std::min(toUtcMs, ZonedCalendar::forZoneId(timeZoneId.toUtf8())
                                     .nextPeriodStart(last, interval.calendarGranularity()));
    return std::min(toUtcMs, last + (interval.fixedMs() > 0 ? interval.fixedMs() : 15 * 60 * 1000));
}

QString ChartSeriesBuilder::keyOf(const Series &series)
{
    return series.siteId + QLatin1Char('/') + series.meterId + QLatin1Char('/') +
           (series.measurementId.isEmpty() ? series.name : series.measurementId);
}

Series ChartSeriesBuilder::seriesInfo(const ChartSeries &charted)
{
    Series s;
    s.key = charted.key;
    s.siteId = charted.siteId;
    s.meterId = charted.meterId;
    s.measurementId = charted.measurementId;
    s.name = charted.measurementName;
    s.unit = charted.unit;
    s.commodity = charted.commodity;
    s.interval = granularityKey(charted.granularity);
    return s;
}

} // namespace meterscope
