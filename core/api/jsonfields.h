// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1String>

#include <initializer_list>
#include <optional>

namespace meterscope {

// Typed accessors over QJsonDocument for metadata bodies. QJsonValue's own accessors return a
// default for a wrong type ("12.5".toDouble() is 0); these return "no value" or "unusable" instead,
// so the parsers can tell a missing field from a broken one.
class JsonFields
{
public:
    // The list part of a body: a bare array, {"items":[…],"totalCount":N,…} or a named key
    // such as {"sites":[…]}.
    struct ListBody
    {
        QJsonArray items;
        bool enveloped = false;
        qint64 totalCount = -1;
        int serverLimit = -1;
    };

    // Parses a body as JSON (a UTF-8 BOM is allowed). BadData for empty, invalid, truncated or
    // non-UTF-8 bodies.
    static QJsonDocument document(const QByteArray &body, ApiError *error);
    // False when the document holds no list in any of the accepted shapes.
    static bool listBody(const QJsonDocument &document, QLatin1String namedKey, ListBody *list);

    // A string, or a number written as an integer string (IDs may come as numbers).
    // nullopt when missing, null or of another type.
    static std::optional<QString> text(const QJsonObject &object, QLatin1String key);
    // The first of several spellings that is present (timeZone / timezone).
    static std::optional<QString> text(const QJsonObject &object, std::initializer_list<QLatin1String> keys);
    // A number, or a string holding one. nullopt when missing, null or not a number.
    static std::optional<double> number(const QJsonValue &value);
    static std::optional<double> number(const QJsonObject &object, std::initializer_list<QLatin1String> keys);
    // A scalar as text for the details panel ("45", "true", "retail"); empty for arrays, objects, null.
    static QString scalarText(const QJsonValue &value);
};

} // namespace meterscope
