// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartseriesbuilder.h"
#include "models/seriestotalsmodel.h"
#include "support/defaultlocale.h"
#include "timeseries/coveragetext.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;

// Two local days of 15-minute energy in Paris (1 kWh each), with a two-hour gap on the second day.
Series twoDays(qint64 *from, qint64 *to, const QString &unit = QStringLiteral("kWh"))
{
    const QTimeZone paris("Europe/Paris");
    *from = QDateTime(QDate(2025, 1, 14), QTime(0, 0), paris).toMSecsSinceEpoch();
    *to = QDateTime(QDate(2025, 1, 16), QTime(0, 0), paris).toMSecsSinceEpoch();
    Series s;
    s.siteId = QStringLiteral("s1");
    s.meterId = QStringLiteral("m1");
    s.measurementId = QStringLiteral("61773");
    s.name = QStringLiteral("ActiveEnergy");
    s.unit = unit;
    s.commodity = Commodity::Electricity;
    s.interval = QStringLiteral("15min");
    for (qint64 t = *from; t < *to; t += kQuarterMs) {
        const qint64 sinceStart = t - *from;
        if (sinceStart >= 30LL * 3600 * 1000 && sinceStart < 32LL * 3600 * 1000)
            continue; // the gap
        s.utcMs.push_back(t);
        s.values.push_back(1.0);
        s.updatedAtUtcMs.push_back(0);
    }
    return s;
}
// The two days with every quarter-hour multiplied by `perQuarter`, in daily bars.
ChartSeries dailyBars(double perQuarter, const QString &unit = QStringLiteral("kWh"))
{
    qint64 from = 0;
    qint64 to = 0;
    Series s = twoDays(&from, &to, unit);
    for (double &v : s.values)
        v *= perQuarter;
    return ChartSeriesBuilder::build(
        s, {QStringLiteral("Lyon"), QStringLiteral("Main"), QStringLiteral("Europe/Paris")}, Granularity::Day,
        from, to);
}

// The two days charted at `granularity` for the meter "Main" of the site "Lyon".
ChartSeries charted(Granularity granularity, Series *source = nullptr)
{
    qint64 from = 0;
    qint64 to = 0;
    const Series s = twoDays(&from, &to);
    if (source)
        *source = s;
    return ChartSeriesBuilder::build(
        s, {QStringLiteral("Lyon"), QStringLiteral("Main"), QStringLiteral("Europe/Paris")}, granularity,
        from, to);
}
} // namespace

class TestSeriesTotalsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intervalDataIsChartedAsALine();
    void dailyBarsMarkThePartialDay();
    void totalsRowShowsSumAndCoverage();
    void seriesInfoNamesTheChartedSeriesWithoutItsPoints();
    void aRateShowsNoTotalOnlyItsMean();
    void aRateMeanIsWeightedByTheIntervalsPresent();
    void aMonthMissingOneQuarterHourIsPartialAndNeverReadsComplete();
    void coverageTextSaysHundredOnlyWhenComplete();
    void figuresAreScaledOncePerUnitWithDigitGrouping();
    void aTotalIsScaledForTheSumsNotForThePeriods();
};

void TestSeriesTotalsModel::intervalDataIsChartedAsALine()
{
    Series s;
    const ChartSeries c = charted(Granularity::FifteenMinutes, &s);
    QVERIFY(!c.bars);
    QCOMPARE(c.size(), qsizetype(s.utcMs.size()));
    QCOMPARE(c.endUtcMs.front() - c.utcMs.front(), kQuarterMs);
    QCOMPARE(c.title, QStringLiteral("Main · ActiveEnergy"));
    QCOMPARE(c.statistics.sum, double(s.utcMs.size()));
}

void TestSeriesTotalsModel::dailyBarsMarkThePartialDay()
{
    const ChartSeries c = charted(Granularity::Day);
    QVERIFY(c.bars);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.values[0], 96.0);
    QCOMPARE(c.values[1], 88.0);
    QVERIFY(!c.isPartial(0));
    QVERIFY(c.isPartial(1));
    QCOMPARE(c.statistics.sum, 184.0);
}

void TestSeriesTotalsModel::totalsRowShowsSumAndCoverage()
{
    const ChartSeries c = charted(Granularity::Day);
    SeriesTotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({c, c});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SeriesTotalsModel::TotalColumn).data(SeriesTotalsModel::RawValueRole).toDouble(),
             184.0);
    QCOMPARE(
        model.index(0, SeriesTotalsModel::MaximumColumn).data(SeriesTotalsModel::RawValueRole).toDouble(),
        96.0);
    QVERIFY(model.index(0, SeriesTotalsModel::TotalColumn).data().toString().endsWith(QStringLiteral("kWh")));
    const double coverage =
        model.index(0, SeriesTotalsModel::CoverageColumn).data(SeriesTotalsModel::RawValueRole).toDouble();
    QVERIFY2(qAbs(coverage - 184.0 / 192.0 * 100) < 0.01, qPrintable(QString::number(coverage)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSeriesTotalsModel::seriesInfoNamesTheChartedSeriesWithoutItsPoints()
{
    const ChartSeries c = charted(Granularity::Day);
    QVERIFY(!c.utcMs.empty());
    const Series out = ChartSeriesBuilder::seriesInfo(c);
    QVERIFY(out.utcMs.empty());
    QVERIFY(out.values.empty());
    QCOMPARE(out.interval, QStringLiteral("day"));
    QCOMPARE(out.unit, QStringLiteral("kWh"));
    QCOMPARE(out.meterId, QStringLiteral("m1"));
}

void TestSeriesTotalsModel::aRateShowsNoTotalOnlyItsMean()
{
    qint64 from = 0;
    qint64 to = 0;
    Series power = twoDays(&from, &to, QStringLiteral("kW"));
    power.name = QStringLiteral("ActivePower");
    const ChartSeries c = ChartSeriesBuilder::build(
        power, {QStringLiteral("Lyon"), QStringLiteral("Main"), QStringLiteral("Europe/Paris")},
        Granularity::FifteenMinutes, from, to);
    SeriesTotalsModel model;
    model.setSeries({c});
    const QModelIndex total = model.index(0, SeriesTotalsModel::TotalColumn);
    QVERIFY(!total.data(SeriesTotalsModel::RawValueRole).isValid());
    QCOMPARE(total.data().toString(), QStringLiteral("—"));
    QVERIFY(!total.data().toString().contains(QStringLiteral("kW")));
    const QModelIndex mean = model.index(0, SeriesTotalsModel::MeanColumn);
    QCOMPARE(mean.data(SeriesTotalsModel::RawValueRole).toDouble(), 1.0);
    QVERIFY(mean.data().toString().endsWith(QStringLiteral("kW")));
}

void TestSeriesTotalsModel::aRateMeanIsWeightedByTheIntervalsPresent()
{
    // 1 kW for the 96 quarters of the first day, 2 kW for the 88 quarters of the second (a gap):
    // the average power over the range is 272 / 184 kW in the line and in the daily bars, not the
    // 1.5 kW mean of the two daily bars.
    qint64 from = 0;
    qint64 to = 0;
    Series power = twoDays(&from, &to, QStringLiteral("kW"));
    for (size_t i = 96; i < power.values.size(); ++i)
        power.values[i] = 2.0;
    const ChartSeriesBuilder::Labels labels{QStringLiteral("Lyon"), QStringLiteral("Main"),
                                            QStringLiteral("Europe/Paris")};
    SeriesTotalsModel model;
    model.setSeries({ChartSeriesBuilder::build(power, labels, Granularity::FifteenMinutes, from, to),
                     ChartSeriesBuilder::build(power, labels, Granularity::Day, from, to)});
    for (int row = 0; row < 2; ++row) {
        const double mean =
            model.index(row, SeriesTotalsModel::MeanColumn).data(SeriesTotalsModel::RawValueRole).toDouble();
        QVERIFY2(qAbs(mean - 272.0 / 184.0) < 1e-9, qPrintable(QString::number(mean)));
    }
}

void TestSeriesTotalsModel::aMonthMissingOneQuarterHourIsPartialAndNeverReadsComplete()
{
    // January 2025 in Paris: 2,976 quarter hours, one missing (99.966 % of the month).
    const QTimeZone paris("Europe/Paris");
    const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), paris).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2025, 2, 1), QTime(0, 0), paris).toMSecsSinceEpoch();
    Series s;
    s.siteId = QStringLiteral("s1");
    s.meterId = QStringLiteral("m1");
    s.measurementId = QStringLiteral("61773");
    s.name = QStringLiteral("ActiveEnergy");
    s.unit = QStringLiteral("kWh");
    s.commodity = Commodity::Electricity;
    s.interval = QStringLiteral("15min");
    for (qint64 t = from; t < to; t += kQuarterMs) {
        if (t == from + 100 * kQuarterMs)
            continue;
        s.utcMs.push_back(t);
        s.values.push_back(1.0);
        s.updatedAtUtcMs.push_back(0);
    }
    const ChartSeries month = ChartSeriesBuilder::build(
        s, {QStringLiteral("Lyon"), QStringLiteral("Main"), QStringLiteral("Europe/Paris")},
        Granularity::Month, from, to);
    QCOMPARE(month.size(), 1);
    QVERIFY2(month.isPartial(0), qPrintable(QString::number(month.coverage[0], 'g', 10)));
    SeriesTotalsModel model;
    model.setSeries({month});
    const QString coverage = model.index(0, SeriesTotalsModel::CoverageColumn).data().toString();
    QCOMPARE(coverage, QLocale().toString(99.9, 'f', 1) + QStringLiteral(" %"));
}

void TestSeriesTotalsModel::coverageTextSaysHundredOnlyWhenComplete()
{
    const QLocale english(QLocale::English);
    QCOMPARE(coveragePercentText(100.0, english), QStringLiteral("100"));
    QCOMPARE(coveragePercentText(99.999, english), QStringLiteral("99.9"));
    QCOMPARE(coveragePercentText(99.95, english), QStringLiteral("99.9"));
    QCOMPARE(coveragePercentText(50.0, english), QStringLiteral("50.0"));
    QCOMPARE(coveragePercentText(0.04, english), QStringLiteral("< 0.1"));
    QCOMPARE(coveragePercentText(0.0, english), QStringLiteral("0.0"));
    QCOMPARE(coveragePercentText(99.5, QLocale(QLocale::French)), QStringLiteral("99,5"));
}

void TestSeriesTotalsModel::figuresAreScaledOncePerUnitWithDigitGrouping()
{
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    // A site of 960,000 kWh days beside a meter of 96 kWh days (both kWh) and a gas meter in m3.
    SeriesTotalsModel model;
    model.setSeries({dailyBars(10'000), dailyBars(1), dailyBars(1, QStringLiteral("m3"))});
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, SeriesTotalsModel::TotalColumn), QStringLiteral("1,840 MWh"));
    QCOMPARE(text(0, SeriesTotalsModel::MaximumColumn), QStringLiteral("960.0 MWh"));
    QCOMPARE(text(0, SeriesTotalsModel::MinimumColumn), QStringLiteral("880.0 MWh"));
    QCOMPARE(text(0, SeriesTotalsModel::MeanColumn), QStringLiteral("920.0 MWh"));
    // The small meter reads in the same unit as the site: a column compares like with like.
    QCOMPARE(text(1, SeriesTotalsModel::TotalColumn), QStringLiteral("0.184 MWh"));
    QCOMPARE(text(1, SeriesTotalsModel::MaximumColumn), QStringLiteral("0.096 MWh"));
    // Gas stays in its own unit, shown as people write it; never converted to energy.
    QCOMPARE(text(2, SeriesTotalsModel::TotalColumn), QStringLiteral("184.0 m³"));
    QCOMPARE(text(2, SeriesTotalsModel::MaximumColumn), QStringLiteral("96.00 m³"));
    // The raw figures (what a copy or an export reads) stay in the API's unit.
    QCOMPARE(model.index(0, SeriesTotalsModel::TotalColumn).data(SeriesTotalsModel::RawValueRole).toDouble(),
             1'840'000.0);
    QCOMPARE(model.index(0, SeriesTotalsModel::TotalColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Sum of the values in the range: 1,840,000 kWh"));
    QCOMPARE(model.index(2, SeriesTotalsModel::TotalColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Sum of the values in the range"));
}

void TestSeriesTotalsModel::aTotalIsScaledForTheSumsNotForThePeriods()
{
    const fixture::DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    // Days of 9,600 kWh (below the step to MWh), two of them 18,400 kWh.
    SeriesTotalsModel model;
    model.setSeries({dailyBars(100)});
    QCOMPARE(model.index(0, SeriesTotalsModel::MaximumColumn).data().toString(), QStringLiteral("9.600 kWh"));
    QCOMPARE(model.index(0, SeriesTotalsModel::TotalColumn).data().toString(), QStringLiteral("18,40 MWh"));
}

QTEST_GUILESS_MAIN(TestSeriesTotalsModel)
#include "tst_seriestotalsmodel.moc"
