// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/metadataparser.h"

#include <QTest>

using namespace meterscope;

// The same two sites and meters written in every shape of api-contract.md §1 and §6 must parse to
// the same values; broken bodies must be BadData, broken records skipped and counted.
class TestMetadataParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sitesParseToTheSameValuesInEveryShape_data();
    void sitesParseToTheSameValuesInEveryShape();
    void siteDetailReadsMetadataAndKeepsUnknownAttributes();
    void brokenBodiesAreBadData_data();
    void brokenBodiesAreBadData();
    void recordsWithoutIdOrNameAreSkippedAndCounted();
    void metersParseToTheSameValuesInEveryShape_data();
    void metersParseToTheSameValuesInEveryShape();
    void singleMeterMayBeWrapped();
    void refusedNumberTextsLeaveTheFieldEmpty_data();
    void refusedNumberTextsLeaveTheFieldEmpty();
};

namespace {

QByteArray nestedSite(const char *id, const char *name, const char *city, const char *zoneKey,
                      const char *zone, const char *lat)
{
    return QByteArray(R"({"id":")") + id + R"(","name":")" + name +
           R"(","type":"retail","sourceSystemId":241,)" + R"("postalAddress":{"address":"1 Rue X","city":")" +
           city + R"(","countryIsoCode":"FR","zipCode":"69003",)" + "\"" + zoneKey + R"(":")" + zone +
           R"(","coordinates":{"latitude":)" + lat + R"(,"longitude":4.86}}})";
}

QByteArray flatSite(const char *id, const char *name, const char *city, const char *zone, const char *lat)
{
    return QByteArray(R"({"id":")") + id + R"(","name":")" + name +
           R"(","type":"retail","sourceSystemId":"241",)" + R"("address":"1 Rue X","city":")" + city +
           R"(","country":"FR","zipCode":"69003","timeZone":")" + zone + R"(","latitude":")" + lat +
           R"(","longitude":4.86,"futureField":{"x":1}})";
}

} // namespace

void TestMetadataParser::sitesParseToTheSameValuesInEveryShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("enveloped");
    QTest::addColumn<qint64>("totalCount");
    const QByteArray a = nestedSite("s1", "Lyon Part-Dieu", "Lyon", "timezone", "Europe/Paris", "45.76");
    const QByteArray b = nestedSite("2", "Pune Plant", "Pune", "timezone", "Asia/Kolkata", "18.52");
    const QByteArray list = '[' + a + ',' + b + ']';
    QTest::newRow("default bare array") << list << false << qint64(-1);
    QTest::newRow("items envelope") << (R"({"items":)" + list + R"(,"totalCount":2,"offset":0,"limit":50})")
                                    << true << qint64(2);
    QTest::newRow("named key envelope")
        << (R"({"sites":)" + list + R"(,"totalCount":"2"})") << true << qint64(2);
    QTest::newRow("BOM") << ("\xEF\xBB\xBF" + list) << false << qint64(-1);
    QTest::newRow("timeZone camel case")
        << ('[' + nestedSite("s1", "Lyon Part-Dieu", "Lyon", "timeZone", "Europe/Paris", "45.76") + ',' +
            nestedSite("2", "Pune Plant", "Pune", "timeZone", "Asia/Kolkata", "18.52") + ']')
        << false << qint64(-1);
    QTest::newRow("flat site, numbers as strings, unknown fields")
        << ('[' + flatSite("s1", "Lyon Part-Dieu", "Lyon", "Europe/Paris", "45.76") + ',' +
            flatSite("2", "Pune Plant", "Pune", "Asia/Kolkata", "18.52") + ']')
        << false << qint64(-1);
    QTest::newRow("numeric id") << ('[' + a + ',' + QByteArray(b).replace(R"("id":"2")", R"("id":2)") + ']')
                                << false << qint64(-1);
}

void TestMetadataParser::sitesParseToTheSameValuesInEveryShape()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, enveloped);
    QFETCH(qint64, totalCount);
    const ParsedList<Site> parsed = MetadataParser::parseSites(body);
    QVERIFY2(!parsed.error, qPrintable(parsed.error.details()));
    QCOMPARE(parsed.enveloped, enveloped);
    QCOMPARE(parsed.totalCount, totalCount);
    QCOMPARE(parsed.skipped, 0);
    QCOMPARE(parsed.items.size(), 2);
    const Site &lyon = parsed.items.at(0);
    QCOMPARE(lyon.id, QStringLiteral("s1"));
    QCOMPARE(lyon.name, QStringLiteral("Lyon Part-Dieu"));
    QCOMPARE(lyon.type, QStringLiteral("retail"));
    QCOMPARE(lyon.sourceSystemId, QStringLiteral("241"));
    QCOMPARE(lyon.address, QStringLiteral("1 Rue X"));
    QCOMPARE(lyon.city, QStringLiteral("Lyon"));
    QCOMPARE(lyon.countryIsoCode, QStringLiteral("FR"));
    QCOMPARE(lyon.zipCode, QStringLiteral("69003"));
    QCOMPARE(lyon.timeZoneId, QStringLiteral("Europe/Paris"));
    QVERIFY(lyon.latitude.has_value());
    QCOMPARE(*lyon.latitude, 45.76);
    QCOMPARE(lyon.longitude.value_or(0), 4.86);
    const Site &pune = parsed.items.at(1);
    QCOMPARE(pune.id, QStringLiteral("2"));
    QCOMPARE(pune.timeZoneId, QStringLiteral("Asia/Kolkata"));
    QCOMPARE(pune.latitude.value_or(0), 18.52);
}

void TestMetadataParser::siteDetailReadsMetadataAndKeepsUnknownAttributes()
{
    const QByteArray body = R"({"id":"s1","name":"Lyon","postalAddress":{"timezone":"Europe/Paris"},
        "metadata":{"grossArea":"4250","buildingOccupants":120,"weeklyOperatingHours":null,"visitDuration":45},
        "openedOn":"2019-05-01"})";
    const ParsedItem<Site> parsed = MetadataParser::parseSite(body);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.value.grossAreaM2.value_or(0), 4250.0);
    QCOMPARE(parsed.value.buildingOccupants.value_or(0), 120.0);
    QVERIFY(!parsed.value.weeklyOperatingHours.has_value()); // null is "no value", not 0
    QVERIFY(parsed.value.otherAttributes.contains(
        qMakePair(QStringLiteral("metadata.visitDuration"), QStringLiteral("45"))));
    QVERIFY(parsed.value.otherAttributes.contains(
        qMakePair(QStringLiteral("openedOn"), QStringLiteral("2019-05-01"))));
}

void TestMetadataParser::brokenBodiesAreBadData_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n");
    QTest::newRow("bad JSON") << QByteArray(R"([{"id":"s1","name":)");
    QTest::newRow("truncated") << QByteArray(R"([{"id":"s1","name":"Lyon"},{"id":"s2")");
    QTest::newRow("not UTF-8") << QByteArray("[{\"id\":\"s1\",\"name\":\"Lyon \xFF\xFE\"}]");
    QTest::newRow("HTML") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("object without a list") << QByteArray(R"({"message":"hello"})");
    QTest::newRow("a number") << QByteArray("42");
}

void TestMetadataParser::brokenBodiesAreBadData()
{
    QFETCH(QByteArray, body);
    const ParsedList<Site> parsed = MetadataParser::parseSites(body);
    QCOMPARE(parsed.error.kind, ApiError::Kind::BadData);
    QVERIFY(!parsed.error.userMessage().isEmpty());
    QVERIFY(parsed.items.isEmpty());
}

void TestMetadataParser::recordsWithoutIdOrNameAreSkippedAndCounted()
{
    const QByteArray body = R"([{"id":"s1","name":"Lyon"},{"name":"No id"},{"id":"s3"},{"id":null,"name":"x"},
                               "not an object",{"id":"s6","name":"Pune","extra":[1,2]}])";
    const ParsedList<Site> parsed = MetadataParser::parseSites(body);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.rawCount, 6);
    QCOMPARE(parsed.skipped, 4);
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.items.at(1).id, QStringLiteral("s6"));
}

void TestMetadataParser::metersParseToTheSameValuesInEveryShape_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray main = R"({"id":"m1","name":"Main incomer","gatewayId":751,"commodity":"Electricity",
        "usage":"MainMeter","measurements":[{"id":"61773","name":"ActiveEnergy","unit":"kWh","timeseries":{"key":"k1"}},
        {"id":"61774","name":"ActivePower","unit":"kW","timeseries":{"key":"k2"}}]})";
    const QByteArray gas = R"({"id":"m2","name":"Gas","gatewayId":"751","commodity":"Gas","usage":"MainMeter",
        "parentMeterId":"m1","measurements":[{"id":"7","name":"Volume","unit":"m3","timeseries":{"key":"k3"}}]})";
    const QByteArray list = '[' + main + ',' + gas + ']';
    QTest::newRow("default") << list;
    QTest::newRow("items envelope") << (R"({"items":)" + list + R"(,"totalCount":2})");
    QTest::newRow("named key") << (R"({"meters":)" + list + "}");
    QTest::newRow("upper-case enums") << QByteArray(list)
                                             .replace("Electricity", "ELECTRICITY")
                                             .replace("\"Gas\",\"usage\"", "\"GAS\",\"usage\"")
                                             .replace("MainMeter", "MAINMETER");
    QTest::newRow("lower-case enums") << QByteArray(list)
                                             .replace("Electricity", "electricity")
                                             .replace("\"Gas\",\"usage\"", "\"gas\",\"usage\"")
                                             .replace("MainMeter", "mainmeter");
    QTest::newRow("missing units") << QByteArray(list)
                                          .replace(R"("unit":"kWh",)", "")
                                          .replace(R"("unit":"kW",)", "")
                                          .replace(R"("unit":"m3",)", "");
    QTest::newRow("unknown fields") << QByteArray(list).replace(
        R"("id":"m1",)", R"("id":"m1","installedAt":"2020-01-01","tags":["a"],)");
}

void TestMetadataParser::metersParseToTheSameValuesInEveryShape()
{
    QFETCH(QByteArray, body);
    const ParsedList<Meter> parsed = MetadataParser::parseMeters(body, QStringLiteral("site-9"));
    QVERIFY2(!parsed.error, qPrintable(parsed.error.details()));
    QCOMPARE(parsed.items.size(), 2);
    const Meter &main = parsed.items.at(0);
    QCOMPARE(main.id, QStringLiteral("m1"));
    QCOMPARE(main.siteId, QStringLiteral("site-9"));
    QCOMPARE(main.gatewayId, QStringLiteral("751"));
    QCOMPARE(main.commodity, Commodity::Electricity);
    QCOMPARE(main.usage, QStringLiteral("MainMeter"));
    QCOMPARE(main.measurements.size(), 2);
    QCOMPARE(main.measurements.at(0).unit, QStringLiteral("kWh"));
    QCOMPARE(main.measurements.at(1).unit, QStringLiteral("kW"));
    QCOMPARE(main.measurements.at(1).timeseriesKey, QStringLiteral("k2"));
    const Meter &gas = parsed.items.at(1);
    QCOMPARE(gas.commodity, Commodity::Gas);
    QCOMPARE(gas.parentMeterId, QStringLiteral("m1"));
    QCOMPARE(gas.measurements.at(0).unit, QStringLiteral("m3"));
    QCOMPARE(gas.measurements.at(0).id, QStringLiteral("7"));
}

void TestMetadataParser::singleMeterMayBeWrapped()
{
    const ParsedItem<Meter> plain =
        MetadataParser::parseMeter(R"({"id":"m1","name":"Main"})", QStringLiteral("s"));
    const ParsedItem<Meter> wrapped =
        MetadataParser::parseMeter(R"({"meter":{"id":"m1","name":"Main"}})", QStringLiteral("s"));
    QVERIFY(!plain.error);
    QVERIFY(!wrapped.error);
    QCOMPARE(wrapped.value.id, plain.value.id);
    const ParsedItem<Meter> broken = MetadataParser::parseMeter(R"({"name":"Main"})", QStringLiteral("s"));
    QCOMPARE(broken.error.kind, ApiError::Kind::BadData);
}

void TestMetadataParser::refusedNumberTextsLeaveTheFieldEmpty_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("minus after plus") << QByteArray("+-5");
    QTest::newRow("plus after minus") << QByteArray("-+5");
    QTest::newRow("two plus signs") << QByteArray("++5");
    QTest::newRow("blank after sign") << QByteArray("+ 5");
    QTest::newRow("plus infinity") << QByteArray("+inf");
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("overflow") << QByteArray("1e400");
    QTest::newRow("underflow") << QByteArray("-1e-400");
    QTest::newRow("trailing text") << QByteArray("4250 m2");
    QTest::newRow("leading text") << QByteArray("m2 4250");
    QTest::newRow("hex") << QByteArray("0x10");
}

void TestMetadataParser::refusedNumberTextsLeaveTheFieldEmpty()
{
    // Site details and coordinates read through the QJsonDocument path: a refused text is "no value",
    // never a number the text did not say.
    QFETCH(QByteArray, text);
    const QByteArray detail =
        R"({"id":"s1","name":"Lyon","metadata":{"grossArea":")" + text + R"(","buildingOccupants":"120"}})";
    const ParsedItem<Site> site = MetadataParser::parseSite(detail);
    QVERIFY2(!site.error, qPrintable(site.error.details()));
    QVERIFY2(!site.value.grossAreaM2.has_value(),
             qPrintable(QString::number(site.value.grossAreaM2.value_or(0))));
    QCOMPARE(site.value.buildingOccupants.value_or(0), 120.0);
    const QByteArray list = R"([{"id":"s1","name":"Lyon","latitude":")" + text + R"(","longitude":"4.86"}])";
    const ParsedList<Site> sites = MetadataParser::parseSites(list);
    QVERIFY2(!sites.error, qPrintable(sites.error.details()));
    QCOMPARE(sites.items.size(), 1);
    QVERIFY(!sites.items.first().latitude.has_value());
    QCOMPARE(sites.items.first().longitude.value_or(0), 4.86);
}

QTEST_GUILESS_MAIN(TestMetadataParser)
#include "tst_metadataparser.moc"
