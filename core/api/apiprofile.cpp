// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiprofile.h"

#include "resources/bundledresources.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace meterscope {

namespace {

constexpr std::array<std::pair<ApiProfile::Endpoint, const char *>, 8> kEndpointKeys{{
    {ApiProfile::Endpoint::Sites, "sites"},
    {ApiProfile::Endpoint::Site, "site"},
    {ApiProfile::Endpoint::Meters, "meters"},
    {ApiProfile::Endpoint::Meter, "meter"},
    {ApiProfile::Endpoint::SiteMeasurements, "siteMeasurements"},
    {ApiProfile::Endpoint::MeterMeasurements, "meterMeasurements"},
    {ApiProfile::Endpoint::ActiveEnergy, "activeEnergy"},
    {ApiProfile::Endpoint::OtherUtilities, "otherUtilities"},
}};

constexpr std::array<std::pair<ApiProfile::Parameter, const char *>, 7> kParameterKeys{{
    {ApiProfile::Parameter::StartDate, "startDate"},
    {ApiProfile::Parameter::EndDate, "endDate"},
    {ApiProfile::Parameter::Interval, "interval"},
    {ApiProfile::Parameter::Measurement, "measurement"},
    {ApiProfile::Parameter::Commodity, "commodity"},
    {ApiProfile::Parameter::Offset, "offset"},
    {ApiProfile::Parameter::Limit, "limit"},
}};

constexpr std::array<ApiInterval, 5> kIntervals{ApiInterval::Raw, ApiInterval::FifteenMinutes,
                                                ApiInterval::Hourly, ApiInterval::Daily,
                                                ApiInterval::Monthly};

void mergeStrings(const QJsonObject &object, QHash<QString, QString> *target)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            target->insert(it.key(), it.value().toString());
    }
}

QUrl moveOrigin(const QUrl &url, const QUrl &origin)
{
    QUrl moved = url;
    moved.setScheme(origin.scheme());
    moved.setHost(origin.host());
    moved.setPort(origin.port());
    return moved;
}

} // namespace

ApiProfile ApiProfile::loadResource(const QString &resourcePath)
{
    BundledResources::ensureLoaded();
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Meterscope resource missing: %s", qPrintable(resourcePath));
    ApiProfile profile;
    profile.mergeJson(QJsonDocument::fromJson(file.readAll()).object());
    return profile;
}

ApiProfile ApiProfile::builtInProduction()
{
    static const ApiProfile profile = loadResource(QStringLiteral(":/meterscope/api-profile.json"));
    return profile;
}

ApiProfile ApiProfile::builtInDemo()
{
    static const ApiProfile profile = [] {
        ApiProfile demo = loadResource(QStringLiteral(":/meterscope/demo-profile.json"));
        demo.m_demo = true;
        return demo;
    }();
    return profile;
}

ApiProfile ApiProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = QCoreApplication::translate("ApiProfile",
                                                 "The API profile is not a JSON object (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return ApiProfile();
    }
    ApiProfile profile = builtInProduction();
    profile.m_clientSecret.clear();
    profile.mergeJson(document.object());
    const QString redirectPath = profile.m_redirectPath;
    if (!redirectPath.startsWith(u'/') || redirectPath.contains(u'?') || redirectPath.contains(u'#') ||
        !QUrl(QStringLiteral("http://127.0.0.1") + redirectPath, QUrl::StrictMode).isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                "ApiProfile", "The API profile's \"oauth.redirectPath\" must be a path starting with "
                              "\"/\", without query or fragment (for example \"/callback\").");
        return ApiProfile();
    }
    const QJsonValue port = document.object().value(u"oauth").toObject().value(u"redirectPort");
    if (!port.isUndefined() && (!port.isDouble() || port.toDouble() != double(port.toInt()) ||
                                port.toInt() < 0 || port.toInt() > 65535)) {
        if (error)
            *error = QCoreApplication::translate(
                "ApiProfile",
                "The API profile's \"oauth.redirectPort\" must be a port number (1–65535), or 0 for any.");
        return ApiProfile();
    }
    if (!profile.isValid() && error)
        *error = QCoreApplication::translate("ApiProfile", "The API profile has no valid \"baseUrl\".");
    return profile;
}

ApiProfile ApiProfile::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ApiProfile", "Cannot read the API profile %1: %2")
                         .arg(path, file.errorString());
        return ApiProfile();
    }
    return fromJson(file.readAll(), error);
}

void ApiProfile::mergeJson(const QJsonObject &root)
{
    if (root.contains(u"name"))
        m_name = root.value(u"name").toString();
    if (root.contains(u"baseUrl"))
        m_baseUrl = QUrl(root.value(u"baseUrl").toString());
    const QJsonObject oauth = root.value(u"oauth").toObject();
    if (oauth.contains(u"authorizeUrl"))
        m_authorizeUrl = QUrl(oauth.value(u"authorizeUrl").toString());
    if (oauth.contains(u"tokenUrl"))
        m_tokenUrl = QUrl(oauth.value(u"tokenUrl").toString());
    if (oauth.contains(u"clientId"))
        m_clientId = oauth.value(u"clientId").toString();
    if (oauth.contains(u"clientSecret"))
        m_clientSecret = oauth.value(u"clientSecret").toString();
    if (oauth.contains(u"redirectPath"))
        m_redirectPath = oauth.value(u"redirectPath").toString();
    if (oauth.value(u"redirectPort").isDouble())
        m_redirectPort = quint16(qBound(0, oauth.value(u"redirectPort").toInt(), 65535));
    if (oauth.contains(u"issuer"))
        m_issuer = oauth.value(u"issuer").toString();
    if (oauth.contains(u"usePkce"))
        m_usePkce = oauth.value(u"usePkce").toBool(true);
    if (oauth.value(u"scopes").isArray()) {
        m_scopes.clear();
        const QJsonArray scopes = oauth.value(u"scopes").toArray();
        for (const QJsonValue &scope : scopes)
            m_scopes.append(scope.toString());
    }
    mergeStrings(root.value(u"paths").toObject(), &m_paths);
    mergeStrings(root.value(u"parameters").toObject(), &m_parameters);
    mergeStrings(root.value(u"intervals").toObject(), &m_intervals);
    const QJsonObject spans = root.value(u"maxSpanDays").toObject();
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        if (it.value().isDouble() && it.value().toInt() > 0)
            m_maxSpanDays.insert(it.key(), it.value().toInt());
    }
    if (root.value(u"pageSize").isDouble() && root.value(u"pageSize").toInt() > 0)
        m_pageSize = root.value(u"pageSize").toInt();
}

QString ApiProfile::endpointKey(Endpoint endpoint)
{
    for (const auto &[value, key] : kEndpointKeys) {
        if (value == endpoint)
            return QString::fromLatin1(key);
    }
    return QString();
}

QString ApiProfile::parameterKey(Parameter parameter)
{
    for (const auto &[value, key] : kParameterKeys) {
        if (value == parameter)
            return QString::fromLatin1(key);
    }
    return QString();
}

QString ApiProfile::pathTemplate(Endpoint endpoint) const
{
    return m_paths.value(endpointKey(endpoint));
}

QUrl ApiProfile::endpointUrl(Endpoint endpoint, const QString &siteId, const QString &meterId) const
{
    QString path = pathTemplate(endpoint);
    path.replace(QStringLiteral("{siteId}"), QString::fromLatin1(QUrl::toPercentEncoding(siteId)));
    path.replace(QStringLiteral("{meterId}"), QString::fromLatin1(QUrl::toPercentEncoding(meterId)));
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::StrictMode);
    return url;
}

QString ApiProfile::parameterName(Parameter parameter) const
{
    const QString key = parameterKey(parameter);
    return m_parameters.value(key, key);
}

QString ApiProfile::intervalName(ApiInterval interval) const
{
    const QString key = apiIntervalKey(interval);
    return m_intervals.value(key, key);
}

bool ApiProfile::intervalFromName(const QString &name, ApiInterval *interval) const
{
    // The known intervals in a fixed order: an entry for an interval Meterscope does not know never
    // hides one it does, and a name two intervals share always reads back as the same one.
    for (const ApiInterval candidate : kIntervals) {
        if (intervalName(candidate).compare(name, Qt::CaseInsensitive) == 0) {
            *interval = candidate;
            return true;
        }
    }
    return apiIntervalFromKey(name, interval);
}

int ApiProfile::maxSpanDays(ApiInterval interval) const
{
    return m_maxSpanDays.value(apiIntervalKey(interval), 31);
}

ApiProfile ApiProfile::withOrigin(const QUrl &origin) const
{
    ApiProfile moved = *this;
    moved.m_baseUrl = moveOrigin(m_baseUrl, origin);
    moved.m_authorizeUrl = moveOrigin(m_authorizeUrl, origin);
    moved.m_tokenUrl = moveOrigin(m_tokenUrl, origin);
    return moved;
}

ApiProfile ApiProfile::withBaseUrl(const QUrl &baseUrl) const
{
    ApiProfile moved = *this;
    moved.m_baseUrl = baseUrl;
    return moved;
}

ApiProfile ApiProfile::withClientId(const QString &clientId) const
{
    ApiProfile changed = *this;
    if (changed.m_clientId != clientId)
        changed.m_clientSecret.clear();
    changed.m_clientId = clientId;
    changed.m_demo = false;
    return changed;
}

QByteArray ApiProfile::toJson() const
{
    const auto object = [](const QHash<QString, QString> &values) {
        QJsonObject result;
        for (auto it = values.begin(); it != values.end(); ++it)
            result.insert(it.key(), it.value());
        return result;
    };
    QJsonObject oauth{{QStringLiteral("authorizeUrl"), m_authorizeUrl.toString()},
                      {QStringLiteral("tokenUrl"), m_tokenUrl.toString()},
                      {QStringLiteral("clientId"), m_clientId},
                      {QStringLiteral("scopes"), QJsonArray::fromStringList(m_scopes)},
                      {QStringLiteral("usePkce"), m_usePkce},
                      {QStringLiteral("redirectPath"), m_redirectPath},
                      {QStringLiteral("redirectPort"), int(m_redirectPort)},
                      {QStringLiteral("issuer"), m_issuer}};
    QJsonObject spans;
    for (auto it = m_maxSpanDays.begin(); it != m_maxSpanDays.end(); ++it)
        spans.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("name"), m_name},
                           {QStringLiteral("baseUrl"), m_baseUrl.toString()},
                           {QStringLiteral("oauth"), oauth},
                           {QStringLiteral("paths"), object(m_paths)},
                           {QStringLiteral("parameters"), object(m_parameters)},
                           {QStringLiteral("intervals"), object(m_intervals)},
                           {QStringLiteral("maxSpanDays"), spans},
                           {QStringLiteral("pageSize"), m_pageSize}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace meterscope
