// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/displayunit.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace meterscope;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kGerman(QLocale::German, QLocale::Germany);
} // namespace

class TestDisplayUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalesWithinTheUnitsFamily_data();
    void scalesWithinTheUnitsFamily();
    void neverTurnsOneQuantityIntoAnother();
    void scalesForTheLargestValueOfASet();
    void keepsTheApiUnitForMachines();
    void formatsWithTheLocalesGrouping_data();
    void formatsWithTheLocalesGrouping();
    void showsAtLeastFourSignificantDigits_data();
    void showsAtLeastFourSignificantDigits();
    void axisDecimalsTellTicksApart_data();
    void axisDecimalsTellTicksApart();
    void cubicMetresReadAsSuperscript_data();
    void cubicMetresReadAsSuperscript();
};

void TestDisplayUnit::scalesWithinTheUnitsFamily_data()
{
    QTest::addColumn<QString>("apiUnit");
    QTest::addColumn<double>("magnitude");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("factor");

    QTest::newRow("zero-stays") << "kWh" << 0.0 << "kWh" << 1.0;
    QTest::newRow("just-below-ten-thousand-stays") << "kWh" << 9999.99 << "kWh" << 1.0;
    QTest::newRow("ten-thousand-kWh-is-10-MWh") << "kWh" << 10000.0 << "MWh" << 1e3;
    QTest::newRow("negative-counts-by-size") << "kWh" << -10000.0 << "MWh" << 1e3;
    QTest::newRow("1.5-million-kWh-is-MWh") << "kWh" << 1.5e6 << "MWh" << 1e3;
    QTest::newRow("just-below-ten-thousand-MWh") << "kWh" << 9.99e6 << "MWh" << 1e3;
    QTest::newRow("ten-thousand-MWh-is-GWh") << "kWh" << 1e7 << "GWh" << 1e6;
    QTest::newRow("TWh") << "kWh" << 1e10 << "TWh" << 1e9;
    QTest::newRow("TWh-is-the-top") << "kWh" << 1e20 << "TWh" << 1e9;
    QTest::newRow("Wh-to-kWh") << "Wh" << 1.5e6 << "kWh" << 1e3;
    QTest::newRow("Wh-stays") << "Wh" << 9999.0 << "Wh" << 1.0;
    QTest::newRow("MWh-never-scaled-down") << "MWh" << 0.002 << "MWh" << 1.0;
    QTest::newRow("capital-K-reads-kWh") << "KWH" << 5.0 << "kWh" << 1.0;
    QTest::newRow("capital-K-scaled") << "KWH" << 20000.0 << "MWh" << 1e3;
    QTest::newRow("power-kW-to-MW") << "kW" << 25000.0 << "MW" << 1e3;
    QTest::newRow("power-W-to-kW") << "W" << 12000.0 << "kW" << 1e3;
    QTest::newRow("reactive-energy-kVArh") << "kVArh" << 50000.0 << "MVArh" << 1e3;
    QTest::newRow("reactive-energy-keeps-spelling") << "kvarh" << 50000.0 << "Mvarh" << 1e3;
    QTest::newRow("reactive-power-kvar") << "kvar" << 50000.0 << "Mvar" << 1e3;
    QTest::newRow("apparent-energy-kVAh") << "kVAh" << 50000.0 << "MVAh" << 1e3;
    QTest::newRow("apparent-power-kVA") << "kVA" << 50000.0 << "MVA" << 1e3;
    QTest::newRow("heat-GJ-to-TJ") << "GJ" << 20000.0 << "TJ" << 1e3;
    QTest::newRow("litres-stay") << "L" << 9999.0 << "L" << 1.0;
    QTest::newRow("litres-to-cubic-metres") << "L" << 25000.0 << "m³" << 1e3;
    QTest::newRow("lower-case-litres") << "l" << 25000.0 << "m³" << 1e3;
    QTest::newRow("cubic-metres-are-the-top") << "m3" << 1e9 << "m³" << 1.0;
    QTest::newRow("cubic-metres-superscript-input") << "m³" << 1e9 << "m³" << 1.0;
    QTest::newRow("therm-unknown") << "therm" << 1e9 << "therm" << 1.0;
    QTest::newRow("milli-prefix-unknown") << "mWh" << 1e9 << "mWh" << 1.0;
    QTest::newRow("no-unit") << "" << 1e9 << "" << 1.0;
    QTest::newRow("percent") << "%" << 1e9 << "%" << 1.0;
    QTest::newRow("intensity-not-scaled") << "kWh/m2" << 1e9 << "kWh/m2" << 1.0;
    QTest::newRow("flow-not-scaled-but-readable") << "m3/h" << 1e9 << "m³/h" << 1.0;
    QTest::newRow("normal-cubic-metres") << "Nm3" << 1e9 << "Nm³" << 1.0;
    QTest::newRow("emissions-unknown") << "kgCO2e" << 1e9 << "kgCO2e" << 1.0;
    QTest::newRow("nan-magnitude") << "kWh" << std::numeric_limits<double>::quiet_NaN() << "kWh" << 1.0;
    QTest::newRow("infinite-magnitude") << "kWh" << std::numeric_limits<double>::infinity() << "kWh" << 1.0;
}

void TestDisplayUnit::scalesWithinTheUnitsFamily()
{
    QFETCH(QString, apiUnit);
    QFETCH(double, magnitude);
    QFETCH(QString, text);
    QFETCH(double, factor);
    const DisplayUnit unit = DisplayUnit::forMagnitude(apiUnit, magnitude);
    QCOMPARE(unit.text(), text);
    QCOMPARE(unit.factor(), factor);
    QCOMPARE(unit.isScaled(), factor != 1.0);
    QCOMPARE(unit.apiUnit(), apiUnit);
}

void TestDisplayUnit::neverTurnsOneQuantityIntoAnother()
{
    // Whatever the magnitude, energy stays energy of the same kind, volume stays volume.
    const auto texts = [](std::initializer_list<const char *> utf8) {
        QStringList out;
        for (const char *text : utf8)
            out.append(QString::fromUtf8(text));
        return out;
    };
    const QList<QPair<QString, QStringList>> families{
        {QStringLiteral("kWh"), texts({"kWh", "MWh", "GWh", "TWh"})},
        {QStringLiteral("Wh"), texts({"Wh", "kWh", "MWh", "GWh", "TWh"})},
        {QStringLiteral("kW"), texts({"kW", "MW", "GW", "TW"})},
        {QStringLiteral("kvarh"), texts({"kvarh", "Mvarh", "Gvarh", "Tvarh"})},
        {QStringLiteral("GJ"), texts({"GJ", "TJ"})},
        {QStringLiteral("m3"), texts({"m³"})},
        {QStringLiteral("L"), texts({"L", "m³"})},
        {QStringLiteral("therm"), texts({"therm"})},
    };
    for (const auto &[apiUnit, allowed] : families) {
        for (int exponent = -3; exponent <= 18; ++exponent) {
            const DisplayUnit unit = DisplayUnit::forMagnitude(apiUnit, std::pow(10.0, exponent));
            QVERIFY2(
                allowed.contains(unit.text()),
                qPrintable(
                    QStringLiteral("%1 at 1e%2 shown as %3").arg(apiUnit).arg(exponent).arg(unit.text())));
            const double steps = std::log10(unit.factor()) / 3;
            QCOMPARE(steps, std::round(steps)); // a power of a thousand, never a conversion factor
        }
    }
}

void TestDisplayUnit::scalesForTheLargestValueOfASet()
{
    const std::vector<double> values{12.0, -2'500'000.0, std::numeric_limits<double>::quiet_NaN(), 900'000.0};
    QCOMPARE(DisplayUnit::largestMagnitude(values), 2'500'000.0);
    QCOMPARE(DisplayUnit::forValues(QStringLiteral("kWh"), values).text(), QStringLiteral("MWh"));
    QCOMPARE(DisplayUnit::forValues(QStringLiteral("kWh"), {}).text(), QStringLiteral("kWh"));
    QCOMPARE(DisplayUnit::forValues(QStringLiteral("kWh"), {9000.0, -9999.0}).text(), QStringLiteral("kWh"));
}

void TestDisplayUnit::keepsTheApiUnitForMachines()
{
    const DisplayUnit water = DisplayUnit::unscaled(QStringLiteral("m3"));
    QCOMPARE(water.text(), QStringLiteral("m³"));
    QCOMPARE(water.apiUnit(), QStringLiteral("m3"));
    QCOMPARE(water.factor(), 1.0);
    const DisplayUnit energy = DisplayUnit::forMagnitude(QStringLiteral("kWh"), 2e6);
    QCOMPARE(energy.apiUnit(), QStringLiteral("kWh"));
    QCOMPARE(energy.toDisplay(2e6), 2000.0);
    QCOMPARE(DisplayUnit().text(), QString());
    QCOMPARE(DisplayUnit().factor(), 1.0);
}

void TestDisplayUnit::formatsWithTheLocalesGrouping_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("apiUnit");
    QTest::addColumn<double>("magnitude"); // what the unit is chosen for
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    const QString frGroup = kFrench.groupSeparator(); // a narrow no-break space in CLDR
    QVERIFY(!frGroup.isEmpty() && frGroup != u"," && frGroup != u".");

    QTest::newRow("en-unscaled-grouped") << kEnglish << "kWh" << 0.0 << 101018.4 << "101,018 kWh";
    QTest::newRow("fr-unscaled-grouped")
        << kFrench << "kWh" << 0.0 << 101018.4
        << QString(QStringLiteral("101") + frGroup + QStringLiteral("018 kWh"));
    QTest::newRow("de-unscaled-grouped") << kGerman << "kWh" << 0.0 << 101018.4 << "101.018 kWh";
    QTest::newRow("en-MWh") << kEnglish << "kWh" << 1.5e6 << 1'500'000.0 << "1,500 MWh";
    QTest::newRow("fr-MWh") << kFrench << "kWh" << 1.5e6 << 1'500'000.0
                            << QString(QStringLiteral("1") + frGroup + QStringLiteral("500 MWh"));
    QTest::newRow("de-MWh") << kGerman << "kWh" << 1.5e6 << 1'500'000.0 << "1.500 MWh";
    QTest::newRow("en-MWh-decimals") << kEnglish << "kWh" << 1.5e6 << 101018.0 << "101.0 MWh";
    QTest::newRow("fr-MWh-decimals") << kFrench << "kWh" << 1.5e6 << 101018.0 << "101,0 MWh";
    QTest::newRow("de-MWh-decimals") << kGerman << "kWh" << 1.5e6 << 101018.0 << "101,0 MWh";
    QTest::newRow("en-small-in-MWh") << kEnglish << "kWh" << 1.5e6 << 500.0 << "0.500 MWh";
    QTest::newRow("en-negative-reset") << kEnglish << "kWh" << 98765.0 << -98765.0 << "-98.77 MWh";
    QTest::newRow("de-negative-reset") << kGerman << "kWh" << 98765.0 << -98765.0 << "-98,77 MWh";
    QTest::newRow("en-negative-grouped") << kEnglish << "kWh" << 0.0 << -9876.0 << "-9,876 kWh";
    QTest::newRow("en-zero") << kEnglish << "kWh" << 0.0 << 0.0 << "0.000 kWh";
    QTest::newRow("en-tiny-negative-is-zero") << kEnglish << "kWh" << 0.0 << -0.0004 << "0.000 kWh";
    QTest::newRow("en-cubic-metres") << kEnglish << "m3" << 1e9 << 1'234'567.0 << "1,234,567 m³";
    QTest::newRow("de-cubic-metres") << kGerman << "m3" << 1e9 << 1'234'567.0 << "1.234.567 m³";
    QTest::newRow("en-litres-as-cubic-metres") << kEnglish << "L" << 25000.0 << 25000.0 << "25.00 m³";
    QTest::newRow("en-no-unit") << kEnglish << "" << 0.0 << 5.0 << "5.000";
    QTest::newRow("en-unknown-unit-grouped") << kEnglish << "therm" << 1e9 << 123456.0 << "123,456 therm";
}

void TestDisplayUnit::formatsWithTheLocalesGrouping()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, apiUnit);
    QFETCH(double, magnitude);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(DisplayUnit::forMagnitude(apiUnit, magnitude).format(value, locale), expected);
}

void TestDisplayUnit::showsAtLeastFourSignificantDigits_data()
{
    QTest::addColumn<double>("magnitude");
    QTest::addColumn<int>("decimals");
    QTest::newRow("thousands") << 1500.4 << 0;
    QTest::newRow("exactly-1000") << 1000.0 << 0;
    QTest::newRow("hundreds") << 150.04 << 1;
    QTest::newRow("tens") << 15.004 << 2;
    QTest::newRow("units") << 1.5 << 3;
    QTest::newRow("fractions") << 0.0123 << 3;
    QTest::newRow("negative-by-size") << -150.0 << 1;
}

void TestDisplayUnit::showsAtLeastFourSignificantDigits()
{
    QFETCH(double, magnitude);
    QFETCH(int, decimals);
    QCOMPARE(DisplayUnit::decimalsFor(magnitude), decimals);
}

void TestDisplayUnit::axisDecimalsTellTicksApart_data()
{
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");
    QTest::newRow("500") << 500.0 << 0;
    QTest::newRow("2000") << 2000.0 << 0;
    QTest::newRow("1") << 1.0 << 0;
    QTest::newRow("0.5") << 0.5 << 1;
    QTest::newRow("0.2-inexact-double") << 0.2 << 1;
    QTest::newRow("0.1-times-3") << 0.1 * 3 << 1;
    QTest::newRow("0.25") << 0.25 << 2;
    QTest::newRow("0.001") << 0.001 << 3;
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("capped") << 1e-9 << 6;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 0;
}

void TestDisplayUnit::axisDecimalsTellTicksApart()
{
    QFETCH(double, step);
    QFETCH(int, decimals);
    QCOMPARE(DisplayUnit::decimalsForStep(step), decimals);
}

void TestDisplayUnit::cubicMetresReadAsSuperscript_data()
{
    QTest::addColumn<QString>("apiUnit");
    QTest::addColumn<QString>("text");
    QTest::newRow("m3") << "m3"
                        << "m³";
    QTest::newRow("caret") << "m^3"
                           << "m³";
    QTest::newRow("per-hour") << "m3/h"
                              << "m³/h";
    QTest::newRow("normal") << "Nm3"
                            << "Nm³";
    QTest::newRow("per-volume") << "kWh/m3"
                                << "kWh/m³";
    QTest::newRow("centimetres") << "cm3"
                                 << "cm³";
    QTest::newRow("inside-a-word") << "gm3x"
                                   << "gm3x";
    QTest::newRow("followed-by-digit") << "m30"
                                       << "m30";
    QTest::newRow("energy-untouched") << "kWh"
                                      << "kWh";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDisplayUnit::cubicMetresReadAsSuperscript()
{
    QFETCH(QString, apiUnit);
    QFETCH(QString, text);
    QCOMPARE(DisplayUnit::readableText(apiUnit), text);
}

QTEST_GUILESS_MAIN(TestDisplayUnit)
#include "tst_displayunit.moc"
