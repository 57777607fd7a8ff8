// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/scalartext.h"

#include <QDateTime>
#include <QTest>

using namespace meterscope;

// The scalar texts inside API bodies: numbers sent as strings and RFC 3339 timestamps. A value
// either parses exactly or is refused; nothing becomes a silent 0.
class TestScalarTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersParseStrictly_data();
    void numbersParseStrictly();
    void timestampsParseToUtc_data();
    void timestampsParseToUtc();
    void dateOnlyIsTheSameInstantAsItsMidnight_data();
    void dateOnlyIsTheSameInstantAsItsMidnight();
};

void TestScalarTextParser::numbersParseStrictly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("decimal") << QStringLiteral("12.5") << true << 12.5;
    QTest::newRow("integer") << QStringLiteral("3599") << true << 3599.0;
    QTest::newRow("negative") << QStringLiteral("-0.25") << true << -0.25;
    QTest::newRow("plus sign") << QStringLiteral("+4") << true << 4.0;
    QTest::newRow("exponent") << QStringLiteral("1e3") << true << 1000.0;
    QTest::newRow("blanks around") << QStringLiteral(" 7 ") << true << 7.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("comma decimal") << QStringLiteral("12,5") << false << 0.0;
    QTest::newRow("trailing text") << QStringLiteral("12.5 kWh") << false << 0.0;
    QTest::newRow("NaN") << QStringLiteral("NaN") << false << 0.0;
    QTest::newRow("infinity") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("overflow") << QStringLiteral("1e400") << false << 0.0;
    QTest::newRow("hex") << QStringLiteral("0x10") << false << 0.0;
    // Found by tests/fuzz/fuzz_scalartext (tests/data/fuzz/scalartext/plus-minus.txt): read as -400.
    QTest::newRow("plus then minus") << QStringLiteral("+-0400") << false << 0.0;
    QTest::newRow("two plus signs") << QStringLiteral("++4") << false << 0.0;
    QTest::newRow("non-ASCII digits") << QStringLiteral("١٢") << false << 0.0;
}

void TestScalarTextParser::numbersParseStrictly()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = -1;
    QCOMPARE(ScalarText::parseNumber(QStringView(text), &parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
    else
        QCOMPARE(parsed, -1.0); // untouched on failure
}

void TestScalarTextParser::timestampsParseToUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("dateOnlyZone");
    QTest::addColumn<QString>("expectedUtc"); // empty: refused
    QTest::newRow("Z") << QStringLiteral("2025-03-30T00:15:00Z") << QByteArray()
                       << QStringLiteral("2025-03-30T00:15:00.000Z");
    QTest::newRow("lower-case z") << QStringLiteral("2025-03-30t00:15:00z") << QByteArray()
                                  << QStringLiteral("2025-03-30T00:15:00.000Z");
    QTest::newRow("no seconds") << QStringLiteral("2025-03-30T00:15Z") << QByteArray()
                                << QStringLiteral("2025-03-30T00:15:00.000Z");
    QTest::newRow("1 fractional digit") << QStringLiteral("2025-03-30T00:15:00.5Z") << QByteArray()
                                        << QStringLiteral("2025-03-30T00:15:00.500Z");
    QTest::newRow("3 fractional digits") << QStringLiteral("2025-03-30T00:15:00.123Z") << QByteArray()
                                         << QStringLiteral("2025-03-30T00:15:00.123Z");
    QTest::newRow("9 fractional digits") << QStringLiteral("2025-03-30T00:15:00.123456789Z") << QByteArray()
                                         << QStringLiteral("2025-03-30T00:15:00.123Z");
    QTest::newRow("10 fractional digits")
        << QStringLiteral("2025-03-30T00:15:00.1234567891Z") << QByteArray() << QString();
    QTest::newRow("offset +05:30") << QStringLiteral("2025-03-30T05:45:00+05:30") << QByteArray()
                                   << QStringLiteral("2025-03-30T00:15:00.000Z");
    QTest::newRow("offset -0400") << QStringLiteral("2025-03-29T20:15:00-0400") << QByteArray()
                                  << QStringLiteral("2025-03-30T00:15:00.000Z");
    QTest::newRow("space separator") << QStringLiteral("2025-03-30 00:15:00Z") << QByteArray()
                                     << QStringLiteral("2025-03-30T00:15:00.000Z");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T12:00:00Z") << QByteArray()
                              << QStringLiteral("2024-02-29T12:00:00.000Z");
    QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z") << QByteArray()
                                 << QStringLiteral("2016-12-31T23:59:59.999Z");
    QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:00:00Z") << QByteArray()
                                 << QStringLiteral("1969-12-31T23:00:00.000Z");
    QTest::newRow("date only, UTC") << QStringLiteral("2025-03-30") << QByteArray()
                                    << QStringLiteral("2025-03-30T00:00:00.000Z");
    QTest::newRow("date only, Kolkata") << QStringLiteral("2025-03-30") << QByteArray("Asia/Kolkata")
                                        << QStringLiteral("2025-03-29T18:30:00.000Z");
    QTest::newRow("date only, Adelaide summer")
        << QStringLiteral("2025-01-15") << QByteArray("Australia/Adelaide")
        << QStringLiteral("2025-01-14T13:30:00.000Z");
    QTest::newRow("no offset") << QStringLiteral("2025-03-30T00:15:00") << QByteArray() << QString();
    QTest::newRow("29 February 2025") << QStringLiteral("2025-02-29T00:00:00Z") << QByteArray() << QString();
    QTest::newRow("month 13") << QStringLiteral("2025-13-01T00:00:00Z") << QByteArray() << QString();
    QTest::newRow("hour 24") << QStringLiteral("2025-03-30T24:00:00Z") << QByteArray() << QString();
    QTest::newRow("trailing text") << QStringLiteral("2025-03-30T00:15:00Zulu") << QByteArray() << QString();
    QTest::newRow("epoch number") << QStringLiteral("1743293700") << QByteArray() << QString();
    QTest::newRow("empty") << QString() << QByteArray() << QString();
}

void TestScalarTextParser::timestampsParseToUtc()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, dateOnlyZone);
    QFETCH(QString, expectedUtc);
    const QTimeZone zone = dateOnlyZone.isEmpty() ? QTimeZone() : QTimeZone(dateOnlyZone);
    qint64 utcMs = 0;
    const bool ok = ScalarText::parseTimestamp(QStringView(text), zone, &utcMs);
    QCOMPARE(ok, !expectedUtc.isEmpty());
    if (ok)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(utcMs).toUTC().toString(Qt::ISODateWithMs), expectedUtc);
}

// Found by tests/fuzz/fuzz_scalartext (tests/data/fuzz/scalartext/date-only-year-zero.txt): RFC 3339's
// year 0000 is a leap year that QDate does not have, and the date-only form of its days came out as
// 1970-01-01 instead of the same instant as "0000-01-01T00:00:00Z".
void TestScalarTextParser::dateOnlyIsTheSameInstantAsItsMidnight_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<qint64>("utcMs");
    QTest::newRow("year 0") << QStringLiteral("0000-01-01") << qint64(-62167219200000LL);
    QTest::newRow("year 0, after its leap day") << QStringLiteral("0000-03-01") << qint64(-62162035200000LL);
    QTest::newRow("year 0, blanks around") << QStringLiteral("\t0000-01-01\t") << qint64(-62167219200000LL);
    QTest::newRow("year 1") << QStringLiteral("0001-01-01") << qint64(-62135596800000LL);
    QTest::newRow("a day the Julian calendar skipped")
        << QStringLiteral("1582-10-10") << qint64(-12219724800000LL);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01") << qint64(0);
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31") << qint64(253402214400000LL);
}

void TestScalarTextParser::dateOnlyIsTheSameInstantAsItsMidnight()
{
    QFETCH(QString, date);
    QFETCH(qint64, utcMs);
    qint64 dateOnly = 0;
    QVERIFY(ScalarText::parseTimestamp(QStringView(date), QTimeZone(), &dateOnly));
    QCOMPARE(dateOnly, utcMs);
    qint64 midnight = 0;
    const QString explicitMidnight = date.trimmed() + QStringLiteral("T00:00:00Z");
    QVERIFY(ScalarText::parseTimestamp(QStringView(explicitMidnight), QTimeZone(), &midnight));
    QCOMPARE(dateOnly, midnight);
    // In a site's zone, the same day starts within that zone's offset of the UTC midnight.
    qint64 kolkata = 0;
    QVERIFY(ScalarText::parseTimestamp(QStringView(date), QTimeZone("Asia/Kolkata"), &kolkata));
    QVERIFY2(qAbs(kolkata - utcMs) <= 6 * 3600 * 1000LL, qPrintable(QString::number(kolkata - utcMs)));
}

QTEST_GUILESS_MAIN(TestScalarTextParser)
#include "tst_scalartextparser.moc"
