// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/seriesparser.h"

#include "api/scalartext.h"
#include "api/seriesmerger.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace meterscope {

namespace {

namespace dom = simdjson::dom;

QString qText(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A string, or an integer/number written as text (ids may come as numbers). Empty when absent.
QString textField(const dom::object &object, std::string_view key)
{
    dom::element value;
    if (object.at_key(key).get(value) != simdjson::SUCCESS)
        return QString();
    switch (value.type()) {
    case dom::element_type::STRING:
        return qText(std::string_view(value));
    case dom::element_type::INT64:
        return QString::number(int64_t(value));
    case dom::element_type::UINT64:
        return QString::number(uint64_t(value));
    case dom::element_type::DOUBLE:
        return QString::number(double(value), 'g', 17);
    default:
        return QString();
    }
}

enum class NumberState
{
    Value,
    Null,
    Unusable
};

NumberState numberOf(const dom::element &value, double *number)
{
    switch (value.type()) {
    case dom::element_type::DOUBLE:
        *number = double(value);
        return NumberState::Value;
    case dom::element_type::INT64:
        *number = double(int64_t(value));
        return NumberState::Value;
    case dom::element_type::UINT64:
        *number = double(uint64_t(value));
        return NumberState::Value;
    case dom::element_type::STRING:
        return ScalarText::parseNumber(std::string_view(value), number) ? NumberState::Value
                                                                        : NumberState::Unusable;
    case dom::element_type::NULL_VALUE:
        return NumberState::Null;
    default:
        return NumberState::Unusable;
    }
}

bool timestampOf(const dom::object &point, std::string_view key, const QTimeZone &zone, qint64 *utcMs)
{
    std::string_view text;
    return point.at_key(key).get_string().get(text) == simdjson::SUCCESS &&
           ScalarText::parseTimestamp(text, zone, utcMs);
}

void readPoints(const dom::array &points, const QTimeZone &zone, Series *series)
{
    const size_t count = points.size();
    series->utcMs.reserve(count);
    series->values.reserve(count);
    series->updatedAtUtcMs.reserve(count);
    for (const dom::element entry : points) {
        dom::object point;
        if (entry.get_object().get(point) != simdjson::SUCCESS) {
            ++series->ignoredPoints;
            continue;
        }
        qint64 utcMs = 0;
        if (!timestampOf(point, "date", zone, &utcMs) && !timestampOf(point, "timestamp", zone, &utcMs)) {
            ++series->ignoredPoints;
            continue;
        }
        dom::element valueElement;
        if (point.at_key("value").get(valueElement) != simdjson::SUCCESS)
            continue; // no value: a gap, like an absent point
        double value = 0;
        const NumberState state = numberOf(valueElement, &value);
        if (state == NumberState::Null)
            continue;
        if (state == NumberState::Unusable) {
            ++series->ignoredPoints;
            continue;
        }
        qint64 updatedAt = 0;
        if (!timestampOf(point, "updatedAt", QTimeZone(), &updatedAt))
            updatedAt = 0;
        series->utcMs.push_back(utcMs);
        series->values.push_back(value);
        series->updatedAtUtcMs.push_back(updatedAt);
    }
}

std::optional<Series> seriesFrom(const dom::element &element, const QTimeZone &zone)
{
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt;
    Series series;
    series.key = textField(object, "key");
    series.siteId = textField(object, "siteId");
    series.meterId = textField(object, "meterId");
    series.measurementId = textField(object, "measurementId");
    if (series.key.isEmpty() && !series.measurementId.isEmpty())
        series.key = series.meterId + u'/' + series.measurementId;
    dom::array points;
    if (series.key.isEmpty() || object.at_key("values").get_array().get(points) != simdjson::SUCCESS)
        return std::nullopt;
    series.name = textField(object, "name");
    series.interval = textField(object, "interval");
    const QString commodityText = textField(object, "commodity");
    series.commodity = commodityFromApi(commodityText);
    series.unit = textField(object, "unit");
    if (series.unit.isEmpty())
        series.unit = defaultUnitFor(series.commodity, series.name);
    readPoints(points, zone, &series);
    SeriesMerger::normalise(&series);
    return series;
}

qint64 countField(const dom::object &object, std::string_view key)
{
    dom::element value;
    if (object.at_key(key).get(value) != simdjson::SUCCESS)
        return -1;
    double number = 0;
    if (numberOf(value, &number) != NumberState::Value || number < 0 || number > 9.0e15)
        return -1;
    return qint64(number);
}

} // namespace

ParsedList<Series> SeriesParser::parse(const QByteArray &body, const QTimeZone &dateOnlyZone)
{
    ParsedList<Series> result;
    auto fail = [&result](const QString &detail) {
        result.error = ApiError::make(ApiError::Kind::BadData, QString(), detail);
        return result;
    };
    std::string_view text(body.constData(), size_t(body.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail(QCoreApplication::translate("SeriesParser", "The body is empty."));

    thread_local dom::parser parser;
    dom::element root;
    if (const auto error = parser.parse(text.data(), text.size()).get(root); error != simdjson::SUCCESS)
        return fail(QCoreApplication::translate("SeriesParser", "Invalid JSON: %1.")
                        .arg(QString::fromLatin1(simdjson::error_message(error))));

    dom::array list;
    dom::object envelope;
    if (root.get_array().get(list) == simdjson::SUCCESS) {
        // a bare array of series
    } else if (root.get_object().get(envelope) == simdjson::SUCCESS) {
        if (envelope.at_key("values").error() == simdjson::SUCCESS) {
            // one series (active-energy)
            result.rawCount = 1;
            if (auto series = seriesFrom(root, dateOnlyZone))
                result.items.append(std::move(*series));
            else
                result.skipped = 1;
            return result;
        }
        bool found = false;
        for (const std::string_view key : {"items", "series", "measurements", "data"}) {
            if (envelope.at_key(key).get_array().get(list) == simdjson::SUCCESS) {
                found = true;
                break;
            }
        }
        if (!found)
            return fail(QCoreApplication::translate("SeriesParser", "The body holds no time series."));
        result.enveloped = true;
        result.totalCount = countField(envelope, "totalCount");
        const qint64 limit = countField(envelope, "limit");
        result.serverLimit = limit > INT_MAX ? -1 : int(limit);
    } else {
        return fail(QCoreApplication::translate("SeriesParser", "The body holds no time series."));
    }
    result.rawCount = int(list.size());
    for (const dom::element element : list) {
        if (auto series = seriesFrom(element, dateOnlyZone))
            result.items.append(std::move(*series));
        else
            ++result.skipped;
    }
    return result;
}

} // namespace meterscope
