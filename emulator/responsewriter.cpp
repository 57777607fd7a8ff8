// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/responsewriter.h"

#include <QDateTime>

namespace meterscope::emulator {

namespace {

using Variants = ResponseVariants;

constexpr qint64 kQuarterMs = 900000;

bool isNullPoint(const SeriesPoint &point)
{
    return (point.utcMs / kQuarterMs) % 13 == 5;
}

// The order in which the duplicates-and-unsorted variant emits points: neighbours swapped, every
// fifth point repeated. The values are unchanged, so a client that sorts and deduplicates gets the
// default series back.
std::vector<size_t> shuffledOrder(size_t count)
{
    std::vector<size_t> order;
    order.reserve(count + count / 5);
    for (size_t i = 0; i < count; i += 2) {
        if (i + 1 < count)
            order.push_back(i + 1);
        order.push_back(i);
        if (i % 5 == 0)
            order.push_back(i);
    }
    return order;
}

} // namespace

QByteArray ResponseWriter::enumText(const QByteArray &value) const
{
    switch (m_variants.enumCase) {
    case Variants::EnumCase::Upper:
        return value.toUpper();
    case Variants::EnumCase::Lower:
        return value.toLower();
    case Variants::EnumCase::AsIs:
        break;
    }
    return value;
}

void ResponseWriter::numberField(JsonWriter *out, const char *name, double value) const
{
    out->key(name);
    if (m_variants.numbersAsStrings)
        out->string(QByteArray::number(value, 'g', 10));
    else
        out->number(value);
}

void ResponseWriter::addressFields(JsonWriter *out, const SiteSpec &site, const char *countryKey) const
{
    out->key("address");
    out->string(site.address);
    out->key("city");
    out->string(site.city);
    out->key(countryKey);
    out->string(site.countryIsoCode);
    out->key("zipCode");
    out->string(site.zipCode);
    out->key("stateProvince");
    out->string(site.stateProvince);
    out->key(m_variants.timeZoneCamelCase ? "timeZone" : "timezone");
    out->string(site.timeZoneId);
}

void ResponseWriter::site(JsonWriter *out, const SiteSpec &site, bool detail, int meterCount) const
{
    out->beginObject();
    out->key("id");
    out->string(site.id);
    out->key("name");
    out->string(m_variants.hostileNames ? "=HYPERLINK(\"http://example.test\";\"" + site.name + "\")"
                                        : site.name);
    out->key("type");
    out->string(enumText(site.type));
    numberField(out, "sourceSystemId", site.sourceSystemId);
    if (m_variants.flatSite) {
        addressFields(out, site, "country");
        numberField(out, "latitude", site.latitude);
        numberField(out, "longitude", site.longitude);
    } else {
        out->key("postalAddress");
        out->beginObject();
        addressFields(out, site, "countryIsoCode");
        out->key("coordinates");
        out->beginObject();
        numberField(out, "latitude", site.latitude);
        numberField(out, "longitude", site.longitude);
        out->endObject();
        out->endObject();
    }
    if (detail) {
        out->key("metadata");
        out->beginObject();
        numberField(out, "grossArea", site.grossAreaM2);
        numberField(out, "buildingOccupants", site.buildingOccupants);
        numberField(out, "weeklyOperatingHours", site.weeklyOperatingHours);
        out->endObject();
        numberField(out, "meterCount", meterCount);
    }
    out->endObject();
}

void ResponseWriter::meter(JsonWriter *out, const MeterSpec &meter) const
{
    out->beginObject();
    out->key("id");
    out->string(meter.id);
    out->key("name");
    out->string(m_variants.hostileNames ? "@" + meter.name + ", \"main\"; -1" : meter.name);
    out->key("gatewayId");
    out->string(meter.gatewayId);
    out->key("commodity");
    out->string(enumText(meter.commodity));
    out->key("usage");
    out->string(meter.usage);
    if (!meter.parentMeterId.isEmpty()) {
        out->key("parentMeterId");
        out->string(meter.parentMeterId);
    }
    out->key("measurements");
    out->beginArray();
    for (const MeterSpec::Measurement &measurement : meter.measurements) {
        out->beginObject();
        out->key("id");
        out->string(measurement.id);
        out->key("name");
        out->string(measurement.name);
        if (!m_variants.missingUnits) {
            out->key("unit");
            out->string(measurement.unit);
        }
        out->key("timeseries");
        out->beginObject();
        out->key("key");
        out->string(measurement.key);
        out->endObject();
        out->endObject();
    }
    out->endArray();
    out->endObject();
}

void ResponseWriter::series(JsonWriter *out, const SeriesHeader &header,
                            const std::vector<SeriesPoint> &points, const QTimeZone &zone) const
{
    out->beginObject();
    out->key("key");
    out->string(header.key);
    if (!header.siteId.isEmpty()) {
        out->key("siteId");
        out->string(header.siteId);
    }
    if (!header.meterId.isEmpty()) {
        out->key("meterId");
        out->string(header.meterId);
    }
    if (!header.measurementId.isEmpty()) {
        out->key("measurementId");
        out->string(header.measurementId);
    }
    out->key("name");
    out->string(header.name);
    if (!m_variants.missingUnits && !m_variants.bareSeries) {
        out->key("unit");
        out->string(header.unit);
    }
    if (!m_variants.bareSeries) {
        out->key("commodity");
        out->string(enumText(header.commodity));
    }
    if (!header.usage.isEmpty()) {
        out->key("usage");
        out->string(header.usage);
    }
    out->key("interval");
    out->string(header.interval);
    out->key("values");
    out->beginArray();
    const int fractionDigits = m_variants.nanosecondFractions ? 9 : 0;
    const bool localDates = m_variants.dateOnlyDates && header.calendarBuckets;
    auto writePoint = [&](const SeriesPoint &point) {
        out->beginObject();
        out->key("date");
        if (localDates)
            out->date(QDateTime::fromMSecsSinceEpoch(point.utcMs, zone).date());
        else
            out->utcTimestamp(point.utcMs, fractionDigits);
        out->key("value");
        if (m_variants.nullValues && isNullPoint(point))
            out->null();
        else
            out->milli(point.milli, m_variants.numbersAsStrings);
        out->key("updatedAt");
        out->utcTimestamp(point.updatedAtMs, m_variants.nanosecondFractions ? 9 : 3);
        out->endObject();
    };
    const bool outside =
        m_variants.pointsOutsideRange && !points.empty() && header.rangeEndMs > header.rangeStartMs;
    if (outside)
        writePoint({header.rangeStartMs - 32 * 24 * 3600 * 1000LL, points.front().milli,
                    points.front().updatedAtMs});
    if (m_variants.duplicatesAndUnsorted) {
        for (const size_t i : shuffledOrder(points.size()))
            writePoint(points[i]);
    } else {
        for (const SeriesPoint &point : points)
            writePoint(point);
    }
    if (outside)
        writePoint({header.rangeEndMs, points.back().milli, points.back().updatedAtMs});
    out->endArray();
    out->endObject();
}

void ResponseWriter::beginList(JsonWriter *out, const char *namedKey) const
{
    if (m_variants.envelope != Variants::Envelope::None) {
        out->beginObject();
        out->key(m_variants.envelope == Variants::Envelope::Items ? "items" : namedKey);
    }
    out->beginArray();
}

void ResponseWriter::endList(JsonWriter *out, qsizetype totalCount, qsizetype offset, qsizetype limit) const
{
    out->endArray();
    if (m_variants.envelope == Variants::Envelope::None)
        return;
    out->key("totalCount");
    out->integer(totalCount);
    out->key("offset");
    out->integer(offset);
    out->key("limit");
    out->integer(limit);
    out->endObject();
}

QByteArray ResponseWriter::slugFor(int status)
{
    switch (status) {
    case 400:
        return "bad-request";
    case 401:
        return "unauthorized";
    case 403:
        return "forbidden";
    case 404:
        return "not-found";
    case 405:
        return "method-not-allowed";
    case 421:
        return "misdirected-request";
    case 429:
        return "too-many-requests";
    case 500:
        return "internal-server-error";
    default:
        return status >= 500 ? "service-unavailable" : "bad-request";
    }
}

QByteArray ResponseWriter::titleFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : "Error";
    }
}

QByteArray ResponseWriter::oauthErrorBody(const QByteArray &error, const QByteArray &description)
{
    JsonWriter out;
    out.beginObject();
    out.key("error");
    out.string(error);
    out.key("error_description");
    out.string(description);
    out.endObject();
    return out.take();
}

HttpReply ResponseWriter::error(const ApiProblem &problem, const QString &instance) const
{
    HttpReply reply;
    reply.status = problem.status;
    if (problem.status == 401)
        reply.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    if (problem.retryAfterSeconds >= 0)
        reply.addHeader("Retry-After", QByteArray::number(problem.retryAfterSeconds));
    const QByteArray slug = slugFor(problem.status);
    JsonWriter out;
    switch (m_variants.errorShape) {
    case Variants::ErrorShape::Problem:
        out.beginObject();
        out.key("type");
        out.string("https://ecostruxure-openapi.se.com/problem/" + slug);
        out.key("title");
        out.string(titleFor(problem.status));
        out.key("status");
        out.integer(problem.status);
        out.key("detail");
        out.string(problem.detail);
        out.key("instance");
        out.string(instance);
        if (!problem.invalidParams.isEmpty()) {
            out.key("invalid-params");
            out.beginArray();
            for (const auto &[name, reason] : problem.invalidParams) {
                out.beginObject();
                out.key("name");
                out.string(name);
                out.key("reason");
                out.string(reason);
                out.key("path");
                out.string("query");
                out.endObject();
            }
            out.endArray();
        }
        out.endObject();
        break;
    case Variants::ErrorShape::Gateway:
        out.beginObject();
        out.key("fault");
        out.beginObject();
        out.key("faultstring");
        out.string(problem.detail);
        out.key("detail");
        out.beginObject();
        out.key("errorcode");
        out.string(problem.status == 401   ? QByteArray("oauth.v2.InvalidAccessToken")
                   : problem.status == 429 ? QByteArray("policies.ratelimit.SpikeArrestViolation")
                                           : "messaging.runtime." + slug);
        out.endObject();
        out.endObject();
        out.endObject();
        break;
    case Variants::ErrorShape::OAuthStyle:
        reply.body = oauthErrorBody(slug, problem.detail);
        return reply;
    case Variants::ErrorShape::Empty:
        reply.contentType.clear();
        return reply;
    case Variants::ErrorShape::Html: {
        const QByteArray title = QByteArray::number(problem.status) + ' ' + titleFor(problem.status);
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title +
                     "</h1><p>The gateway could not complete the request.</p></body></html>";
        return reply;
    }
    }
    reply.body = out.take();
    return reply;
}

} // namespace meterscope::emulator
