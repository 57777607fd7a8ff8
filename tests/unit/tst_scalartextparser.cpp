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
    QTest::newRow("minus after plus") << QStringLiteral("+-5") << false << 0.0;
    QTest::newRow("plus after minus") << QStringLiteral("-+5") << false << 0.0;
    QTest::newRow("two plus signs") << QStringLiteral("++5") << false << 0.0;
    QTest::newRow("two minus signs") << QStringLiteral("--5") << false << 0.0;
    QTest::newRow("blank after plus") << QStringLiteral("+ 5") << false << 0.0;
    QTest::newRow("blank after minus") << QStringLiteral("- 5") << false << 0.0;
    QTest::newRow("plus alone") << QStringLiteral("+") << false << 0.0;
    QTest::newRow("minus alone") << QStringLiteral("-") << false << 0.0;
    QTest::newRow("blanks only") << QStringLiteral(" \t ") << false << 0.0;
    QTest::newRow("plus infinity") << QStringLiteral("+inf") << false << 0.0;
    QTest::newRow("minus infinity") << QStringLiteral("-infinity") << false << 0.0;
    QTest::newRow("plus NaN") << QStringLiteral("+nan") << false << 0.0;
    QTest::newRow("NaN with payload") << QStringLiteral("nan(1)") << false << 0.0;
    QTest::newRow("negative overflow") << QStringLiteral("-1e400") << false << 0.0;
    QTest::newRow("huge exponent") << QStringLiteral("1e99999999999999999999") << false << 0.0;
    QTest::newRow("too many digits for a double")
        << (QStringLiteral("1") + QString(400, QLatin1Char('0'))) << false << 0.0;
    QTest::newRow("underflow") << QStringLiteral("1e-400") << false << 0.0;
    QTest::newRow("largest double") << QStringLiteral("1.7976931348623157e308") << true
                                    << 1.7976931348623157e308;
    QTest::newRow("signed exponent") << QStringLiteral("+2.5e-3") << true << 0.0025;
    QTest::newRow("exponent without digits") << QStringLiteral("1e") << false << 0.0;
    QTest::newRow("exponent sign without digits") << QStringLiteral("1e+") << false << 0.0;
    QTest::newRow("hex float") << QStringLiteral("0x1p3") << false << 0.0;
    QTest::newRow("leading text") << QStringLiteral("kWh 12.5") << false << 0.0;
    QTest::newRow("two numbers") << QStringLiteral("12 5") << false << 0.0;
    QTest::newRow("thousands separator") << QStringLiteral("1,000") << false << 0.0;
    QTest::newRow("embedded NUL") << QString(QStringLiteral("5\0") + QStringLiteral("9")) << false << 0.0;
    QTest::newRow("Unicode minus") << QStringLiteral("\u22125") << false << 0.0;
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
    // The UTF-8 path (simdjson's strings) gives the same answer.
    const QByteArray utf8 = text.toUtf8();
    double viaUtf8 = -1;
    QCOMPARE(ScalarText::parseNumber(std::string_view(utf8.constData(), size_t(utf8.size())), &viaUtf8), ok);
    QCOMPARE(viaUtf8, parsed);
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
    // Year 0 does not exist in the calendar local dates are computed in; a date-only 0000-01-01 used to
    // become 1970-01-01 (an invalid date turned into epoch 0).
    QTest::newRow("year 0, date only") << QStringLiteral("0000-01-01") << QByteArray() << QString();
    QTest::newRow("year 0, date only, Paris")
        << QStringLiteral("0000-01-01") << QByteArray("Europe/Paris") << QString();
    QTest::newRow("year 0") << QStringLiteral("0000-01-01T00:00:00Z") << QByteArray() << QString();
    QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00Z") << QByteArray()
                            << QStringLiteral("0001-01-01T00:00:00.000Z");
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31T23:59:59Z") << QByteArray()
                               << QStringLiteral("9999-12-31T23:59:59.000Z");
    // Where the clocks skip midnight, the local day starts at the first instant after the jump.
    QTest::newRow("date only, midnight skipped in Santiago")
        << QStringLiteral("2022-09-11") << QByteArray("America/Santiago")
        << QStringLiteral("2022-09-11T04:00:00.000Z");
    QTest::newRow("date only, midnight skipped in Beirut")
        << QStringLiteral("2023-03-26") << QByteArray("Asia/Beirut")
        << QStringLiteral("2023-03-25T22:00:00.000Z");
    // Samoa skipped 30 December 2011 altogether: that local date never began.
    QTest::newRow("date only, day skipped in Apia")
        << QStringLiteral("2011-12-30") << QByteArray("Pacific/Apia") << QString();
    QTest::newRow("date only, month 13") << QStringLiteral("2025-13-01") << QByteArray() << QString();
    QTest::newRow("date only, month 0") << QStringLiteral("2025-00-10") << QByteArray() << QString();
    QTest::newRow("date only, day 32") << QStringLiteral("2025-01-32") << QByteArray() << QString();
    QTest::newRow("date only, day 0") << QStringLiteral("2025-01-00") << QByteArray() << QString();
    QTest::newRow("31 April") << QStringLiteral("2025-04-31T00:00:00Z") << QByteArray() << QString();
    QTest::newRow("29 February 2100") << QStringLiteral("2100-02-29") << QByteArray() << QString();
    QTest::newRow("29 February 2000")
        << QStringLiteral("2000-02-29") << QByteArray() << QStringLiteral("2000-02-29T00:00:00.000Z");
    QTest::newRow("minute 60") << QStringLiteral("2025-03-30T00:60:00Z") << QByteArray() << QString();
    QTest::newRow("second 61") << QStringLiteral("2025-03-30T00:15:61Z") << QByteArray() << QString();
    // A leap second is the last second of a UTC day, whatever offset writes it.
    QTest::newRow("leap second with an offset") << QStringLiteral("2017-01-01T00:59:60+01:00") << QByteArray()
                                                << QStringLiteral("2016-12-31T23:59:59.999Z");
    QTest::newRow("leap second with a fraction") << QStringLiteral("2016-12-31T23:59:60.5Z") << QByteArray()
                                                 << QStringLiteral("2016-12-31T23:59:59.999Z");
    QTest::newRow("second 60 inside the day")
        << QStringLiteral("2025-03-30T12:34:60Z") << QByteArray() << QString();
    QTest::newRow("second 60 at local midnight")
        << QStringLiteral("2016-12-31T23:59:60+01:00") << QByteArray() << QString();
    QTest::newRow("fraction without seconds")
        << QStringLiteral("2025-03-30T00:15.5Z") << QByteArray() << QString();
    QTest::newRow("empty fraction") << QStringLiteral("2025-03-30T00:15:00.Z") << QByteArray() << QString();
    QTest::newRow("one-digit hour") << QStringLiteral("2025-03-30T0:15:00Z") << QByteArray() << QString();
    QTest::newRow("signed year") << QStringLiteral("+2025-03-30T00:15:00Z") << QByteArray() << QString();
    QTest::newRow("negative year") << QStringLiteral("-2025-03-30T00:15:00Z") << QByteArray() << QString();
    QTest::newRow("five-digit year") << QStringLiteral("12025-03-30T00:15:00Z") << QByteArray() << QString();
    QTest::newRow("leading text") << QStringLiteral("on 2025-03-30T00:15:00Z") << QByteArray() << QString();
    QTest::newRow("date only, trailing text") << QStringLiteral("2025-03-30x") << QByteArray() << QString();
    QTest::newRow("date only with Z") << QStringLiteral("2025-03-30Z") << QByteArray() << QString();
    QTest::newRow("offset +24:00") << QStringLiteral("2025-03-30T00:15:00+24:00") << QByteArray()
                                   << QString();
    QTest::newRow("offset minutes 60")
        << QStringLiteral("2025-03-30T00:15:00+05:60") << QByteArray() << QString();
    QTest::newRow("offset with two signs")
        << QStringLiteral("2025-03-30T00:15:00+-05:00") << QByteArray() << QString();
    QTest::newRow("offset sign alone") << QStringLiteral("2025-03-30T00:15:00+") << QByteArray() << QString();
    QTest::newRow("offset with one minute digit")
        << QStringLiteral("2025-03-30T00:15:00+05:3") << QByteArray() << QString();
    QTest::newRow("blanks around") << QStringLiteral(" 2025-03-30T00:15:00Z\t") << QByteArray()
                                   << QStringLiteral("2025-03-30T00:15:00.000Z");
}

void TestScalarTextParser::timestampsParseToUtc()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, dateOnlyZone);
    QFETCH(QString, expectedUtc);
    const QTimeZone zone = dateOnlyZone.isEmpty() ? QTimeZone() : QTimeZone(dateOnlyZone);
    QVERIFY(dateOnlyZone.isEmpty() || zone.isValid());
    constexpr qint64 kUntouched = -1;
    qint64 utcMs = kUntouched;
    const bool ok = ScalarText::parseTimestamp(QStringView(text), zone, &utcMs);
    QCOMPARE(ok, !expectedUtc.isEmpty());
    if (ok)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(utcMs).toUTC().toString(Qt::ISODateWithMs), expectedUtc);
    else
        QCOMPARE(utcMs, kUntouched);
    // The UTF-8 path (simdjson's strings) gives the same answer.
    const QByteArray utf8 = text.toUtf8();
    qint64 viaUtf8 = kUntouched;
    QCOMPARE(
        ScalarText::parseTimestamp(std::string_view(utf8.constData(), size_t(utf8.size())), zone, &viaUtf8),
        ok);
    QCOMPARE(viaUtf8, utcMs);
}

// A date-only day is the same instant as its explicit UTC midnight. Found by tests/fuzz/fuzz_scalartext
// (tests/data/fuzz/scalartext/date-only-year-zero.txt): a date-only 0000-01-01 came out as 1970-01-01;
// year 0 is now refused in both forms (see the refused rows above).
void TestScalarTextParser::dateOnlyIsTheSameInstantAsItsMidnight_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<qint64>("utcMs");
    QTest::newRow("blanks around") << QStringLiteral("\t0001-03-01\t") << qint64(-62130499200000LL);
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
