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
    // `oauth.clientSecret`: the bundled emulator's demo client (not confidential) or, in a user's own
    // profile file, a confidential client's secret (better kept in the keychain: login --client-id).
    [[nodiscard]] QString clientSecret() const { return m_clientSecret; }
    // The built-in demo profile (and its moved copies): the bundled emulator's demo client.
    [[nodiscard]] bool isDemo() const { return m_demo; }
    // The demo client's secret; empty for every other profile.
    [[nodiscard]] QString demoClientSecret() const { return m_demo ? m_clientSecret : QString(); }
    // The loopback redirect path registered with the authorization server (`oauth.redirectPath`,
    // default "/callback"; RFC 8252 §7.3: only the port of a loopback redirect may vary).
    [[nodiscard]] QString redirectPath() const { return m_redirectPath; }
    // `oauth.redirectPort`: a fixed loopback port for servers that register one; 0 = ephemeral.
    [[nodiscard]] quint16 redirectPort() const { return m_redirectPort; }
    // `oauth.issuer` (RFC 9207): when set, a callback's `iss` must equal it; empty = not checked.
    [[nodiscard]] QString issuer() const { return m_issuer; }
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
    // The same profile with another OAuth client (login --client-id); the profile's secret is dropped.
    [[nodiscard]] ApiProfile withClientId(const QString &clientId) const;
    // Every value of the profile as profile JSON, without the client secret: what an account keeps of
    // the profile it signed in with; fromJson(toJson()) gives the same profile back.
    [[nodiscard]] QByteArray toJson() const;

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
    QString m_clientSecret;
    bool m_demo = false;
    QString m_redirectPath = QStringLiteral("/callback");
    quint16 m_redirectPort = 0;
    QString m_issuer;
    QStringList m_scopes;
    bool m_usePkce = true;
    int m_pageSize = 500;
    QHash<QString, QString> m_paths;      // endpoint key → path template
    QHash<QString, QString> m_parameters; // parameter key → wire name
    QHash<QString, QString> m_intervals;  // interval key → wire name
    QHash<QString, int> m_maxSpanDays;    // interval key → days
};

} // namespace meterscope
