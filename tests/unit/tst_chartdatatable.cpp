// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart for people who do not see it: the table of its values (ChartDataTableModel) and the
// sentence a screen reader reads (ChartSummary).
#include "models/chartdatatablemodel.h"
#include "models/chartsummary.h"
#include "support/chartseriesfixture.h"
#include "support/defaultlocale.h"

#include <QTest>
#include <QTimeZone>

using namespace meterscope;

namespace {

// 2026-10-05 00:00 in Paris (UTC+2).
const qint64 kFrom =
    QDateTime(QDate(2026, 10, 5), QTime(0, 0), QTimeZone("Europe/Paris")).toMSecsSinceEpoch();

ChartSeries withStatistics(ChartSeries s)
{
    s.statistics.count = s.size();
    s.statistics.expected = s.size();
    for (const double v : s.values)
        s.statistics.sum += v;
    return s;
}

} // namespace

class TestChartDataTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRowPerTimeOneColumnPerSeries();
    void aMissingPointIsAnEmptyCellThatSaysNoData();
    void summaryNamesSeriesRangeZoneAndTotals();
    void summaryOfNothing();
};

void TestChartDataTable::oneRowPerTimeOneColumnPerSeries()
{
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ChartDataTableModel model;
    model.setSeries({fixture::hourlyChartSeries(QStringLiteral("Lighting"), kFrom, 3),
                     fixture::hourlyChartSeries(QStringLiteral("HVAC"), kFrom + fixture::kHourMs, 3)},
                    QStringLiteral("Europe/Paris"));
    QCOMPARE(model.rowCount(), 4); // 00:00 … 03:00, the union of both series' hours
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time (Europe/Paris)"));
    QVERIFY2(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("Lighting")),
             qPrintable(model.headerData(1, Qt::Horizontal).toString()));
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().endsWith(QStringLiteral("(kWh)")));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Mon 5 Oct 2026"));
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Mon 5 Oct 2026 01:00"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("1.000")); // as the chart's tooltip
    QCOMPARE(model.data(model.index(2, 1)).toString(), QStringLiteral("3.000"));
    QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("1.000"));
}

void TestChartDataTable::aMissingPointIsAnEmptyCellThatSaysNoData()
{
    const fixture::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ChartSeries gappy = fixture::hourlyChartSeries(QStringLiteral("Lighting"), kFrom, 3);
    gappy.utcMs.erase(gappy.utcMs.begin() + 1);
    gappy.endUtcMs.erase(gappy.endUtcMs.begin() + 1);
    gappy.values.erase(gappy.values.begin() + 1);
    gappy.coverage.erase(gappy.coverage.begin() + 1);
    ChartDataTableModel model;
    model.setSeries({gappy, fixture::hourlyChartSeries(QStringLiteral("HVAC"), kFrom, 3)},
                    QStringLiteral("Europe/Paris"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1, 1)).toString(), QString());
    QCOMPARE(model.data(model.index(1, 1), Qt::ToolTipRole).toString(), QStringLiteral("No data"));
    QCOMPARE(model.data(model.index(1, 1), Qt::AccessibleTextRole).toString(), QStringLiteral("No data"));
    QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("2.000"));
}

void TestChartDataTable::summaryNamesSeriesRangeZoneAndTotals()
{
    const fixture::DefaultLocale french(QLocale(QLocale::French, QLocale::France));
    QList<ChartSeries> series{
        withStatistics(fixture::hourlyChartSeries(QStringLiteral("Lighting"), kFrom, 24)),
        withStatistics(fixture::hourlyChartSeries(QStringLiteral("HVAC"), kFrom, 24))};
    series[1].summable = false; // a rate: its mean, not a total
    series[1].statistics.mean = 12.5;
    const QString text =
        ChartSummary::of(series, kFrom, kFrom + 24 * fixture::kHourMs, QStringLiteral("Europe/Paris"));
    QVERIFY2(text.startsWith(QStringLiteral("2 series")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 oct. 2026 – 5 oct. 2026 (Europe/Paris)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lighting")) && text.contains(QStringLiteral("HVAC")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("total 300,0 kWh")), qPrintable(text)); // 1 + 2 + … + 24
    QVERIFY2(text.contains(QStringLiteral("mean 12,50 kWh")), qPrintable(text));  // French decimal comma
    QVERIFY2(text.contains(QStringLiteral("coverage 100,0 %")), qPrintable(text));
}

void TestChartDataTable::summaryOfNothing()
{
    QCOMPARE(ChartSummary::of({}, kFrom, kFrom + fixture::kHourMs, QStringLiteral("UTC")),
             QStringLiteral("No series charted."));
}

QTEST_GUILESS_MAIN(TestChartDataTable)
#include "tst_chartdatatable.moc"
