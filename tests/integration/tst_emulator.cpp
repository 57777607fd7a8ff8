// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's data API against api-contract.md §2, §3, §5 and §6, over real HTTP on 127.0.0.1.
#include "support/emulatortestclient.h"
#include "timeseries/zonedcalendar.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace meterscope;
using namespace meterscope::emulator;
using namespace meterscope::emulator::testing;

namespace {

const QDateTime kNow = kPinnedNow;
constexpr qint64 kQuarterMs = 15 * 60 * 1000;

qint64 utcMs(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// A point's value whether the server wrote it as a number or a string.
double numberOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

QJsonObject findSeries(const QJsonArray &series, const QString &name)
{
    for (const QJsonValue &entry : series) {
        if (entry.toObject().value(u"name").toString() == name)
            return entry.toObject();
    }
    return QJsonObject();
}

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private:
    RunningEmulator m_emulator;
    QJsonArray m_sites;

    HttpResult get(const QString &path, const QList<QPair<QString, QString>> &query = {})
    {
        return m_emulator.client->get(m_emulator.client->api(path, query), m_emulator.server->demoPat());
    }
    QString siteId(int index) const { return m_sites.at(index).toObject().value(u"id").toString(); }
    QJsonArray metersOf(int siteIndex)
    {
        return get(QStringLiteral("/sites/%1/meters").arg(siteId(siteIndex))).array();
    }
    QJsonObject mainMeter(int siteIndex)
    {
        const QJsonArray meters = metersOf(siteIndex);
        for (const QJsonValue &meter : meters) {
            if (meter.toObject().value(u"usage").toString() == u"MainMeter")
                return meter.toObject();
        }
        return QJsonObject();
    }
    int siteIndexInZone(const QString &zone) const
    {
        for (qsizetype i = 0; i < m_sites.size(); ++i) {
            if (m_sites.at(i).toObject().value(u"postalAddress").toObject().value(u"timezone").toString() ==
                zone)
                return int(i);
        }
        return -1;
    }
    // The raw ActiveEnergy points of a site's main meter in [from, to).
    QJsonArray mainMeterRaw(int siteIndex, const QDateTime &from, const QDateTime &to)
    {
        const HttpResult result =
            get(QStringLiteral("/sites/%1/meters/%2/measurements")
                    .arg(siteId(siteIndex), mainMeter(siteIndex).value(u"id").toString()),
                {{QStringLiteral("startDate"), from.toString(Qt::ISODate)},
                 {QStringLiteral("endDate"), to.toString(Qt::ISODate)},
                 {QStringLiteral("measurement"), QStringLiteral("ActiveEnergy")}});
        return result.array().at(0).toObject().value(u"values").toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QVERIFY(m_emulator.server->port() != 0);
        QCOMPARE(m_emulator.server->origin().host(), QStringLiteral("127.0.0.1"));
        const HttpResult sites = get(QStringLiteral("/sites"));
        QCOMPARE(sites.status, 200);
        m_sites = sites.array();
    }

    void init()
    {
        m_emulator.server->setVariants(ResponseVariants());
        m_emulator.server->clearFaults();
        m_emulator.server->setRateLimit(0, 20);
        m_emulator.server->setLatencyMs(0);
        m_emulator.server->setNow(kNow);
    }

    void sitesListTheDemoPortfolioInSixZonesOrMore()
    {
        QCOMPARE(m_sites.size(), 12);
        QSet<QString> zones;
        QSet<QString> ids;
        for (const QJsonValue &value : std::as_const(m_sites)) {
            const QJsonObject site = value.toObject();
            QVERIFY(!site.value(u"name").toString().isEmpty());
            QVERIFY(!site.contains(u"metadata")); // detail only
            const QJsonObject address = site.value(u"postalAddress").toObject();
            QVERIFY(QTimeZone(address.value(u"timezone").toString().toLatin1()).isValid());
            QVERIFY(address.value(u"coordinates").toObject().contains(u"latitude"));
            zones.insert(address.value(u"timezone").toString());
            ids.insert(site.value(u"id").toString());
        }
        QCOMPARE(ids.size(), 12);
        QVERIFY(zones.size() >= 6);
        for (const char *zone : {"Asia/Kolkata", "Australia/Adelaide", "America/New_York", "Europe/Paris",
                                 "Asia/Kathmandu", "Pacific/Auckland", "Europe/London"}) {
            QVERIFY2(zones.contains(QLatin1String(zone)), zone);
        }
    }

    void siteDetailCarriesMetadataAndMeterCount()
    {
        const HttpResult result = get(QStringLiteral("/sites/%1").arg(siteId(0)));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), QByteArray("application/json"));
        const QJsonObject site = result.object();
        QCOMPARE(site.value(u"id").toString(), siteId(0));
        QVERIFY(site.value(u"metadata").toObject().value(u"grossArea").toDouble() > 0);
        QVERIFY(site.value(u"metadata").toObject().value(u"weeklyOperatingHours").toDouble() > 0);
        QCOMPARE(site.value(u"meterCount").toInt(), int(metersOf(0).size()));
    }

    void metersHaveMainMeterSubMetersAndUtilities()
    {
        QSet<QString> commodities;
        int sitesWithGas = 0;
        int sitesWithWater = 0;
        for (int i = 0; i < int(m_sites.size()); ++i) {
            const QJsonArray meters = metersOf(i);
            QString mainId;
            int subMeters = 0;
            QSet<QString> siteCommodities;
            for (const QJsonValue &value : meters) {
                const QJsonObject meter = value.toObject();
                const QString commodity = meter.value(u"commodity").toString();
                siteCommodities.insert(commodity);
                if (meter.value(u"usage").toString() == u"MainMeter") {
                    QVERIFY(mainId.isEmpty());
                    QCOMPARE(commodity, QStringLiteral("Electricity"));
                    mainId = meter.value(u"id").toString();
                }
                for (const QJsonValue &m : meter.value(u"measurements").toArray()) {
                    const QJsonObject measurement = m.toObject();
                    const QString name = measurement.value(u"name").toString();
                    const QString unit = measurement.value(u"unit").toString();
                    QVERIFY(!measurement.value(u"timeseries").toObject().value(u"key").toString().isEmpty());
                    if (name == u"ActivePower")
                        QCOMPARE(unit, QStringLiteral("kW"));
                    else if (name == u"Volume")
                        QCOMPARE(unit, QStringLiteral("m3"));
                    else
                        QCOMPARE(unit, QStringLiteral("kWh"));
                }
            }
            for (const QJsonValue &value : meters) {
                const QJsonObject meter = value.toObject();
                if (meter.value(u"usage").toString() == u"SubMeter") {
                    ++subMeters;
                    QCOMPARE(meter.value(u"parentMeterId").toString(), mainId);
                } else {
                    QVERIFY(!meter.contains(u"parentMeterId"));
                }
            }
            QVERIFY(!mainId.isEmpty());
            QVERIFY2(subMeters >= 2 && subMeters <= 4, qPrintable(QString::number(subMeters)));
            sitesWithGas += siteCommodities.contains(QStringLiteral("Gas")) ? 1 : 0;
            sitesWithWater += siteCommodities.contains(QStringLiteral("Water")) ? 1 : 0;
            commodities.unite(siteCommodities);
        }
        QVERIFY(sitesWithGas > 6);
        QVERIFY(sitesWithWater > 6);
        QVERIFY(commodities.contains(QStringLiteral("DistrictHeating")));
        QVERIFY(commodities.contains(QStringLiteral("ChilledWater")));
        QVERIFY(commodities.contains(QStringLiteral("Solar")));
    }

    void meterEndpointAnswersTheListedMeter()
    {
        const QJsonObject listed = metersOf(2).at(1).toObject();
        const HttpResult result =
            get(QStringLiteral("/sites/%1/meters/%2").arg(siteId(2), listed.value(u"id").toString()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object(), listed);
    }

    void rawMeasurementsAreQuarterHoursWithPowerFromEnergy()
    {
        const QJsonObject meter = mainMeter(1);
        const HttpResult result = get(
            QStringLiteral("/sites/%1/meters/%2/measurements").arg(siteId(1), meter.value(u"id").toString()),
            {{QStringLiteral("startDate"), QStringLiteral("2025-11-03T00:00:00Z")},
             {QStringLiteral("endDate"), QStringLiteral("2025-11-03T06:00:00Z")}});
        QCOMPARE(result.status, 200);
        const QJsonArray series = result.array();
        QCOMPARE(series.size(), 2);
        const QJsonObject energy = findSeries(series, QStringLiteral("ActiveEnergy"));
        const QJsonObject power = findSeries(series, QStringLiteral("ActivePower"));
        QCOMPARE(energy.value(u"meterId").toString(), meter.value(u"id").toString());
        QCOMPARE(energy.value(u"interval").toString(), QStringLiteral("raw"));
        QCOMPARE(energy.value(u"unit").toString(), QStringLiteral("kWh"));
        const QJsonArray energyValues = energy.value(u"values").toArray();
        const QJsonArray powerValues = power.value(u"values").toArray();
        QVERIFY(energyValues.size() > 12 && energyValues.size() <= 24);
        QCOMPARE(powerValues.size(), energyValues.size());
        qint64 previous = utcMs(QStringLiteral("2025-11-03T00:00:00Z")) - kQuarterMs;
        for (qsizetype i = 0; i < energyValues.size(); ++i) {
            const QJsonObject point = energyValues.at(i).toObject();
            const qint64 date = utcMs(point.value(u"date"));
            QVERIFY(date > previous && (date - previous) % kQuarterMs == 0);
            QVERIFY(utcMs(point.value(u"updatedAt")) >= date + kQuarterMs);
            QCOMPARE(powerValues.at(i).toObject().value(u"date").toString(), point.value(u"date").toString());
            QVERIFY(qAbs(powerValues.at(i).toObject().value(u"value").toDouble() -
                         4 * point.value(u"value").toDouble()) < 0.005);
            previous = date;
        }
    }

    void measurementFilterSelectsByNameOrId()
    {
        const QJsonObject meter = mainMeter(0);
        const QString powerId =
            meter.value(u"measurements").toArray().at(1).toObject().value(u"id").toString();
        const QString path = QStringLiteral("/sites/%1/measurements").arg(siteId(0));
        const QList<QPair<QString, QString>> range{
            {QStringLiteral("startDate"), QStringLiteral("2025-11-01")},
            {QStringLiteral("endDate"), QStringLiteral("2025-11-02")}};
        const QJsonArray byName =
            get(path, range + QList<QPair<QString, QString>>{{QStringLiteral("measurement"),
                                                              QStringLiteral("activepower")}})
                .array();
        QVERIFY(!byName.isEmpty());
        for (const QJsonValue &series : byName)
            QCOMPARE(series.toObject().value(u"name").toString(), QStringLiteral("ActivePower"));
        const QJsonArray byId =
            get(path, range + QList<QPair<QString, QString>>{{QStringLiteral("measurement"), powerId}})
                .array();
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.at(0).toObject().value(u"measurementId").toString(), powerId);
    }

    void hourlyAndDailyBucketsAreSumsOfQuarterHoursInLocalTime()
    {
        const int kolkata = siteIndexInZone(QStringLiteral("Asia/Kolkata"));
        QVERIFY(kolkata >= 0);
        const QDateTime from(QDate(2025, 11, 4), QTime(0, 0), Qt::UTC);
        const QJsonArray raw = mainMeterRaw(kolkata, from, from.addDays(2));
        const HttpResult hourly = get(QStringLiteral("/sites/%1/meters/%2/measurements")
                                          .arg(siteId(kolkata), mainMeter(kolkata).value(u"id").toString()),
                                      {{QStringLiteral("startDate"), from.toString(Qt::ISODate)},
                                       {QStringLiteral("endDate"), from.addDays(2).toString(Qt::ISODate)},
                                       {QStringLiteral("interval"), QStringLiteral("hourly")},
                                       {QStringLiteral("measurement"), QStringLiteral("ActiveEnergy")}});
        QCOMPARE(hourly.status, 200);
        const QJsonArray buckets = hourly.array().at(0).toObject().value(u"values").toArray();
        QVERIFY(buckets.size() >= 40);
        int checked = 0;
        for (const QJsonValue &bucket : buckets) {
            const qint64 start = utcMs(bucket.toObject().value(u"date"));
            QCOMPARE((start / 60000) % 60, 30); // local hours of +05:30 start at :30 UTC
            if (start < from.toMSecsSinceEpoch())
                continue;
            double sum = 0;
            for (const QJsonValue &point : raw) {
                const qint64 t = utcMs(point.toObject().value(u"date"));
                if (t >= start && t < start + 3600000)
                    sum += point.toObject().value(u"value").toDouble();
            }
            QVERIFY(qAbs(sum - bucket.toObject().value(u"value").toDouble()) < 0.0005);
            ++checked;
        }
        QVERIFY(checked > 40);

        // A daily bucket of Europe/Paris spans its local day and sums its quarter hours.
        const int paris = siteIndexInZone(QStringLiteral("Europe/Paris"));
        const QJsonArray parisRaw = mainMeterRaw(paris, from, from.addDays(3));
        const QJsonObject day = get(QStringLiteral("/sites/%1/active-energy").arg(siteId(paris)),
                                    {{QStringLiteral("startDate"), QStringLiteral("2025-11-05")},
                                     {QStringLiteral("endDate"), QStringLiteral("2025-11-06")}})
                                    .object()
                                    .value(u"values")
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(day.value(u"date").toString(), QStringLiteral("2025-11-04T23:00:00Z"));
        double daySum = 0;
        const qint64 dayStart = utcMs(day.value(u"date"));
        for (const QJsonValue &point : parisRaw) {
            const qint64 t = utcMs(point.toObject().value(u"date"));
            if (t >= dayStart && t < dayStart + 86400000)
                daySum += point.toObject().value(u"value").toDouble();
        }
        QVERIFY(qAbs(daySum - day.value(u"value").toDouble()) < 0.005);
    }

    void activeEnergyIsTheSumOfTheMainMeters()
    {
        const QDateTime from(QDate(2025, 11, 10), QTime(0, 0), Qt::UTC);
        const QJsonArray main = mainMeterRaw(4, from, from.addDays(1));
        const HttpResult result = get(QStringLiteral("/sites/%1/active-energy").arg(siteId(4)),
                                      {{QStringLiteral("startDate"), from.toString(Qt::ISODate)},
                                       {QStringLiteral("endDate"), from.addDays(1).toString(Qt::ISODate)},
                                       {QStringLiteral("interval"), QStringLiteral("15min")}});
        QCOMPARE(result.status, 200);
        const QJsonObject series = result.object();
        QCOMPARE(series.value(u"siteId").toString(), siteId(4));
        QCOMPARE(series.value(u"interval").toString(), QStringLiteral("15min"));
        QCOMPARE(series.value(u"values").toArray(), main);
    }

    void dailyBucketsFollowLocalMidnightAcrossDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("paris-spring-forward") << QStringLiteral("Europe/Paris") << QDate(2025, 3, 30) << 23;
        QTest::newRow("paris-fall-back") << QStringLiteral("Europe/Paris") << QDate(2024, 10, 27) << 25;
        QTest::newRow("adelaide-fall-back")
            << QStringLiteral("Australia/Adelaide") << QDate(2025, 4, 6) << 25;
        QTest::newRow("adelaide-spring-forward")
            << QStringLiteral("Australia/Adelaide") << QDate(2025, 10, 5) << 23;
        QTest::newRow("kolkata-no-dst") << QStringLiteral("Asia/Kolkata") << QDate(2025, 3, 30) << 24;
    }

    void dailyBucketsFollowLocalMidnightAcrossDst()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const int site = siteIndexInZone(zone);
        QVERIFY(site >= 0);
        const HttpResult result = get(QStringLiteral("/sites/%1/active-energy").arg(siteId(site)),
                                      {{QStringLiteral("startDate"), day.addDays(-1).toString(Qt::ISODate)},
                                       {QStringLiteral("endDate"), day.addDays(2).toString(Qt::ISODate)},
                                       {QStringLiteral("interval"), QStringLiteral("daily")}});
        QCOMPARE(result.status, 200);
        const QJsonArray values = result.object().value(u"values").toArray();
        QCOMPARE(values.size(), 3);
        const ZonedCalendar calendar(QTimeZone(zone.toLatin1()));
        QCOMPARE(utcMs(values.at(1).toObject().value(u"date")), calendar.startOfLocalDate(day));
        const qint64 length =
            utcMs(values.at(2).toObject().value(u"date")) - utcMs(values.at(1).toObject().value(u"date"));
        QCOMPARE(length, qint64(hours) * 3600000);
    }

    void otherUtilitiesServeNonElectricMetersFilteredByCommodity()
    {
        const QString path = QStringLiteral("/sites/%1/other-utilities").arg(siteId(1));
        const QJsonArray all = get(path).array();
        QSet<QString> commodities;
        for (const QJsonValue &series : all) {
            commodities.insert(series.toObject().value(u"commodity").toString());
            QCOMPARE(series.toObject().value(u"interval").toString(), QStringLiteral("daily"));
            QVERIFY(!series.toObject().value(u"values").toArray().isEmpty());
        }
        QVERIFY(!commodities.contains(QStringLiteral("Electricity")));
        QVERIFY(commodities.contains(QStringLiteral("Gas")) && commodities.contains(QStringLiteral("Water")));
        const QJsonArray gas = get(path, {{QStringLiteral("commodity"), QStringLiteral("gas")}}).array();
        QVERIFY(!gas.isEmpty());
        for (const QJsonValue &series : gas)
            QCOMPARE(series.toObject().value(u"commodity").toString(), QStringLiteral("Gas"));
        QVERIFY(get(path, {{QStringLiteral("commodity"), QStringLiteral("Water,Gas")}}).array().size() >
                gas.size());
    }

    void errorsAnswerProblemBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("invalidParam");
        const QString series = QStringLiteral("/sites/SITE/measurements");
        QTest::newRow("no-token") << QStringLiteral("/sites") << QString() << QStringLiteral("none") << 401
                                  << QString();
        QTest::newRow("unknown-token")
            << QStringLiteral("/sites") << QString() << QStringLiteral("not-a-token") << 401 << QString();
        QTest::newRow("unknown-site")
            << QStringLiteral("/sites/nope") << QString() << QString() << 404 << QString();
        QTest::newRow("unknown-meter")
            << QStringLiteral("/sites/SITE/meters/nope") << QString() << QString() << 404 << QString();
        QTest::newRow("unknown-path")
            << QStringLiteral("/sites/SITE/weather") << QString() << QString() << 404 << QString();
        QTest::newRow("bad-date") << series << QStringLiteral("startDate=yesterday") << QString() << 400
                                  << QStringLiteral("startDate");
        QTest::newRow("end-before-start")
            << series << QStringLiteral("startDate=2025-11-02&endDate=2025-11-01") << QString() << 400
            << QStringLiteral("endDate");
        QTest::newRow("end-equals-start")
            << series << QStringLiteral("startDate=2025-11-02&endDate=2025-11-02") << QString() << 400
            << QStringLiteral("endDate");
        QTest::newRow("raw-span-too-long")
            << series << QStringLiteral("startDate=2025-09-01&endDate=2025-10-15") << QString() << 400
            << QStringLiteral("endDate");
        QTest::newRow("hourly-span-too-long")
            << series << QStringLiteral("startDate=2024-01-01&endDate=2025-10-15&interval=hourly")
            << QString() << 400 << QStringLiteral("endDate");
        QTest::newRow("unknown-interval")
            << series << QStringLiteral("interval=weekly") << QString() << 400 << QStringLiteral("interval");
        QTest::newRow("negative-offset") << QStringLiteral("/sites") << QStringLiteral("offset=-1")
                                         << QString() << 400 << QStringLiteral("offset");
        QTest::newRow("zero-limit") << QStringLiteral("/sites") << QStringLiteral("limit=0") << QString()
                                    << 400 << QStringLiteral("limit");
        QTest::newRow("text-limit") << QStringLiteral("/sites") << QStringLiteral("limit=ten") << QString()
                                    << 400 << QStringLiteral("limit");
        QTest::newRow("unknown-commodity")
            << QStringLiteral("/sites/SITE/other-utilities") << QStringLiteral("commodity=Plutonium")
            << QString() << 400 << QStringLiteral("commodity");
    }

    void errorsAnswerProblemBodies()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, invalidParam);
        QUrl url = m_emulator.client->api(QString(path).replace(QStringLiteral("SITE"), siteId(0)));
        url.setQuery(query);
        const QString credential = token == u"none"  ? QString()
                                   : token.isEmpty() ? m_emulator.server->demoPat()
                                                     : token;
        const HttpResult result = m_emulator.client->get(url, credential);
        QCOMPARE(result.status, status);
        const QJsonObject problem = result.object();
        const QString slug = status == 401   ? QStringLiteral("unauthorized")
                             : status == 404 ? QStringLiteral("not-found")
                                             : QStringLiteral("bad-request");
        QCOMPARE(problem.value(u"type").toString(),
                 QStringLiteral("https://ecostruxure-openapi.se.com/problem/") + slug);
        QCOMPARE(problem.value(u"status").toInt(), status);
        QCOMPARE(problem.value(u"instance").toString(), url.path());
        QVERIFY(!problem.value(u"detail").toString().isEmpty());
        if (status == 401)
            QCOMPARE(result.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
        if (!invalidParam.isEmpty())
            QCOMPARE(problem.value(u"invalid-params").toArray().at(0).toObject().value(u"name").toString(),
                     invalidParam);
    }

    void patsAreLimitedToTheirSitesAndExpire()
    {
        const QString limited = m_emulator.server->issuePat(QDateTime(), {siteId(2), siteId(5)});
        const HttpResult sites =
            m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), limited);
        QCOMPARE(sites.status, 200);
        QCOMPARE(sites.array().size(), 2);
        QCOMPARE(m_emulator.client
                     ->get(m_emulator.client->api(QStringLiteral("/sites/%1/meters").arg(siteId(5))), limited)
                     .status,
                 200);
        const HttpResult foreign = m_emulator.client->get(
            m_emulator.client->api(QStringLiteral("/sites/%1/meters").arg(siteId(0))), limited);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.object().value(u"type").toString(),
                 QStringLiteral("https://ecostruxure-openapi.se.com/problem/forbidden"));

        const QString expiring = m_emulator.server->issuePat(kNow.addSecs(3600));
        QCOMPARE(m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), expiring).status,
                 200);
        m_emulator.server->setNow(kNow.addSecs(7200));
        const HttpResult expired =
            m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), expiring);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.object().value(u"detail").toString(), QStringLiteral("Access Token expired"));
        m_emulator.server->revokePat(limited);
        QCOMPARE(m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")), limited).status,
                 401);
    }

    void sameSeedServesTheSameBytes()
    {
        EmulatorServer twin(RunningEmulator::pinnedOptions());
        QVERIFY(twin.start());
        EmulatorTestClient twinClient(&twin);
        const QList<QPair<QString, QString>> range{
            {QStringLiteral("startDate"), QStringLiteral("2025-10-01")},
            {QStringLiteral("endDate"), QStringLiteral("2025-10-08")}};
        for (const QString &path :
             {QStringLiteral("/sites"), QStringLiteral("/sites/%1/measurements").arg(siteId(3)),
              QStringLiteral("/sites/%1/other-utilities").arg(siteId(7))}) {
            const HttpResult mine = get(path, range);
            const HttpResult theirs = twinClient.get(twinClient.api(path, range), twin.demoPat());
            QCOMPARE(mine.status, 200);
            QVERIFY(mine.body.size() > 100);
            QCOMPARE(theirs.body, mine.body);
        }
        EmulatorOptions otherSeed = RunningEmulator::pinnedOptions();
        otherSeed.seed = 7;
        EmulatorServer other(otherSeed);
        QVERIFY(other.start());
        EmulatorTestClient otherClient(&other);
        const QJsonArray otherSites =
            otherClient.get(otherClient.api(QStringLiteral("/sites")), other.demoPat()).array();
        QCOMPARE(otherSites.size(), m_sites.size());
        QVERIFY(otherSites.at(0).toObject().value(u"id") != m_sites.at(0).toObject().value(u"id"));
    }

    void profileWithRenamedPathsAndParametersIsServed()
    {
        // (Built as JSON objects: moc 6.4 cannot read raw string literals.)
        const QJsonObject paths{
            {QStringLiteral("sites"), QStringLiteral("/buildings")},
            {QStringLiteral("site"), QStringLiteral("/buildings/{siteId}")},
            {QStringLiteral("meters"), QStringLiteral("/buildings/{siteId}/devices")},
            {QStringLiteral("meter"), QStringLiteral("/buildings/{siteId}/devices/{meterId}")},
            {QStringLiteral("siteMeasurements"), QStringLiteral("/buildings/{siteId}/readings")},
            {QStringLiteral("meterMeasurements"),
             QStringLiteral("/buildings/{siteId}/devices/{meterId}/readings")},
            {QStringLiteral("activeEnergy"), QStringLiteral("/buildings/{siteId}/electricity")},
            {QStringLiteral("otherUtilities"), QStringLiteral("/buildings/{siteId}/utilities")}};
        const QJsonObject parameters{{QStringLiteral("startDate"), QStringLiteral("from")},
                                     {QStringLiteral("endDate"), QStringLiteral("to")},
                                     {QStringLiteral("interval"), QStringLiteral("granularity")},
                                     {QStringLiteral("commodity"), QStringLiteral("type")}};
        const QJsonObject root{
            {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:0/energy/api/v2")},
            {QStringLiteral("oauth"),
             QJsonObject{
                 {QStringLiteral("authorizeUrl"), QStringLiteral("http://127.0.0.1:0/auth/authorize")},
                 {QStringLiteral("tokenUrl"), QStringLiteral("http://127.0.0.1:0/auth/token")}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("intervals"), QJsonObject{{QStringLiteral("daily"), QStringLiteral("P1D")},
                                                      {QStringLiteral("hourly"), QStringLiteral("PT1H")}}}};
        const QByteArray json = QJsonDocument(root).toJson();
        QString error;
        EmulatorOptions options = RunningEmulator::pinnedOptions();
        options.profile = ApiProfile::fromJson(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EmulatorServer renamed(options);
        QVERIFY(renamed.start());
        EmulatorTestClient client(&renamed);
        const QString pat = renamed.demoPat();
        QCOMPARE(renamed.servedProfile().baseUrl().path(), QStringLiteral("/energy/api/v2"));
        const HttpResult sites = client.get(client.api(QStringLiteral("/buildings")), pat);
        QCOMPARE(sites.status, 200);
        QCOMPARE(sites.array().size(), 12);
        const QString site = sites.array().at(0).toObject().value(u"id").toString();
        QCOMPARE(client.get(client.api(QStringLiteral("/sites")), pat).status, 404);
        const HttpResult energy =
            client.get(client.api(QStringLiteral("/buildings/%1/electricity").arg(site),
                                  {{QStringLiteral("from"), QStringLiteral("2025-11-01")},
                                   {QStringLiteral("to"), QStringLiteral("2025-11-03")},
                                   {QStringLiteral("granularity"), QStringLiteral("PT1H")}}),
                       pat);
        QCOMPARE(energy.status, 200);
        QCOMPARE(energy.object().value(u"interval").toString(), QStringLiteral("PT1H"));
        const QJsonArray hours = energy.object().value(u"values").toArray();
        QVERIFY(hours.size() > 40 && hours.size() <= 48); // the meter may be offline for a few quarter hours
        QCOMPARE(utcMs(hours.at(1).toObject().value(u"date")) - utcMs(hours.at(0).toObject().value(u"date")),
                 qint64(3600000));
        const HttpResult gas = client.get(client.api(QStringLiteral("/buildings/%1/utilities").arg(site),
                                                     {{QStringLiteral("type"), QStringLiteral("Water")}}),
                                          pat);
        QCOMPARE(gas.status, 200);
        QCOMPARE(gas.array().at(0).toObject().value(u"commodity").toString(), QStringLiteral("Water"));
        const HttpResult badTo = client.get(client.api(QStringLiteral("/buildings/%1/readings").arg(site),
                                                       {{QStringLiteral("to"), QStringLiteral("never")}}),
                                            pat);
        QCOMPARE(badTo.status, 400);
        QCOMPARE(badTo.object().value(u"invalid-params").toArray().at(0).toObject().value(u"name").toString(),
                 QStringLiteral("to"));
    }

    void statusFaultsAnswerThenTheApiRecovers()
    {
        FaultSpec unavailable;
        unavailable.status = 503;
        unavailable.count = 2;
        unavailable.pathPattern = QStringLiteral("/sites$");
        m_emulator.server->addFault(unavailable);
        QCOMPARE(get(QStringLiteral("/sites/%1").arg(siteId(0))).status, 200); // pattern does not match
        QCOMPARE(get(QStringLiteral("/sites")).status, 503);
        const HttpResult second = get(QStringLiteral("/sites"));
        QCOMPARE(second.status, 503);
        QCOMPARE(second.object().value(u"type").toString(),
                 QStringLiteral("https://ecostruxure-openapi.se.com/problem/service-unavailable"));
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);

        FaultSpec busy;
        busy.status = 429;
        busy.retryAfterSeconds = 7;
        m_emulator.server->addFault(busy);
        const HttpResult limited = get(QStringLiteral("/sites"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("7"));
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
    }

    void fractionFaultsHitADeterministicShare()
    {
        FaultSpec flaky;
        flaky.fraction = 0.5;
        flaky.status = 500;
        m_emulator.server->addFault(flaky);
        QString pattern;
        for (int i = 0; i < 40; ++i)
            pattern += get(QStringLiteral("/sites/%1").arg(siteId(0))).status == 500 ? u'x' : u'.';
        m_emulator.server->clearFaults();
        const int failures = int(pattern.count(u'x'));
        QVERIFY2(failures >= 8 && failures <= 32, qPrintable(pattern));
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
    }

    void malformedJsonFaultAnswersABodyThatIsNotJson()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::MalformedJson;
        m_emulator.server->addFault(fault);
        const HttpResult result = get(QStringLiteral("/sites"));
        QCOMPARE(result.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void truncatedBodyFaultClosesBeforeContentLength()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::TruncatedBody;
        m_emulator.server->addFault(fault);
        const HttpResult result = get(QStringLiteral("/sites"));
        QVERIFY(result.error != QNetworkReply::NoError);
        QVERIFY(result.header("content-length").toLongLong() > result.body.size());
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
    }

    void stallFaultNeverAnswers()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::Stall;
        m_emulator.server->addFault(fault);
        const HttpResult result = m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")),
                                                         m_emulator.server->demoPat(), 600);
        QCOMPARE(result.status, -1);
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
    }

    void dripFaultSendsBytesButNeverFinishes()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::Drip;
        fault.dripIntervalMs = 20;
        m_emulator.server->addFault(fault);
        const HttpResult result = m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")),
                                                         m_emulator.server->demoPat(), 800);
        QCOMPARE(result.status, -1);
        QVERIFY2(result.bytesReceived >= 5, qPrintable(QString::number(result.bytesReceived)));
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
    }

    void redirectFaultPointsAtAnotherHost()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::Redirect;
        fault.redirectTarget = QUrl(QStringLiteral("http://127.0.0.1:9/elsewhere/"));
        m_emulator.server->addFault(fault);
        const HttpResult result =
            get(QStringLiteral("/sites"), {{QStringLiteral("limit"), QStringLiteral("3")}});
        QCOMPARE(result.status, 302);
        QCOMPARE(QUrl(QString::fromLatin1(result.header("location"))),
                 QUrl(QStringLiteral(
                     "http://127.0.0.1:9/elsewhere/ecostruxure/energy-contextualized/v1/sites?limit=3")));
    }

    void envelopesPageWithOffsetAndLimit()
    {
        const QJsonValue firstMeter = metersOf(0).first();
        ResponseVariants variants;
        variants.envelope = ResponseVariants::Envelope::Items;
        variants.defaultPageSize = 5;
        variants.maxPageSize = 8;
        m_emulator.server->setVariants(variants);
        const QJsonObject first = get(QStringLiteral("/sites")).object();
        QCOMPARE(first.value(u"items").toArray().size(), 5);
        QCOMPARE(first.value(u"totalCount").toInt(), 12);
        QCOMPARE(first.value(u"limit").toInt(), 5);
        const QJsonObject last =
            get(QStringLiteral("/sites"), {{QStringLiteral("offset"), QStringLiteral("10")}}).object();
        QCOMPARE(last.value(u"items").toArray().size(), 2);
        QCOMPARE(last.value(u"offset").toInt(), 10);
        QCOMPARE(last.value(u"items").toArray().at(1), m_sites.at(11));
        const QJsonObject clamped =
            get(QStringLiteral("/sites"), {{QStringLiteral("limit"), QStringLiteral("100")}}).object();
        QCOMPARE(clamped.value(u"items").toArray().size(), 8);

        variants.envelope = ResponseVariants::Envelope::NamedKey;
        m_emulator.server->setVariants(variants);
        const QJsonObject named = get(QStringLiteral("/sites")).object();
        QCOMPARE(named.value(u"sites").toArray().size(), 5);
        QCOMPARE(named.value(u"totalCount").toInt(), 12);
        QCOMPARE(get(QStringLiteral("/sites/%1/meters").arg(siteId(0)))
                     .object()
                     .value(u"meters")
                     .toArray()
                     .first(),
                 firstMeter);

        m_emulator.server->setVariants(ResponseVariants());
        const QJsonArray slice =
            get(QStringLiteral("/sites"), {{QStringLiteral("offset"), QStringLiteral("3")},
                                           {QStringLiteral("limit"), QStringLiteral("2")}})
                .array();
        QCOMPARE(slice.size(), 2);
        QCOMPARE(slice.at(0), m_sites.at(3));
    }

    void siteVariantsChangeOnlyTheShape()
    {
        const QJsonObject plain = m_sites.at(2).toObject();
        const QJsonObject address = plain.value(u"postalAddress").toObject();
        ResponseVariants variants;
        variants.flatSite = true;
        variants.timeZoneCamelCase = true;
        variants.enumCase = ResponseVariants::EnumCase::Upper;
        variants.numbersAsStrings = true;
        m_emulator.server->setVariants(variants);
        const QJsonObject flat = get(QStringLiteral("/sites")).array().at(2).toObject();
        QVERIFY(!flat.contains(u"postalAddress"));
        QCOMPARE(flat.value(u"city"), address.value(u"city"));
        QCOMPARE(flat.value(u"country"), address.value(u"countryIsoCode"));
        QCOMPARE(flat.value(u"timeZone"), address.value(u"timezone"));
        QVERIFY(flat.value(u"latitude").isString());
        QCOMPARE(numberOf(flat.value(u"latitude")),
                 address.value(u"coordinates").toObject().value(u"latitude").toDouble());
        QCOMPARE(flat.value(u"type").toString(), plain.value(u"type").toString().toUpper());
        QCOMPARE(numberOf(flat.value(u"sourceSystemId")), plain.value(u"sourceSystemId").toDouble());

        variants = ResponseVariants();
        variants.enumCase = ResponseVariants::EnumCase::Lower;
        variants.missingUnits = true;
        m_emulator.server->setVariants(variants);
        const QJsonObject meter = metersOf(0).at(0).toObject();
        QCOMPARE(meter.value(u"commodity").toString(), QStringLiteral("electricity"));
        QVERIFY(!meter.value(u"measurements").toArray().at(0).toObject().contains(u"unit"));
    }

    void seriesVariantsCarryTheSameValues()
    {
        const QString path = QStringLiteral("/sites/%1/active-energy").arg(siteId(1));
        const QList<QPair<QString, QString>> range{
            {QStringLiteral("startDate"), QStringLiteral("2025-10-01")},
            {QStringLiteral("endDate"), QStringLiteral("2025-10-15")}};
        const QJsonArray plain = get(path, range).object().value(u"values").toArray();
        QCOMPARE(plain.size(), 14);
        QMap<qint64, double> expected;
        for (const QJsonValue &point : plain)
            expected.insert(utcMs(point.toObject().value(u"date")),
                            point.toObject().value(u"value").toDouble());

        ResponseVariants variants;
        variants.numbersAsStrings = true;
        variants.nanosecondFractions = true;
        variants.duplicatesAndUnsorted = true;
        m_emulator.server->setVariants(variants);
        const QJsonArray shuffled = get(path, range).object().value(u"values").toArray();
        QVERIFY(shuffled.size() > plain.size());
        QVERIFY(shuffled != plain);
        bool sorted = true;
        for (qsizetype i = 0; i < shuffled.size(); ++i) {
            const QJsonObject point = shuffled.at(i).toObject();
            QVERIFY(point.value(u"value").isString());
            QVERIFY(point.value(u"date").toString().endsWith(QStringLiteral(".000000000Z")));
            QCOMPARE(numberOf(point.value(u"value")), expected.value(utcMs(point.value(u"date")), -1));
            if (i > 0 && utcMs(point.value(u"date")) < utcMs(shuffled.at(i - 1).toObject().value(u"date")))
                sorted = false;
        }
        QVERIFY(!sorted);

        variants = ResponseVariants();
        variants.dateOnlyDates = true;
        variants.nullValues = true;
        m_emulator.server->setVariants(variants);
        const QJsonArray dated = get(path, range).object().value(u"values").toArray();
        QCOMPARE(dated.size(), plain.size());
        int nulls = 0;
        for (qsizetype i = 0; i < dated.size(); ++i) {
            const QJsonObject point = dated.at(i).toObject();
            QCOMPARE(point.value(u"date").toString(), QDate(2025, 10, 1).addDays(i).toString(Qt::ISODate));
            if (point.value(u"value").isNull())
                ++nulls;
            else
                QCOMPARE(point.value(u"value"), plain.at(i).toObject().value(u"value"));
        }
        QVERIFY(nulls > 0 && nulls < dated.size());
    }

    void errorShapesFollowTheVariant_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QByteArray>("contains");
        QTest::newRow("gateway") << int(ResponseVariants::ErrorShape::Gateway)
                                 << QByteArray("\"faultstring\"");
        QTest::newRow("oauth") << int(ResponseVariants::ErrorShape::OAuthStyle)
                               << QByteArray("\"error_description\"");
        QTest::newRow("empty") << int(ResponseVariants::ErrorShape::Empty) << QByteArray();
        QTest::newRow("html") << int(ResponseVariants::ErrorShape::Html) << QByteArray("<html>");
    }

    void errorShapesFollowTheVariant()
    {
        QFETCH(int, shape);
        QFETCH(QByteArray, contains);
        ResponseVariants variants;
        variants.errorShape = ResponseVariants::ErrorShape(shape);
        m_emulator.server->setVariants(variants);
        const HttpResult result = m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites")));
        QCOMPARE(result.status, 401);
        if (contains.isEmpty())
            QVERIFY(result.body.isEmpty());
        else
            QVERIFY2(result.body.contains(contains), result.body.constData());
        QVERIFY(!result.body.contains("ecostruxure-openapi.se.com/problem"));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_emulator.server->setRateLimit(1, 2);
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
        const HttpResult limited = get(QStringLiteral("/sites"));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QCOMPARE(limited.object().value(u"type").toString(),
                 QStringLiteral("https://ecostruxure-openapi.se.com/problem/too-many-requests"));
    }

    void everyAnswerIsAnnouncedWithItsStatus()
    {
        QSignalSpy served(m_emulator.server.get(), &EmulatorServer::requestServed);
        QCOMPARE(get(QStringLiteral("/sites/%1").arg(siteId(0))).status, 200);
        QCOMPARE(m_emulator.client->get(m_emulator.client->api(QStringLiteral("/sites"))).status, 401);
        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(served.at(0).at(1).toString(),
                 m_emulator.client->api(QStringLiteral("/sites/%1").arg(siteId(0))).path());
        QCOMPARE(served.at(0).at(2).toInt(), 200);
        QCOMPARE(served.at(1).at(2).toInt(), 401);
    }

    void latencyDelaysEveryAnswer()
    {
        m_emulator.server->setLatencyMs(300);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get(QStringLiteral("/sites")).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void demoDataHasOneCounterResetGapsAndLateCorrections()
    {
        // The one counter reset: a large negative delta on the Bengaluru main meter.
        const QDateTime resetDay(QDate(2025, 10, 12), QTime(0, 0), Qt::UTC);
        const int bengaluru = siteIndexInZone(QStringLiteral("Asia/Kolkata"));
        int negatives = 0;
        for (const QJsonValue &point : mainMeterRaw(bengaluru, resetDay, resetDay.addDays(1)))
            negatives += point.toObject().value(u"value").toDouble() < -1000 ? 1 : 0;
        QCOMPARE(negatives, 1);
        for (const QJsonValue &point : mainMeterRaw(0, resetDay, resetDay.addDays(1)))
            QVERIFY(point.toObject().value(u"value").toDouble() >= 0);

        // A month of every meter of a site: some quarter hours are absent, a few were corrected later.
        const HttpResult month =
            get(QStringLiteral("/sites/%1/measurements").arg(siteId(1)),
                {{QStringLiteral("startDate"), QStringLiteral("2025-10-01T00:00:00Z")},
                 {QStringLiteral("endDate"), QStringLiteral("2025-10-31T00:00:00Z")},
                 {QStringLiteral("measurement"), QStringLiteral("ActiveEnergy,Volume,Energy")}});
        QCOMPARE(month.status, 200);
        int seriesWithGaps = 0;
        int lateCorrections = 0;
        for (const QJsonValue &series : month.array()) {
            const QJsonArray values = series.toObject().value(u"values").toArray();
            seriesWithGaps += values.size() < 30 * 96 ? 1 : 0;
            for (const QJsonValue &point : values) {
                if (utcMs(point.toObject().value(u"updatedAt")) - utcMs(point.toObject().value(u"date")) >
                    86400000)
                    ++lateCorrections;
            }
        }
        QVERIFY(seriesWithGaps > 0);
        QVERIFY(lateCorrections > 0);
        QVERIFY(lateCorrections < 100);
    }

    void historyEndsAtTheLatestCompleteQuarterHour()
    {
        m_emulator.server->setNow(QDateTime(QDate(2025, 11, 15), QTime(12, 7), Qt::UTC));
        const QJsonArray values = get(QStringLiteral("/sites/%1/active-energy").arg(siteId(0)),
                                      {{QStringLiteral("startDate"), QStringLiteral("2025-11-15T11:00:00Z")},
                                       {QStringLiteral("endDate"), QStringLiteral("2025-11-15T14:00:00Z")},
                                       {QStringLiteral("interval"), QStringLiteral("raw")}})
                                      .object()
                                      .value(u"values")
                                      .toArray();
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last().toObject().value(u"date").toString(), QStringLiteral("2025-11-15T11:45:00Z"));
    }

    void largePortfolioServesEveryMeterOnRequest()
    {
        EmulatorOptions options = RunningEmulator::pinnedOptions();
        options.siteCount = 5000;
        options.metersPerSite = 20;
        EmulatorServer large(options);
        QVERIFY(large.start());
        EmulatorTestClient client(&large);
        QElapsedTimer timer;
        timer.start();
        const HttpResult sites = client.get(client.api(QStringLiteral("/sites")), large.demoPat());
        QCOMPARE(sites.status, 200);
        QCOMPARE(sites.array().size(), 5000);
        const QString last = sites.array().last().toObject().value(u"id").toString();
        const QJsonArray meters =
            client.get(client.api(QStringLiteral("/sites/%1/meters").arg(last)), large.demoPat()).array();
        QCOMPARE(meters.size(), 20);
        QSet<QString> ids;
        for (const QJsonValue &meter : meters)
            ids.insert(meter.toObject().value(u"id").toString());
        QCOMPARE(ids.size(), 20);
        const HttpResult series =
            client.get(client.api(QStringLiteral("/sites/%1/meters/%2/measurements")
                                      .arg(last, meters.last().toObject().value(u"id").toString()),
                                  {{QStringLiteral("startDate"), QStringLiteral("2025-10-01")},
                                   {QStringLiteral("endDate"), QStringLiteral("2025-11-01")}}),
                       large.demoPat());
        QCOMPARE(series.status, 200);
        QVERIFY(series.array().at(0).toObject().value(u"values").toArray().size() > 2800);
        qInfo("5000-site portfolio: /sites, one site's meters and a month of one meter in %lld ms",
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
