// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/dataendpoints.h"

#include "domain/commodity.h"
#include "emulator/apiproblem.h"
#include "emulator/jsonwriter.h"
#include "emulator/portfolio.h"
#include "emulator/responsewriter.h"
#include "emulator/seriessampler.h"
#include "timeseries/zonedcalendar.h"

#include <QDateTime>
#include <QRegularExpression>

namespace meterscope::emulator {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr int kDefaultRangeDays = 30;
constexpr qint64 kDstSlackMs = 3600000;

using Endpoint = ApiProfile::Endpoint;
using Parameter = ApiProfile::Parameter;

QStringList segmentsOf(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// A slice of a list: offset and limit (-1 = to the end).
struct Page
{
    qsizetype offset = 0;
    qsizetype limit = -1;

    [[nodiscard]] qsizetype begin(qsizetype total) const { return std::min(offset, total); }
    [[nodiscard]] qsizetype end(qsizetype total) const
    {
        return limit < 0 ? total : std::min(total, begin(total) + limit);
    }
};

bool parseCount(const QString &text, qsizetype *value)
{
    bool ok = false;
    const qlonglong parsed = text.toLongLong(&ok);
    if (!ok || parsed < 0)
        return false;
    *value = qsizetype(parsed);
    return true;
}

std::optional<ApiProblem> parsePage(const EmulatorRequest &request, const ApiProfile &profile,
                                    const ResponseVariants &variants, Page *page)
{
    const QString offsetName = profile.parameterName(Parameter::Offset);
    const QString limitName = profile.parameterName(Parameter::Limit);
    const bool paged = variants.envelope != ResponseVariants::Envelope::None;
    if (request.hasQuery(offsetName) && !parseCount(request.queryValue(offsetName), &page->offset))
        return ApiProblem::badParameter(offsetName, "must be a non-negative integer");
    if (request.hasQuery(limitName)) {
        if (!parseCount(request.queryValue(limitName), &page->limit) || page->limit < 1)
            return ApiProblem::badParameter(limitName, "must be a positive integer");
        if (paged)
            page->limit = std::min<qsizetype>(page->limit, variants.maxPageSize);
    } else if (paged) {
        page->limit = variants.defaultPageSize;
    }
    return std::nullopt;
}

// RFC 3339 (any number of fractional digits; no offset = UTC) or a date, which means the site's
// local midnight.
bool parseInstant(const QString &text, const QTimeZone &zone, qint64 *utcMs)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return false;
        *utcMs = ZonedCalendar(zone).startOfLocalDate(date);
        return true;
    }
    QString trimmed = text.trimmed();
    trimmed.replace(longFraction, QStringLiteral("\\1"));
    QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dateTime.isValid() || !trimmed.contains(u'T'))
        return false;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeSpec(Qt::UTC);
    *utcMs = dateTime.toMSecsSinceEpoch();
    return true;
}

struct TimeQuery
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    ApiInterval interval = ApiInterval::Raw;
};

std::optional<ApiProblem> parseTimeQuery(const EmulatorRequest &request, const ApiProfile &profile,
                                         const QTimeZone &zone, ApiInterval defaultInterval, qint64 dataEndMs,
                                         TimeQuery *query)
{
    const QString intervalName = profile.parameterName(Parameter::Interval);
    query->interval = defaultInterval;
    if (request.hasQuery(intervalName) &&
        !profile.intervalFromName(request.queryValue(intervalName), &query->interval))
        return ApiProblem::badParameter(intervalName, "is not a known interval");
    const QString startName = profile.parameterName(Parameter::StartDate);
    const QString endName = profile.parameterName(Parameter::EndDate);
    query->endMs = dataEndMs;
    if (request.hasQuery(endName) && !parseInstant(request.queryValue(endName), zone, &query->endMs))
        return ApiProblem::badParameter(endName, "is not an RFC 3339 date-time or a date");
    query->startMs = query->endMs - kDefaultRangeDays * kDayMs;
    if (request.hasQuery(startName) && !parseInstant(request.queryValue(startName), zone, &query->startMs))
        return ApiProblem::badParameter(startName, "is not an RFC 3339 date-time or a date");
    if (query->endMs <= query->startMs)
        return ApiProblem::badParameter(endName, "must be after " + startName.toUtf8());
    // Days are calendar days: a range of local dates may hold a 25-hour day.
    const int maxDays = profile.maxSpanDays(query->interval);
    if (query->endMs - query->startMs > qint64(maxDays) * kDayMs + kDstSlackMs) {
        return ApiProblem::badParameter(endName, "is more than " + QByteArray::number(maxDays) +
                                                     " days after " + startName.toUtf8() +
                                                     " for this interval");
    }
    return std::nullopt;
}

QStringList listValue(const EmulatorRequest &request, const QString &name)
{
    QStringList items = request.queryValue(name).split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

} // namespace

DataEndpoints::DataEndpoints(const Portfolio &portfolio, const ApiProfile &profile)
    : m_portfolio(portfolio), m_profile(profile), m_baseSegments(segmentsOf(profile.baseUrl().path()))
{
    for (const Endpoint endpoint :
         {Endpoint::Sites, Endpoint::Site, Endpoint::Meters, Endpoint::Meter, Endpoint::SiteMeasurements,
          Endpoint::MeterMeasurements, Endpoint::ActiveEnergy, Endpoint::OtherUtilities}) {
        m_templates.push_back({endpoint, segmentsOf(profile.pathTemplate(endpoint))});
    }
}

std::optional<DataEndpoints::Route> DataEndpoints::match(const QString &path) const
{
    const QStringList segments = segmentsOf(path);
    if (segments.size() < m_baseSegments.size())
        return std::nullopt;
    for (qsizetype i = 0; i < m_baseSegments.size(); ++i) {
        if (segments[i] != m_baseSegments[i])
            return std::nullopt;
    }
    const qsizetype rest = segments.size() - m_baseSegments.size();
    for (const Template &candidate : m_templates) {
        if (candidate.segments.size() != rest)
            continue;
        Route route;
        route.endpoint = candidate.endpoint;
        bool matches = true;
        for (qsizetype i = 0; i < rest && matches; ++i) {
            const QString &expected = candidate.segments[i];
            const QString &actual = segments[m_baseSegments.size() + i];
            if (expected == u"{siteId}")
                route.siteId = actual.toUtf8();
            else if (expected == u"{meterId}")
                route.meterId = actual.toUtf8();
            else if (!(expected.startsWith(u'{') && expected.endsWith(u'}')) && expected != actual)
                matches = false;
        }
        if (matches)
            return route;
    }
    return std::nullopt;
}

HttpReply DataEndpoints::handle(const EmulatorRequest &request, const Route &route,
                                const ResponseVariants &variants, qint64 nowMs, int historyDays,
                                const Access &access) const
{
    const ResponseWriter writer(variants);
    auto fail = [&](const ApiProblem &problem) { return writer.error(problem, request.path); };
    if (request.method != "GET")
        return fail(ApiProblem::make(405, "Only GET is supported on " + request.path.toUtf8()));
    JsonWriter out;
    const Endpoint endpoint = route.endpoint;

    if (endpoint == Endpoint::Sites) {
        Page page;
        if (const auto problem = parsePage(request, m_profile, variants, &page))
            return fail(*problem);
        std::vector<int> visible;
        visible.reserve(size_t(m_portfolio.siteCount()));
        for (int i = 0; i < m_portfolio.siteCount(); ++i) {
            if (access.siteIds.isEmpty() || access.siteIds.contains(m_portfolio.site(i).id))
                visible.push_back(i);
        }
        const qsizetype total = qsizetype(visible.size());
        writer.beginList(&out, "sites");
        for (qsizetype i = page.begin(total); i < page.end(total); ++i)
            writer.site(&out, m_portfolio.site(visible[size_t(i)]), false, 0);
        writer.endList(&out, total, page.offset, page.limit < 0 ? total : page.limit);
        return HttpReply::json(200, out.take());
    }

    const int siteIndex = m_portfolio.siteIndex(route.siteId);
    if (siteIndex < 0)
        return fail(ApiProblem::make(404, "Site " + route.siteId + " was not found"));
    if (!access.siteIds.isEmpty() && !access.siteIds.contains(route.siteId))
        return fail(ApiProblem::make(403, "The access grant does not cover site " + route.siteId));
    const SiteSpec &site = m_portfolio.site(siteIndex);
    const std::vector<MeterSpec> meters = m_portfolio.meters(siteIndex);
    const MeterSpec *meter = nullptr;
    if (!route.meterId.isEmpty()) {
        for (const MeterSpec &candidate : meters) {
            if (candidate.id == route.meterId)
                meter = &candidate;
        }
        if (!meter)
            return fail(
                ApiProblem::make(404, "Meter " + route.meterId + " was not found on site " + site.id));
    }

    switch (endpoint) {
    case Endpoint::Site:
        writer.site(&out, site, true, int(meters.size()));
        return HttpReply::json(200, out.take());
    case Endpoint::Meter:
        writer.meter(&out, *meter);
        return HttpReply::json(200, out.take());
    case Endpoint::Meters: {
        Page page;
        if (const auto problem = parsePage(request, m_profile, variants, &page))
            return fail(*problem);
        const qsizetype total = qsizetype(meters.size());
        writer.beginList(&out, "meters");
        for (qsizetype i = page.begin(total); i < page.end(total); ++i)
            writer.meter(&out, meters[size_t(i)]);
        writer.endList(&out, total, page.offset, page.limit < 0 ? total : page.limit);
        return HttpReply::json(200, out.take());
    }
    default:
        break;
    }

    // Time series (endpoints 5–8).
    const QTimeZone zone = m_portfolio.zone(site);
    const SeriesSampler sampler(m_portfolio, nowMs, historyDays);
    const bool siteLevel = endpoint == Endpoint::ActiveEnergy || endpoint == Endpoint::OtherUtilities;
    TimeQuery query;
    if (const auto problem =
            parseTimeQuery(request, m_profile, zone, siteLevel ? ApiInterval::Daily : ApiInterval::Raw,
                           sampler.dataEndMs(), &query)) {
        return fail(*problem);
    }
    ResponseWriter::SeriesHeader header;
    header.interval = m_profile.intervalName(query.interval).toUtf8();
    header.calendarBuckets = query.interval == ApiInterval::Daily || query.interval == ApiInterval::Monthly;
    header.rangeStartMs = query.startMs;
    header.rangeEndMs = query.endMs;

    if (endpoint == Endpoint::ActiveEnergy) {
        std::vector<SeriesSampler::Component> mains;
        for (const MeterSpec &candidate : meters) {
            if (candidate.kind == MeterSpec::Kind::MainElectricity)
                mains.push_back({&candidate, 0});
        }
        header.key = site.activeEnergyKey;
        header.siteId = site.id;
        header.name = "ActiveEnergy";
        header.unit = "kWh";
        header.commodity = "Electricity";
        writer.series(&out, header, sampler.sample(site, mains, query.startMs, query.endMs, query.interval),
                      zone);
        return HttpReply::json(200, out.take());
    }

    std::vector<SeriesSampler::Component> selected;
    if (endpoint == Endpoint::OtherUtilities) {
        const QString commodityName = m_profile.parameterName(Parameter::Commodity);
        QSet<Commodity> wanted;
        for (const QString &item : listValue(request, commodityName)) {
            const Commodity commodity = commodityFromApi(item);
            if (commodity == Commodity::Unknown || commodity == Commodity::Other)
                return fail(
                    ApiProblem::badParameter(commodityName, "names an unknown commodity: " + item.toUtf8()));
            wanted.insert(commodity);
        }
        for (const MeterSpec &candidate : meters) {
            const Commodity commodity = commodityFromApi(QString::fromUtf8(candidate.commodity));
            if (candidate.isElectricity() || (!wanted.isEmpty() && !wanted.contains(commodity)))
                continue;
            for (int k = 0; k < int(candidate.measurements.size()); ++k)
                selected.push_back({&candidate, k});
        }
    } else {
        const QStringList wanted = listValue(request, m_profile.parameterName(Parameter::Measurement));
        for (const MeterSpec &candidate : meters) {
            if (meter && meter != &candidate)
                continue;
            for (int k = 0; k < int(candidate.measurements.size()); ++k) {
                const MeterSpec::Measurement &measurement = candidate.measurements[size_t(k)];
                const bool included =
                    wanted.isEmpty() || std::any_of(wanted.begin(), wanted.end(), [&](const QString &w) {
                        return w == QLatin1String(measurement.id) ||
                               w.compare(QLatin1String(measurement.name), Qt::CaseInsensitive) == 0;
                    });
                if (included)
                    selected.push_back({&candidate, k});
            }
        }
    }

    Page page;
    if (const auto problem = parsePage(request, m_profile, variants, &page))
        return fail(*problem);
    const qsizetype total = qsizetype(selected.size());
    writer.beginList(&out, "series");
    for (qsizetype i = page.begin(total); i < page.end(total); ++i) {
        const SeriesSampler::Component &component = selected[size_t(i)];
        const MeterSpec::Measurement &measurement =
            component.meter->measurements[size_t(component.measurementIndex)];
        header.key = measurement.key;
        header.meterId = component.meter->id;
        header.measurementId = measurement.id;
        header.name = measurement.name;
        header.unit = measurement.unit;
        header.commodity = component.meter->commodity;
        header.usage = endpoint == Endpoint::OtherUtilities ? component.meter->usage : QByteArray();
        writer.series(&out, header,
                      sampler.sample(site, {component}, query.startMs, query.endMs, query.interval), zone);
    }
    writer.endList(&out, total, page.offset, page.limit < 0 ? total : page.limit);
    return HttpReply::json(200, out.take());
}

} // namespace meterscope::emulator
