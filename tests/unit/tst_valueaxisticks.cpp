// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The value axis's ticks: round values, evenly spaced, covering the values, about as many as asked.
#include "models/valueaxisticks.h"

#include <QTest>

#include <cmath>

using namespace meterscope;

class TestValueAxisTicks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticksAreRoundAndCoverTheValues_data();
    void ticksAreRoundAndCoverTheValues();
    void anEmptyRangeGetsAnAxisAllTheSame();
};

void TestValueAxisTicks::ticksAreRoundAndCoverTheValues_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    // Padded values of a chart (6 % above the highest): kWh of a meter, power, a gas meter's m³.
    QTest::newRow("0 to 291") << 0.0 << 291.0 << 0.0 << 300.0 << 100.0;
    QTest::newRow("0 to 4240") << 0.0 << 4240.0 << 0.0 << 5000.0 << 1000.0;
    QTest::newRow("0 to 0.84") << 0.0 << 0.84 << 0.0 << 1.0 << 0.2;
    QTest::newRow("a counter reset below zero") << -63.0 << 1180.0 << -500.0 << 1500.0 << 500.0;
    QTest::newRow("exactly on ticks") << 0.0 << 400.0 << 0.0 << 400.0 << 100.0;
    QTest::newRow("large") << 0.0 << 2.6e7 << 0.0 << 3e7 << 1e7;
}

void TestValueAxisTicks::ticksAreRoundAndCoverTheValues()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    const ValueAxisTicks ticks = ValueAxisTicks::covering(low, high);
    QCOMPARE(ticks.min, min);
    QCOMPARE(ticks.max, max);
    QCOMPARE(ticks.step, step);
    QVERIFY(ticks.min <= low && ticks.max >= high);
    QCOMPARE(ticks.count, int(std::lround((max - min) / step)) + 1);
    QVERIFY2(ticks.count >= 3 && ticks.count <= 6, qPrintable(QString::number(ticks.count)));
    // Every tick a whole multiple of the step, and the step 1, 2 or 5 times a power of ten.
    for (int i = 0; i < ticks.count; ++i) {
        const double value = ticks.min + i * ticks.step;
        QVERIFY(std::abs(value / ticks.step - std::round(value / ticks.step)) < 1e-9);
    }
    const double mantissa = ticks.step / std::pow(10.0, std::floor(std::log10(ticks.step)));
    QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
             qPrintable(QString::number(ticks.step)));
}

void TestValueAxisTicks::anEmptyRangeGetsAnAxisAllTheSame()
{
    for (const auto &[low, high] : {std::pair{5.0, 5.0}, std::pair{3.0, 1.0}, std::pair{0.0, std::nan("")}}) {
        const ValueAxisTicks ticks = ValueAxisTicks::covering(low, high);
        QCOMPARE(ticks.min, 0.0);
        QCOMPARE(ticks.max, 1.0);
        QCOMPARE(ticks.step, 0.2);
        QCOMPARE(ticks.count, 6);
    }
}

QTEST_APPLESS_MAIN(TestValueAxisTicks)
#include "tst_valueaxisticks.moc"
