// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/seriesparser.h"

#include <QDateTime>
#include <QTest>

using namespace meterscope;

// Time-series bodies in every shape of api-contract.md §6 must parse to the same points.
class TestSeriesParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShapeGivesTheSamePoints_data();
    void everyShapeGivesTheSamePoints();
    void dateOnlyDatesStartAtTheSitesLocalMidnight();
    void duplicatesKeepTheLatestCorrection();
    void unusablePointsAreCountedNullsAreGaps();
    void brokenBodiesAreBadData_data();
    void brokenBodiesAreBadData();
    void seriesWithoutKeyOrValuesIsSkipped();
    void oneMeterYearParses();
    void refusedScalarTextsAreIgnoredPoints_data();
    void refusedScalarTextsAreIgnoredPoints();
    void aDateWhoseMidnightIsSkippedStartsAtItsFirstInstant();
};

namespace {

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

const QByteArray kDefault =
    R"([{"key":"k1","meterId":"m1","measurementId":"61773","name":"ActiveEnergy","unit":"kWh",
  "commodity":"Electricity","interval":"15min","values":[
  {"date":"2025-03-30T00:00:00Z","value":12.5,"updatedAt":"2025-03-30T00:20:11Z"},
  {"date":"2025-03-30T00:15:00Z","value":7,"updatedAt":"2025-03-30T00:35:11Z"},
  {"date":"2025-03-30T01:00:00Z","value":0.25,"updatedAt":"2025-03-30T01:20:00Z"}]}])";

} // namespace

void TestSeriesParser::everyShapeGivesTheSamePoints_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("default") << kDefault;
    QTest::newRow("BOM") << ("\xEF\xBB\xBF" + kDefault);
    QTest::newRow("items envelope") << (R"({"items":)" + kDefault +
                                        R"(,"totalCount":1,"offset":0,"limit":50})");
    QTest::newRow("named key") << (R"({"series":)" + kDefault + "}");
    QTest::newRow("single series object") << kDefault.mid(1, kDefault.size() - 2);
    QTest::newRow("numbers as strings")
        << QByteArray(kDefault).replace("12.5", "\"12.5\"").replace(":7,", ":\"7\",");
    QTest::newRow("nanosecond fractions")
        << QByteArray(kDefault).replace(":00Z", ":00.000000000Z").replace(":11Z", ":11.000000000Z");
    QTest::newRow("millisecond fractions and offsets")
        << QByteArray(kDefault).replace("2025-03-30T01:00:00Z", "2025-03-30T03:00:00.000+02:00");
    QTest::newRow("upper-case enums") << QByteArray(kDefault).replace("Electricity", "ELECTRICITY");
    QTest::newRow("missing unit") << QByteArray(kDefault).replace(R"("unit":"kWh",)", "");
    QTest::newRow("null values are gaps") << QByteArray(kDefault).replace(
        R"({"date":"2025-03-30T01:00:00Z")",
        R"({"date":"2025-03-30T00:30:00Z","value":null},{"date":"2025-03-30T01:00:00Z")");
    QTest::newRow("duplicates and unsorted") << QByteArray(
        R"([{"key":"k1","meterId":"m1","measurementId":"61773","name":"ActiveEnergy","unit":"kWh",
  "commodity":"Electricity","interval":"15min","values":[
  {"date":"2025-03-30T01:00:00Z","value":0.25,"updatedAt":"2025-03-30T01:20:00Z"},
  {"date":"2025-03-30T00:15:00Z","value":7,"updatedAt":"2025-03-30T00:35:11Z"},
  {"date":"2025-03-30T00:00:00Z","value":12.5,"updatedAt":"2025-03-30T00:20:11Z"},
  {"date":"2025-03-30T00:15:00Z","value":7,"updatedAt":"2025-03-30T00:35:11Z"},
  {"date":"2025-03-30T01:00:00Z","value":0.25,"updatedAt":"2025-03-30T01:20:00Z"}]}])");
    QTest::newRow("unknown fields") << QByteArray(kDefault).replace(
        R"("key":"k1",)", R"("key":"k1","quality":{"a":[1,2]},"source":"x",)");
}

void TestSeriesParser::everyShapeGivesTheSamePoints()
{
    QFETCH(QByteArray, body);
    const ParsedList<Series> parsed = SeriesParser::parse(body);
    QVERIFY2(!parsed.error, qPrintable(parsed.error.details()));
    QCOMPARE(parsed.items.size(), 1);
    const Series &s = parsed.items.first();
    QCOMPARE(s.key, QStringLiteral("k1"));
    QCOMPARE(s.meterId, QStringLiteral("m1"));
    QCOMPARE(s.measurementId, QStringLiteral("61773"));
    QCOMPARE(s.unit, QStringLiteral("kWh"));
    QCOMPARE(s.commodity, Commodity::Electricity);
    QCOMPARE(s.ignoredPoints, 0);
    const std::vector<qint64> times{ms("2025-03-30T00:00:00Z"), ms("2025-03-30T00:15:00Z"),
                                    ms("2025-03-30T01:00:00Z")};
    QCOMPARE(s.utcMs, times);
    QCOMPARE(s.values, (std::vector<double>{12.5, 7.0, 0.25}));
    QCOMPARE(s.updatedAtUtcMs.size(), size_t(3));
    QCOMPARE(s.updatedAtUtcMs.front(), ms("2025-03-30T00:20:11Z"));
}

void TestSeriesParser::dateOnlyDatesStartAtTheSitesLocalMidnight()
{
    const QByteArray body = R"({"key":"d","interval":"daily","values":[{"date":"2025-03-30","value":1},
        {"date":"2025-03-31","value":2},{"date":"2025-03-29T23:00:00Z","value":3}]})";
    const ParsedList<Series> paris = SeriesParser::parse(body, QTimeZone("Europe/Paris"));
    QCOMPARE(paris.items.size(), 1);
    // 30 March 2025 is the spring-forward day in Paris: midnight is +01:00, the next one +02:00.
    // The explicit UTC instant of the same midnight replaces the date-only duplicate (later in the body).
    QCOMPARE(paris.items.first().utcMs,
             (std::vector<qint64>{ms("2025-03-29T23:00:00Z"), ms("2025-03-30T22:00:00Z")}));
    QCOMPARE(paris.items.first().values, (std::vector<double>{3, 2}));
    const ParsedList<Series> utc = SeriesParser::parse(body);
    QCOMPARE(utc.items.first().utcMs.front(), ms("2025-03-29T23:00:00Z"));
    QCOMPARE(utc.items.first().utcMs.at(1), ms("2025-03-30T00:00:00Z"));
}

void TestSeriesParser::duplicatesKeepTheLatestCorrection()
{
    const QByteArray body = R"({"key":"k","values":[
        {"date":"2025-01-01T00:15:00Z","value":5,"updatedAt":"2025-01-03T00:00:00Z"},
        {"date":"2025-01-01T00:00:00Z","value":1,"updatedAt":"2025-01-01T00:20:00Z"},
        {"date":"2025-01-01T00:15:00Z","value":4,"updatedAt":"2025-01-01T00:35:00Z"},
        {"date":"2025-01-01T00:00:00Z","value":2,"updatedAt":"2025-01-01T00:20:00Z"}]})";
    const Series s = SeriesParser::parse(body).items.first();
    QCOMPARE(s.values, (std::vector<double>{2, 5})); // same updatedAt: the later in the body; else the latest
    QCOMPARE(s.updatedAtUtcMs.back(), ms("2025-01-03T00:00:00Z"));
}

void TestSeriesParser::unusablePointsAreCountedNullsAreGaps()
{
    const QByteArray body = R"({"key":"k","values":[
        {"date":"2025-01-01T00:00:00Z","value":1},
        {"date":"2025-01-01T00:15:00Z","value":null},
        {"date":"2025-01-01T00:30:00Z","value":"n/a"},
        {"date":"2025-01-01T00:45:00","value":3},
        {"date":"yesterday","value":4},
        {"value":5},
        {"date":"2025-01-01T01:00:00Z","value":true},
        {"date":"2025-01-01T01:15:00Z","value":"1e3"}]})";
    const Series s = SeriesParser::parse(body).items.first();
    QCOMPARE(s.values, (std::vector<double>{1, 1000}));
    QCOMPARE(s.ignoredPoints, 5);
}

void TestSeriesParser::brokenBodiesAreBadData_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("bad JSON") << QByteArray(R"([{"key":"k","values":[{"date":)");
    QTest::newRow("truncated") << kDefault.left(kDefault.size() / 2);
    QTest::newRow("not UTF-8") << QByteArray(kDefault).replace("ActiveEnergy", "Active\xC3\x28nergy");
    QTest::newRow("HTML") << QByteArray("<html>oops</html>");
    QTest::newRow("no series") << QByteArray(R"({"status":"ok"})");
    QTest::newRow("NaN") << QByteArray(
        R"({"key":"k","values":[{"date":"2025-01-01T00:00:00Z","value":NaN}]})");
}

void TestSeriesParser::brokenBodiesAreBadData()
{
    QFETCH(QByteArray, body);
    const ParsedList<Series> parsed = SeriesParser::parse(body);
    QCOMPARE(parsed.error.kind, ApiError::Kind::BadData);
    QVERIFY(parsed.items.isEmpty());
}

void TestSeriesParser::seriesWithoutKeyOrValuesIsSkipped()
{
    const QByteArray body = R"([{"key":"a","values":[]},{"name":"no key","values":[]},{"key":"c"},
                               {"meterId":"m","measurementId":"61773","values":[]}])";
    const ParsedList<Series> parsed = SeriesParser::parse(body);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.skipped, 2);
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.items.at(1).key, QStringLiteral("m/61773")); // derived from meter and measurement
}

void TestSeriesParser::oneMeterYearParses()
{
    QByteArray body = R"({"key":"year","values":[)";
    const qint64 start = ms("2025-01-01T00:00:00Z");
    constexpr int kPoints = 35040;
    for (int i = 0; i < kPoints; ++i) {
        if (i)
            body += ',';
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 900000, QTimeZone::utc());
        body += R"({"date":")" + t.toString(Qt::ISODate).toLatin1() + R"(","value":)" +
                QByteArray::number(i % 97) + '}';
    }
    body += "]}";
    const ParsedList<Series> parsed = SeriesParser::parse(body);
    QVERIFY(!parsed.error);
    const Series &s = parsed.items.first();
    QCOMPARE(s.size(), kPoints);
    QCOMPARE(s.utcMs.back(), start + qint64(kPoints - 1) * 900000);
    QCOMPARE(s.values.at(200), double(200 % 97));
}

void TestSeriesParser::refusedScalarTextsAreIgnoredPoints_data()
{
    // One point written the way the API might botch it, after a real point at 1970-01-01T00:00:00Z (the
    // instant a date parsed as "invalid" used to land on, replacing the real point as its duplicate).
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("year 0, date only") << QByteArray(R"("0000-01-01")") << QByteArray("2") << QByteArray();
    QTest::newRow("year 0, date only, Paris")
        << QByteArray(R"("0000-01-01")") << QByteArray("2") << QByteArray("Europe/Paris");
    QTest::newRow("year 0") << QByteArray(R"("0000-01-01T00:00:00Z")") << QByteArray("2") << QByteArray();
    QTest::newRow("day skipped in Apia")
        << QByteArray(R"("2011-12-30")") << QByteArray("2") << QByteArray("Pacific/Apia");
    QTest::newRow("month 13") << QByteArray(R"("1970-13-01")") << QByteArray("2") << QByteArray();
    QTest::newRow("day 32") << QByteArray(R"("1970-01-32T00:00:00Z")") << QByteArray("2") << QByteArray();
    QTest::newRow("hour 24") << QByteArray(R"("1970-01-01T24:00:00Z")") << QByteArray("2") << QByteArray();
    QTest::newRow("second 60 inside the day")
        << QByteArray(R"("1970-01-01T00:14:60Z")") << QByteArray("2") << QByteArray();
    QTest::newRow("fraction without seconds")
        << QByteArray(R"("1970-01-01T00:15.5Z")") << QByteArray("2") << QByteArray();
    QTest::newRow("minus after plus")
        << QByteArray(R"("1970-01-01T00:15:00Z")") << QByteArray(R"("+-5")") << QByteArray();
    QTest::newRow("plus infinity") << QByteArray(R"("1970-01-01T00:15:00Z")") << QByteArray(R"("+inf")")
                                   << QByteArray();
    QTest::newRow("overflow in a string")
        << QByteArray(R"("1970-01-01T00:15:00Z")") << QByteArray(R"("1e400")") << QByteArray();
    QTest::newRow("leading text") << QByteArray(R"("1970-01-01T00:15:00Z")") << QByteArray(R"("kWh 5")")
                                  << QByteArray();
}

void TestSeriesParser::refusedScalarTextsAreIgnoredPoints()
{
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, zone);
    const QByteArray body = R"({"key":"k","values":[{"date":"1970-01-01T00:00:00Z","value":1},)"
                            R"({"date":)" +
                            date + R"(,"value":)" + value + "}]}";
    const ParsedList<Series> parsed =
        SeriesParser::parse(body, zone.isEmpty() ? QTimeZone() : QTimeZone(zone));
    QVERIFY2(!parsed.error, qPrintable(parsed.error.details()));
    QCOMPARE(parsed.items.size(), 1);
    const Series &s = parsed.items.first();
    QCOMPARE(s.ignoredPoints, 1);
    QCOMPARE(s.utcMs, std::vector<qint64>{0});
    QCOMPARE(s.values, std::vector<double>{1});
}

void TestSeriesParser::aDateWhoseMidnightIsSkippedStartsAtItsFirstInstant()
{
    // Chile moved its clocks from 00:00 to 01:00 on 11 September 2022: that day began at 01:00 -03.
    const QByteArray body = R"({"key":"d","interval":"daily","values":[{"date":"2022-09-10","value":1},
        {"date":"2022-09-11","value":2},{"date":"2022-09-12","value":3}]})";
    const ParsedList<Series> parsed = SeriesParser::parse(body, QTimeZone("America/Santiago"));
    QCOMPARE(parsed.items.size(), 1);
    const Series &s = parsed.items.first();
    QCOMPARE(s.ignoredPoints, 0);
    QCOMPARE(s.utcMs, (std::vector<qint64>{ms("2022-09-10T04:00:00Z"), ms("2022-09-11T04:00:00Z"),
                                           ms("2022-09-12T03:00:00Z")}));
    QCOMPARE(s.values, (std::vector<double>{1, 2, 3}));
}

QTEST_GUILESS_MAIN(TestSeriesParser)
#include "tst_seriesparser.moc"
