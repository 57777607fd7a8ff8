// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/series.h"
#include "support/seriesfixture.h"
#include "timeseries/seriesaligner.h"

#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kHourMs = 4 * kQuarterMs;

Series quarterHours(const QString &key, const QString &unit, qint64 from, qint64 to, qint64 gapFrom,
                    qint64 gapTo)
{
    Series series = fixture::quarterHours(unit, from, to, 2.0, gapFrom, gapTo);
    series.key = key;
    series.name = key;
    return series;
}
} // namespace

class TestAggregationAlignment : public QObject
{
    Q_OBJECT

private slots:
    void seriesShareOnePeriodPerRow();
    void allPeriodsKeepsEmptyRows();
    void eachColumnKeepsItsOwnMethodAndCoverage();
};

void TestAggregationAlignment::seriesShareOnePeriodPerRow()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 10, 26));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 10, 29));
    const qint64 day2 = calendar.startOfLocalDate(QDate(2024, 10, 27));
    const qint64 day3 = calendar.startOfLocalDate(QDate(2024, 10, 28));
    // "a" misses the 25-hour day, "b" misses the first day.
    const std::vector<Series> series{
        quarterHours(QStringLiteral("a"), QStringLiteral("kWh"), from, to, day2, day3),
        quarterHours(QStringLiteral("b"), QStringLiteral("kWh"), from, to, from, day2)};
    const SeriesAggregator aggregator(calendar, Granularity::Day);
    const AlignedTable table = SeriesAligner::align(series, aggregator, from, to);
    QCOMPARE(table.rowCount(), qsizetype(3));
    QCOMPARE(table.startUtcMs, (std::vector<qint64>{from, day2, day3}));
    QCOMPARE(table.endUtcMs, (std::vector<qint64>{day2, day3, to}));
    QCOMPARE(table.columns.size(), size_t(2));
    const AlignedColumn &a = table.columns[0];
    const AlignedColumn &b = table.columns[1];
    QCOMPARE(a.key, QStringLiteral("a"));
    QVERIFY(a.cells[0] && !a.cells[1] && a.cells[2]);
    QVERIFY(!b.cells[0] && b.cells[1] && b.cells[2]);
    QCOMPARE(b.cells[1]->value, 200.0); // the 25-hour day: 100 quarter-hours of 2 kWh
    QCOMPARE(a.cells[0]->value, 192.0);
    QCOMPARE(table.granularity, Granularity::Day);
}

void TestAggregationAlignment::allPeriodsKeepsEmptyRows()
{
    const ZonedCalendar calendar{QTimeZone("Europe/Paris")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 10, 26));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 10, 29));
    const qint64 gapFrom = from + 30 * kHourMs;
    const std::vector<Series> series{
        quarterHours(QStringLiteral("a"), QStringLiteral("kWh"), from, to, gapFrom, gapFrom + 5 * kHourMs)};
    const SeriesAggregator hours(calendar, Granularity::Hour);
    const AlignedTable withData = SeriesAligner::align(series, hours, from, to);
    const AlignedTable all = SeriesAligner::align(series, hours, from, to, SeriesAligner::Rows::AllPeriods);
    QCOMPARE(all.rowCount(), qsizetype(24 + 25 + 24));
    QCOMPARE(withData.rowCount(), qsizetype(24 + 25 + 24 - 5));
    qsizetype empty = 0;
    for (const auto &cell : all.columns[0].cells)
        empty += cell ? 0 : 1;
    QCOMPARE(empty, qsizetype(5));
    QVERIFY(!all.columns[0].cells[30]);
    QVERIFY(all.columns[0].cells[29]);
}

void TestAggregationAlignment::eachColumnKeepsItsOwnMethodAndCoverage()
{
    const ZonedCalendar calendar{QTimeZone("Asia/Kolkata")};
    const qint64 from = calendar.startOfLocalDate(QDate(2024, 6, 1));
    const qint64 to = calendar.startOfLocalDate(QDate(2024, 6, 2));
    const std::vector<Series> series{
        quarterHours(QStringLiteral("energy"), QStringLiteral("kWh"), from, to, from, from + 6 * kHourMs),
        quarterHours(QStringLiteral("power"), QStringLiteral("kW"), from, to, 0, 0)};
    const AlignedTable table =
        SeriesAligner::align(series, SeriesAggregator(calendar, Granularity::Day), from, to);
    QCOMPARE(table.rowCount(), qsizetype(1));
    QCOMPARE(table.columns[0].method, AggregationMethod::Sum);
    QCOMPARE(table.columns[0].cells[0]->value, 72 * 2.0);
    QCOMPARE(table.columns[0].coveragePercent, 75.0);
    QCOMPARE(table.columns[1].method, AggregationMethod::Mean);
    QCOMPARE(table.columns[1].cells[0]->value, 2.0);
    QCOMPARE(table.columns[1].coveragePercent, 100.0);
    QVERIFY(
        SeriesAligner::align(std::vector<Series>{}, SeriesAggregator(calendar, Granularity::Day), from, to)
            .columns.empty());
}

QTEST_GUILESS_MAIN(TestAggregationAlignment)
#include "tst_aggregationalignment.moc"
