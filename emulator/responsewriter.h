// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/apiproblem.h"
#include "emulator/emulatoroptions.h"
#include "emulator/httpreply.h"
#include "emulator/jsonwriter.h"
#include "emulator/meterspec.h"
#include "emulator/seriespoint.h"
#include "emulator/sitespec.h"

#include <QTimeZone>

#include <vector>

namespace meterscope::emulator {

// Writes sites, meters, series, lists and errors in the shape the current ResponseVariants ask for.
// Every shape is written from the same values, so only the shape differs between variants.
class ResponseWriter
{
public:
    // The descriptive fields of one served series.
    struct SeriesHeader
    {
        QByteArray key;
        QByteArray siteId;  // site-level series only
        QByteArray meterId; // meter series only
        QByteArray measurementId;
        QByteArray name;
        QByteArray unit;
        QByteArray commodity;
        QByteArray usage;             // other-utilities only
        QByteArray interval;          // wire name
        bool calendarBuckets = false; // daily/monthly: may be dated by local date
        qint64 rangeStartMs = 0;      // the requested range [start, end)
        qint64 rangeEndMs = 0;
    };

    explicit ResponseWriter(const ResponseVariants &variants) : m_variants(variants) {}

    void site(JsonWriter *out, const SiteSpec &site, bool detail, int meterCount) const;
    void meter(JsonWriter *out, const MeterSpec &meter) const;
    void series(JsonWriter *out, const SeriesHeader &header, const std::vector<SeriesPoint> &points,
                const QTimeZone &zone) const;

    // A list: a bare array, or an envelope with paging fields (namedKey for the named variant).
    void beginList(JsonWriter *out, const char *namedKey) const;
    void endList(JsonWriter *out, qsizetype totalCount, qsizetype offset, qsizetype limit) const;

    // An error answer in the current error shape; `instance` is the request path.
    [[nodiscard]] HttpReply error(const ApiProblem &problem, const QString &instance) const;
    // {"error":…,"error_description":…} (RFC 6749 §5.2)
    static QByteArray oauthErrorBody(const QByteArray &error, const QByteArray &description);
    static QByteArray slugFor(int status);
    static QByteArray titleFor(int status);

private:
    [[nodiscard]] QByteArray enumText(const QByteArray &value) const;
    void numberField(JsonWriter *out, const char *name, double value) const;
    // The postal address fields, flat or inside "postalAddress" (the country key differs).
    void addressFields(JsonWriter *out, const SiteSpec &site, const char *countryKey) const;

    ResponseVariants m_variants;
};

} // namespace meterscope::emulator
