// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apiinterval.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QJsonObject;

namespace meterscope {

// Everything about the real API that is not known for sure lives in this JSON profile, not in code:
// endpoint paths, query parameter names, interval names, maximum spans, scopes, client id.
// The built-in profiles are resources/api-profile.json (production) and resources/demo-profile.json
// (the bundled emulator); a user may load another one with fromFile().
class ApiProfile
{
public:
    enum class Endpoint
    {
        Sites,
        Site,
        Meters,
        Meter,
        SiteMeasurements,
        MeterMeasurements,
        ActiveEnergy,
        OtherUtilities
    };
    enum class Parameter
    {
        StartDate,
        EndDate,
        Interval,
        Measurement,
        Commodity,
        Offset,
        Limit
    };

    // The built-in production profile.
    static ApiProfile builtInProduction();
    // The built-in profile for the bundled emulator (its URLs use 127.0.0.1:0; see withOrigin()).
    static ApiProfile builtInDemo();
    // Loads a profile; keys it does not give fall back to the production profile's values.
    static ApiProfile fromJson(const QByteArray &json, QString *error);
    static ApiProfile fromFile(const QString &path, QString *error);

    [[nodiscard]] bool isValid() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QUrl authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] QUrl tokenUrl() const { return m_tokenUrl; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    // Only the demo profile carries a secret (the emulator's demo client, not confidential).
    [[nodiscard]] QString demoClientSecret() const { return m_demoClientSecret; }
    [[nodiscard]] QStringList scopes() const { return m_scopes; }
    [[nodiscard]] bool usePkce() const { return m_usePkce; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    // Path template relative to the base URL, e.g. "/sites/{siteId}/meters".
    [[nodiscard]] QString pathTemplate(Endpoint endpoint) const;
    // Absolute URL of an endpoint with {siteId}/{meterId} filled in (percent-encoded).
    [[nodiscard]] QUrl endpointUrl(Endpoint endpoint, const QString &siteId = QString(),
                                   const QString &meterId = QString()) const;
    [[nodiscard]] QString parameterName(Parameter parameter) const;
    [[nodiscard]] QString intervalName(ApiInterval interval) const;
    // Inverse of intervalName(); false when the wire name is unknown.
    bool intervalFromName(const QString &name, ApiInterval *interval) const;
    [[nodiscard]] int maxSpanDays(ApiInterval interval) const;

    // The same profile with base, authorize and token URLs moved to another scheme://host:port
    // (the demo profile is pointed at the port the emulator bound).
    [[nodiscard]] ApiProfile withOrigin(const QUrl &origin) const;
    // The same profile with another base URL (--base-url).
    [[nodiscard]] ApiProfile withBaseUrl(const QUrl &baseUrl) const;

    static QString endpointKey(Endpoint endpoint);
    static QString parameterKey(Parameter parameter);

private:
    static ApiProfile loadResource(const QString &resourcePath);
    void mergeJson(const QJsonObject &root);

    QString m_name;
    QUrl m_baseUrl;
    QUrl m_authorizeUrl;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_demoClientSecret;
    QStringList m_scopes;
    bool m_usePkce = true;
    int m_pageSize = 500;
    QHash<QString, QString> m_paths;      // endpoint key → path template
    QHash<QString, QString> m_parameters; // parameter key → wire name
    QHash<QString, QString> m_intervals;  // interval key → wire name
    QHash<QString, int> m_maxSpanDays;    // interval key → days
};

} // namespace meterscope
