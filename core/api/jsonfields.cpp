// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/jsonfields.h"

#include "api/scalartext.h"

#include <QCoreApplication>

#include <cmath>

namespace meterscope {

namespace {

constexpr qint64 kLargestExactInteger = 9007199254740992LL; // 2^53

qint64 integerOr(const QJsonValue &value, qint64 fallback)
{
    if (const auto number = JsonFields::number(value);
        number && *number >= 0 && *number < kLargestExactInteger)
        return qint64(*number);
    return fallback;
}

} // namespace

QJsonDocument JsonFields::document(const QByteArray &body, ApiError *error)
{
    if (body.trimmed().isEmpty()) {
        *error = ApiError::make(ApiError::Kind::BadData, QString(),
                                QCoreApplication::translate("JsonFields", "The body is empty."));
        return QJsonDocument();
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::make(ApiError::Kind::BadData, QString(),
                                QCoreApplication::translate("JsonFields", "Invalid JSON at byte %1: %2.")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString()));
        return QJsonDocument();
    }
    return doc;
}

bool JsonFields::listBody(const QJsonDocument &doc, QLatin1String namedKey, ListBody *list)
{
    if (doc.isArray()) {
        list->items = doc.array();
        return true;
    }
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isArray())
        items = root.value(namedKey);
    if (!items.isArray()) {
        // Some gateways use "data" or "results"; accept one array-valued key whatever its name.
        int arrays = 0;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.value().isArray()) {
                items = it.value();
                ++arrays;
            }
        }
        if (arrays != 1)
            return false;
    }
    list->items = items.toArray();
    list->enveloped = true;
    list->totalCount =
        integerOr(root.value(QLatin1String("totalCount")), integerOr(root.value(QLatin1String("total")), -1));
    list->serverLimit = int(qMin<qint64>(integerOr(root.value(QLatin1String("limit")), -1), INT_MAX));
    return true;
}

std::optional<QString> JsonFields::text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < double(kLargestExactInteger))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return std::nullopt;
}

std::optional<QString> JsonFields::text(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        if (auto value = text(object, key))
            return value;
    }
    return std::nullopt;
}

std::optional<double> JsonFields::number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    double parsed = 0;
    if (value.isString() && ScalarText::parseNumber(QStringView(value.toString()), &parsed))
        return parsed;
    return std::nullopt;
}

std::optional<double> JsonFields::number(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        if (auto value = number(object.value(key)))
            return value;
    }
    return std::nullopt;
}

QString JsonFields::scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

} // namespace meterscope
