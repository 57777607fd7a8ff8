// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartcomparison.h"
#include "models/chartcsvexport.h"
#include "models/chartdocument.h"
#include "models/chartseriesbuilder.h"
#include "models/seriestotalsmodel.h"
#include "support/defaultlocale.h"
#include "support/seriesfixture.h"
#include "timeseries/coveragetext.h"
#include "timeseries/zonedcalendar.h"

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
// "This month" on 15 March 2025 at 12:00 in Paris, for the meter "Main" of the site "Lyon".
struct MarchInProgress
{
    QTimeZone paris{"Europe/Paris"};
    qint64 from = QDateTime(QDate(2025, 3, 1), QTime(0, 0), paris).toMSecsSinceEpoch();
    qint64 to = QDateTime(QDate(2025, 4, 1), QTime(0, 0), paris).toMSecsSinceEpoch();
    qint64 now = QDateTime(QDate(2025, 3, 15), QTime(12, 0), paris).toMSecsSinceEpoch();
    ChartSeriesBuilder::Labels labels{QStringLiteral("Lyon"), QStringLiteral("Main"),
                                      QStringLiteral("Europe/Paris")};
};
} // namespace

class TestSeriesTotalsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intervalDataIsChartedAsALine();
    void dailyBarsMarkThePartialDay();
    void timeToComeIsNotCountedMissing();
    void theDayInProgressIsMarkedAndLeftOutOfMinMaxMean();
    void withNoCompletePeriodTheFiguresSaySo();
    void theMarkIsGradedByTheShareMissing();
    void aCsvOfARangeInProgressSaysWhichPeriodIs();
    void totalsRowShowsSumAndCoverage();
    void deltaComparesTheSumWithTheComparedPeriod();
    void aPeriodInProgressIsComparedWithTheSameSpan();
    void aRateComparesItsMean();
    void deltaPercentIsADashWhenTheComparedIsZeroOrMissing();
    void aPartialComparedPeriodSaysSo();
    void seriesInfoNamesTheChartedSeriesWithoutItsPoints();
    void aRateShowsNoTotalOnlyItsMean();
    void aRateMeanIsWeightedByTheIntervalsPresent();
    void aMonthMissingOneQuarterHourIsPartialAndNeverReadsComplete();
    void coverageTextSaysHundredOnlyWhenComplete();
    void figuresAreScaledOncePerUnitWithDigitGrouping();
    void aTotalIsScaledForTheSumsNotForThePeriods();
    void minAndMaxSayWhenTheyWere();
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

namespace {
// The two days of twoDays() (14 and 15 January 2025, Paris) by day for the meter "Main", compared with
// the same dates of 2024, where each quarter-hour in [from, to) except [gapFrom, gapTo) holds `value`.
QList<ChartSeries> comparedWithLastYear(const Series &current, qint64 currentTo, double value,
                                        qint64 gapHours = 0)
{
    const ZonedCalendar paris{QTimeZone("Europe/Paris")};
    const TimeRange range = TimeRange::custom(paris.startOfLocalDate(QDate(2025, 1, 14)),
                                              paris.startOfLocalDate(QDate(2025, 1, 16)));
    const TimeRange lastYear = TimeRange::custom(paris.startOfLocalDate(QDate(2024, 1, 14)),
                                                 paris.startOfLocalDate(QDate(2024, 1, 16)));
    Series compared =
        fixture::quarterHours(current.unit, lastYear.fromUtcMs(), lastYear.toUtcMs(), value,
                              lastYear.fromUtcMs(), lastYear.fromUtcMs() + gapHours * 3'600'000);
    compared.siteId = current.siteId;
    compared.meterId = current.meterId;
    compared.measurementId = current.measurementId;
    compared.name = current.name;
    const ChartSeriesBuilder::Labels labels{QStringLiteral("Lyon"), QStringLiteral("Main"),
                                            QStringLiteral("Europe/Paris")};
    const ChartSeries charted =
        ChartSeriesBuilder::build(current, labels, Granularity::Day, range.fromUtcMs(), range.toUtcMs());
    const ChartSeries comparison = ChartSeriesBuilder::buildComparison(
        compared, charted,
        {range, lastYear, PeriodComparison::Kind::SameDatesLastYear,
         PeriodComparison::label(lastYear, paris)},
        ChartSeriesBuilder::dataEndUtcMs(current, range.fromUtcMs(), currentTo,
                                         QStringLiteral("Europe/Paris")));
    return {charted, comparison};
}

QVariant raw(const SeriesTotalsModel &model, int row, int column)
{
    return model.index(row, column).data(SeriesTotalsModel::RawValueRole);
}

QString text(const SeriesTotalsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

void TestSeriesTotalsModel::deltaComparesTheSumWithTheComparedPeriod()
{
    // 184 kWh (a two-hour gap) against 96 kWh on the same two days of 2024: Δ +88 kWh, +91.7 %.
    qint64 from = 0;
    qint64 to = 0;
    const Series current = twoDays(&from, &to);
    const QList<ChartSeries> series = comparedWithLastYear(current, to, 0.5);
    QCOMPARE(series[1].title, QStringLiteral("Main · ActiveEnergy (14 Jan 2024 – 15 Jan 2024)"));
    SeriesTotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries(series);
    QCOMPARE(raw(model, 1, SeriesTotalsModel::TotalColumn).toDouble(), 96.0); // its own row, its own total
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaColumn).toDouble(), 88.0);
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaPercentColumn).toDouble(), 88.0 / 96.0 * 100);
    QCOMPARE(text(model, 0, SeriesTotalsModel::DeltaColumn),
             QString(u'+' + DisplayUnit::forMagnitude(QStringLiteral("kWh"), 88).format(88)));
    QCOMPARE(text(model, 0, SeriesTotalsModel::DeltaPercentColumn),
             ChartComparison::percentText(88.0 / 96.0 * 100));
    QVERIFY(text(model, 0, SeriesTotalsModel::DeltaPercentColumn).startsWith(u'+'));
    // Nothing on the comparison's own row, nor without a comparison.
    QCOMPARE(text(model, 1, SeriesTotalsModel::DeltaColumn), QString());
    QCOMPARE(text(model, 1, SeriesTotalsModel::DeltaPercentColumn), QString());
    model.setSeries({series[0]});
    QCOMPARE(text(model, 0, SeriesTotalsModel::DeltaPercentColumn), QString());
    QVERIFY(!raw(model, 0, SeriesTotalsModel::DeltaColumn).isValid());
}

void TestSeriesTotalsModel::aPeriodInProgressIsComparedWithTheSameSpan()
{
    // Data up to 15 January 2025, 10:00 (34 hours, 136 kWh): compared with 14 January 2024 to 15 January
    // 2024, 10:00 (68 kWh), not with both days (96 kWh): Δ +68 kWh, +100 %.
    qint64 from = 0;
    qint64 to = 0;
    Series current = twoDays(&from, &to);
    const qint64 tenOClock = from + 34LL * 3'600'000;
    const qsizetype kept =
        std::lower_bound(current.utcMs.cbegin(), current.utcMs.cend(), tenOClock) - current.utcMs.cbegin();
    current.utcMs.resize(size_t(kept));
    current.values.resize(size_t(kept));
    current.updatedAtUtcMs.resize(size_t(kept));
    const QList<ChartSeries> series = comparedWithLastYear(current, to, 0.5);
    SeriesTotalsModel model;
    model.setSeries(series);
    QCOMPARE(raw(model, 0, SeriesTotalsModel::TotalColumn).toDouble(), 128.0); // the gap: 136 - 8
    QCOMPARE(series[1].matchedStatistics.sum, 68.0);
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaColumn).toDouble(), 128.0 - 68.0);
    QCOMPARE(raw(model, 1, SeriesTotalsModel::TotalColumn).toDouble(), 96.0); // the whole of last year's days
    QVERIFY(model.index(0, SeriesTotalsModel::DeltaColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("up to")));
}

void TestSeriesTotalsModel::aRateComparesItsMean()
{
    // 1 kW on average against 0.5 kW: Δ of the means, +0.5 kW, +100 % (a rate has no total).
    qint64 from = 0;
    qint64 to = 0;
    const Series power = twoDays(&from, &to, QStringLiteral("kW"));
    const QList<ChartSeries> series = comparedWithLastYear(power, to, 0.5);
    SeriesTotalsModel model;
    model.setSeries(series);
    QCOMPARE(text(model, 0, SeriesTotalsModel::TotalColumn), QStringLiteral("—"));
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaColumn).toDouble(), 0.5);
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaPercentColumn).toDouble(), 100.0);
    QVERIFY(text(model, 0, SeriesTotalsModel::DeltaColumn).endsWith(QStringLiteral("kW")));
}

void TestSeriesTotalsModel::deltaPercentIsADashWhenTheComparedIsZeroOrMissing()
{
    qint64 from = 0;
    qint64 to = 0;
    const Series current = twoDays(&from, &to);
    // Last year's days read 0 kWh: a Δ, but no Δ %.
    SeriesTotalsModel model;
    model.setSeries(comparedWithLastYear(current, to, 0.0));
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaColumn).toDouble(), 184.0);
    QCOMPARE(text(model, 0, SeriesTotalsModel::DeltaPercentColumn), QStringLiteral("—"));
    QVERIFY(!raw(model, 0, SeriesTotalsModel::DeltaPercentColumn).isValid());
    // Last year has no data at all (a gap of both days): neither.
    model.setSeries(comparedWithLastYear(current, to, 1.0, 48));
    QCOMPARE(text(model, 0, SeriesTotalsModel::DeltaColumn), QStringLiteral("—"));
    QCOMPARE(text(model, 0, SeriesTotalsModel::DeltaPercentColumn), QStringLiteral("—"));
}

void TestSeriesTotalsModel::aPartialComparedPeriodSaysSo()
{
    // Last year's first 4 hours are missing: 176 of 192 quarter-hours, 91.6 % (rounded down).
    qint64 from = 0;
    qint64 to = 0;
    const Series current = twoDays(&from, &to);
    SeriesTotalsModel model;
    model.setSeries(comparedWithLastYear(current, to, 1.0, 4));
    QCOMPARE(raw(model, 0, SeriesTotalsModel::DeltaColumn).toDouble(), 184.0 - 176.0);
    QCOMPARE(
        text(model, 0, SeriesTotalsModel::DeltaPercentColumn),
        QStringLiteral("%1 (compared: %2 % coverage)")
            .arg(ChartComparison::percentText(8.0 / 176.0 * 100), coveragePercentText(176.0 / 192.0 * 100)));
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
    // The second day misses two hours: it is in the total, not in Min, Max and Mean (complete days).
    QCOMPARE(text(0, SeriesTotalsModel::TotalColumn), QStringLiteral("1,840 MWh"));
    QCOMPARE(text(0, SeriesTotalsModel::MaximumColumn), QStringLiteral("960.0 MWh"));
    QCOMPARE(text(0, SeriesTotalsModel::MinimumColumn), QStringLiteral("960.0 MWh"));
    QCOMPARE(text(0, SeriesTotalsModel::MeanColumn), QStringLiteral("960.0 MWh"));
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

void TestSeriesTotalsModel::timeToComeIsNotCountedMissing()
{
    // "This month" on 15 March 2025 at 12:00 in Paris: every quarter-hour so far is there.
    const auto [paris, from, to, now, labels] = MarchInProgress();
    const Series soFar = fixture::quarterHours(QStringLiteral("kWh"), from, now, 1.0);
    for (const Granularity granularity :
         {Granularity::Day, Granularity::Month, Granularity::FifteenMinutes}) {
        const ChartSeries month = ChartSeriesBuilder::build(soFar, labels, granularity, from, to, now);
        QCOMPARE(month.statistics.coveragePercent(), 100.0);
        for (size_t i = 0; i < month.coverage.size(); ++i)
            QVERIFY2(!month.isPartial(i), qPrintable(QString::number(i)));
        // Without the clock the days to come count as missing, as before.
        QVERIFY(ChartSeriesBuilder::build(soFar, labels, granularity, from, to).statistics.coveragePercent() <
                50);
    }
    // The periods keep their calendar limits: today's bar still ends at midnight.
    const ChartSeries days = ChartSeriesBuilder::build(soFar, labels, Granularity::Day, from, to, now);
    QCOMPARE(days.size(), 15);
    QCOMPARE(days.endUtcMs.back(), QDateTime(QDate(2025, 3, 16), QTime(0, 0), paris).toMSecsSinceEpoch());
    // A quarter-hour missing this morning is a gap, now as before.
    const Series gap =
        fixture::quarterHours(QStringLiteral("kWh"), from, now, 1.0, now - 3600000, now - 2700000);
    const ChartSeries withGap = ChartSeriesBuilder::build(gap, labels, Granularity::Day, from, to, now);
    QVERIFY(withGap.isPartial(14));
    QVERIFY(withGap.statistics.coveragePercent() < 100);
}

void TestSeriesTotalsModel::theDayInProgressIsMarkedAndLeftOutOfMinMaxMean()
{
    // "This month" on 15 March 2025 at 12:00 in Paris, 1 kWh a quarter-hour: a complete day holds 96 kWh,
    // today so far 48 kWh; 3 March misses an hour (92 kWh).
    const auto [paris, from, to, now, labels] = MarchInProgress();
    const qint64 gapFrom = QDateTime(QDate(2025, 3, 3), QTime(9, 0), paris).toMSecsSinceEpoch();
    const Series soFar =
        fixture::quarterHours(QStringLiteral("kWh"), from, now, 1.0, gapFrom, gapFrom + 3600 * 1000);
    const ChartSeries days = ChartSeriesBuilder::build(soFar, labels, Granularity::Day, from, to, now);
    QCOMPARE(days.size(), 15);
    QVERIFY(days.isInProgress(14));
    QVERIFY(!days.isInProgress(13));
    QCOMPARE(days.stateAt(14), ChartSeries::PeriodState::InProgress);
    QCOMPARE(days.values[14], 48.0);
    // The unfinished day is not the month's minimum and does not pull the mean down; nor does the
    // day with a gap.
    const SeriesStatistics &st = days.statistics;
    QCOMPARE(st.minimum, 96.0);
    QCOMPARE(st.mean, 96.0);
    QCOMPARE(st.maximum, 96.0);
    QCOMPARE(st.periods, qint64(13));
    QCOMPARE(st.periodsInProgressLeftOut, qint64(1));
    QCOMPARE(st.partialPeriodsLeftOut, qint64(1));
    QVERIFY(st.completePeriodsOnly);
    QCOMPARE(st.sum, 13 * 96.0 + 92.0 + 48.0); // the total counts every interval
    // The totals say which periods the figures cover, and that the range is in progress.
    SeriesTotalsModel model;
    model.setSeries({days});
    const QString flags = model.index(0, SeriesTotalsModel::FlagsColumn).data().toString();
    QVERIFY2(flags.contains(QStringLiteral("1 day in progress")) &&
                 flags.contains(QStringLiteral("1 incomplete day")) &&
                 flags.contains(QStringLiteral("not in Min, Max, Mean")),
             qPrintable(flags));
    const QString minTip = model.index(0, SeriesTotalsModel::MinimumColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(minTip.contains(QStringLiteral("13 complete days")), qPrintable(minTip));
    QVERIFY2(model.index(0, SeriesTotalsModel::CoverageColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("so far")),
             qPrintable(model.index(0, SeriesTotalsModel::CoverageColumn).data().toString()));
    // An hourly line marks the hour not over yet.
    const qint64 halfPast = now + 30 * 60 * 1000;
    const Series toHalfPast = fixture::quarterHours(QStringLiteral("kWh"), from, halfPast, 1.0);
    const ChartSeries hours =
        ChartSeriesBuilder::build(toHalfPast, labels, Granularity::Hour, from, to, halfPast);
    QVERIFY(hours.isInProgress(size_t(hours.size() - 1)));
    QVERIFY(!hours.isInProgress(size_t(hours.size() - 2)));
    QCOMPARE(hours.statistics.minimum, 4.0);
    // A range that is over has nothing in progress, and reads no "so far".
    const ChartSeries february =
        ChartSeriesBuilder::build(soFar, labels, Granularity::Day, from - 28 * 86400000LL, from, now);
    model.setSeries({february});
    QVERIFY(!model.index(0, SeriesTotalsModel::CoverageColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("so far")));
}

void TestSeriesTotalsModel::withNoCompletePeriodTheFiguresSaySo()
{
    // Today in progress, alone: Min, Max and Mean are its data so far, and the totals say it.
    const QTimeZone paris("Europe/Paris");
    const qint64 from = QDateTime(QDate(2025, 3, 15), QTime(0, 0), paris).toMSecsSinceEpoch();
    const qint64 now = from + 6 * 3600 * 1000;
    const Series soFar = fixture::quarterHours(QStringLiteral("kWh"), from, now, 1.0);
    const ChartSeries today = ChartSeriesBuilder::build(
        soFar, {QStringLiteral("Lyon"), QStringLiteral("Main"), QStringLiteral("Europe/Paris")},
        Granularity::Day, from, from + 86400000, now);
    QCOMPARE(today.statistics.minimum, 24.0);
    QCOMPARE(today.statistics.periods, qint64(1));
    QVERIFY(!today.statistics.completePeriodsOnly);
    SeriesTotalsModel model;
    model.setSeries({today});
    const QString flags = model.index(0, SeriesTotalsModel::FlagsColumn).data().toString();
    QVERIFY2(flags.contains(QStringLiteral("1 day in progress")), qPrintable(flags));
    // The notes whole in the tooltip, where the column is too narrow for them.
    QCOMPARE(model.index(0, SeriesTotalsModel::FlagsColumn).data(Qt::ToolTipRole).toString(), flags);
    // Two days shown, neither complete (the first misses an hour): the figures are of both, and say so.
    const qint64 gapFrom = from - 12 * 3600 * 1000;
    const Series gap = fixture::quarterHours(QStringLiteral("kWh"), from - 86400000, now, 1.0, gapFrom,
                                             gapFrom + 3600 * 1000);
    model.setSeries({ChartSeriesBuilder::build(
        gap, {QStringLiteral("Lyon"), QStringLiteral("Main"), QStringLiteral("Europe/Paris")},
        Granularity::Day, from - 86400000, from + 86400000, now)});
    const QString both = model.index(0, SeriesTotalsModel::FlagsColumn).data().toString();
    QVERIFY2(both.contains(QStringLiteral("no complete day")) &&
                 both.contains(QStringLiteral("2 days shown")),
             qPrintable(both));
    QVERIFY(model.index(0, SeriesTotalsModel::MeanColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("none of it complete")));
}

void TestSeriesTotalsModel::theMarkIsGradedByTheShareMissing()
{
    ChartSeries s = charted(Granularity::Day);
    s.coverage = {1.0, 0.996, 0.98, 0.979, 0.5};
    s.utcMs = {0, 1, 2, 3, 4};
    s.endUtcMs = {1, 2, 3, 4, 5};
    s.measuredToUtcMs = 5;
    QCOMPARE(s.stateAt(0), ChartSeries::PeriodState::Complete);
    QCOMPARE(s.stateAt(1), ChartSeries::PeriodState::FewMissing); // a month at 99.6 % looks whole
    QCOMPARE(s.stateAt(2), ChartSeries::PeriodState::FewMissing);
    QCOMPARE(s.stateAt(3), ChartSeries::PeriodState::Partial);
    QCOMPARE(s.stateAt(4), ChartSeries::PeriodState::Partial);
    // The time without data: the missing share of the period (30 March in Paris lasts 23 hours).
    const QTimeZone paris("Europe/Paris");
    s.utcMs = {QDateTime(QDate(2025, 3, 30), QTime(0, 0), paris).toMSecsSinceEpoch()};
    s.endUtcMs = {QDateTime(QDate(2025, 3, 31), QTime(0, 0), paris).toMSecsSinceEpoch()};
    s.coverage = {0.5};
    s.measuredToUtcMs = std::numeric_limits<qint64>::max();
    QCOMPARE(s.missingMsAt(0), qint64(23) * 3600 * 1000 / 2);
}

void TestSeriesTotalsModel::aCsvOfARangeInProgressSaysWhichPeriodIs()
{
    const auto [paris, from, to, now, labels] = MarchInProgress();
    const Series soFar = fixture::quarterHours(QStringLiteral("kWh"), from, now, 1.0);
    ChartDocument document;
    document.setAxisZone(paris);
    document.setSeries({ChartSeriesBuilder::build(soFar, labels, Granularity::Day, from, to, now)}, from, to,
                       true, now);
    const auto notes = [&document] {
        QStringList out;
        const auto records = ChartCsvExport::table(document, {}).provenanceRecords(false);
        for (const auto &[key, value] : records) {
            if (key == QStringLiteral("note"))
                out.append(value);
        }
        return out.join(u'\n');
    };
    const QString inProgress = notes();
    QVERIFY2(inProgress.contains(QStringLiteral("2025-03-15T00:00:00+01:00 is in progress")) &&
                 inProgress.contains(QStringLiteral("up to 2025-03-15T12:00:00+01:00")),
             qPrintable(inProgress));
    // A month that is over carries no such note.
    document.setSeries({ChartSeriesBuilder::build(soFar, labels, Granularity::Day, from, to, to)}, from, to,
                       true, now);
    QVERIFY2(!notes().contains(QStringLiteral("in progress")), qPrintable(notes()));
}

void TestSeriesTotalsModel::minAndMaxSayWhenTheyWere()
{
    qint64 from = 0;
    qint64 to = 0;
    Series s = twoDays(&from, &to);
    s.values[10] = 5.0; // 14 Jan 2025 02:30 in Paris
    s.values[20] = 0.5; // 14 Jan 2025 05:00
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const ChartSeriesBuilder::Labels labels{QStringLiteral("Lyon"), QStringLiteral("Main"),
                                            QStringLiteral("Europe/Paris")};
    SeriesTotalsModel model;
    model.setSeries({ChartSeriesBuilder::build(s, labels, Granularity::FifteenMinutes, from, to)});
    const QModelIndex max = model.index(0, SeriesTotalsModel::MaximumColumn);
    const QModelIndex min = model.index(0, SeriesTotalsModel::MinimumColumn);
    QCOMPARE(max.data(SeriesTotalsModel::WhenRole).toString(), QStringLiteral("Tue 14 Jan 2025 02:30"));
    QCOMPARE(min.data(SeriesTotalsModel::WhenRole).toString(), QStringLiteral("Tue 14 Jan 2025 05:00"));
    QVERIFY2(max.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Tue 14 Jan 2025 02:30")),
             qPrintable(max.data(Qt::ToolTipRole).toString()));
    QVERIFY(!model.index(0, SeriesTotalsModel::MeanColumn).data(SeriesTotalsModel::WhenRole).isValid());
    // A period is named as a whole: the complete day that holds the largest daily sum.
    model.setSeries({ChartSeriesBuilder::build(s, labels, Granularity::Day, from, to)});
    QCOMPARE(model.index(0, SeriesTotalsModel::MaximumColumn).data(SeriesTotalsModel::WhenRole).toString(),
             QStringLiteral("Tue 14 Jan 2025"));
}

QTEST_GUILESS_MAIN(TestSeriesTotalsModel)
#include "tst_seriestotalsmodel.moc"
