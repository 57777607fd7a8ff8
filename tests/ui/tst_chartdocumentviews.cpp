// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"
#include "chartstatusoverlay.h"
#include "chartwidget.h"
#include "models/chartdocument.h"
#include "models/seriestotalsmodel.h"
#include "support/chartseriesfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kHour = fixture::kHourMs;
constexpr qint64 kFrom = 1'735'686'000'000; // 2025-01-01T00:00 in Paris

QStringList csvDataRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith("utc,"))
            rows.append(QString::fromUtf8(line));
    }
    return rows;
}

// A chart document shown by a chart widget and exported by an exporter, as in the main window.
struct ExportedChart
{
    ChartDocument document;
    ChartWidget chart;
    ChartExporter exporter{&document, &chart};

    explicit ExportedChart(const QTimeZone &zone)
    {
        chart.resize(900, 500);
        chart.setDocument(&document);
        document.setAxisZone(zone);
    }
};
} // namespace

// One chart document, observed by the chart widget and the totals table, and read by the exporter:
// all show the same series, the widget's zoom is the document's view, and an export of a zoomed
// chart holds exactly the range its name says.
class TestChartDocumentViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theChartAndTheTotalsFollowTheDocument();
    void exportsNameEachSiteOnceAndWhatIsCharted();
    void aZoomedCsvHoldsTheRangeItIsNamedAfter();
    void aCsvExportWritesTheChartItStartedFromWhateverIsChartedMeanwhile();
    void aCsvOfBarsSaysHowCompleteEachPeriodIs();
};

void TestChartDocumentViews::theChartAndTheTotalsFollowTheDocument()
{
    ChartDocument document;
    ChartWidget chart;
    chart.resize(900, 500);
    chart.setDocument(&document);
    SeriesTotalsModel totals;
    totals.setDocument(&document);
    document.setAxisZone(QTimeZone("Europe/Paris"));

    document.setSeries({fixture::hourlyChartSeries(QStringLiteral("Main incomer"), kFrom, 72),
                        fixture::hourlyChartSeries(QStringLiteral("HVAC"), kFrom, 72)},
                       kFrom, kFrom + 72 * kHour, true, kFrom);
    QCOMPARE(chart.series().size(), 2);
    QVERIFY(chart.chartCount() > 0);
    QCOMPARE(totals.rowCount(), 2);
    QCOMPARE(totals.index(1, SeriesTotalsModel::SeriesColumn).data().toString(), QStringLiteral("HVAC"));

    // Zooming the widget moves the document's view; moving the view zooms the widget.
    chart.zoomBy(0.5);
    QVERIFY(document.isZoomed());
    QCOMPARE(document.viewFromUtcMs(), chart.viewFromUtcMs());
    QCOMPARE(document.viewToUtcMs(), chart.viewToUtcMs());
    document.setView(kFrom + 10 * kHour, kFrom + 20 * kHour);
    QCOMPARE(chart.viewFromUtcMs(), kFrom + 10 * kHour);
    QCOMPARE(chart.viewToUtcMs(), kFrom + 20 * kHour);

    // Loading shows on the widget, as a strip that leaves the chart of this request readable; a
    // failure with nothing drawn takes the middle instead of "No data"; a cleared document empties
    // both, with its reason on the chart.
    ChartLoadStatus status;
    status.state = ChartLoadStatus::State::Loading;
    status.sinceUtcMs = QDateTime::currentMSecsSinceEpoch();
    document.setLoadStatus(status);
    QVERIFY(chart.statusOverlay()->isVisibleTo(&chart));
    QCOMPARE(chart.statusOverlay()->text(), QStringLiteral("Loading the rest…"));
    QVERIFY(!chart.statusOverlay()->coversChart());
    status.state = ChartLoadStatus::State::Idle;
    document.setLoadStatus(status);
    QVERIFY(chart.statusOverlay()->isHidden());
    document.clear(QStringLiteral("Select a site or a meter."));
    QCOMPARE(chart.series().size(), 0);
    QCOMPARE(chart.placeholderText(), QStringLiteral("Select a site or a meter."));
    QCOMPARE(totals.rowCount(), 0);
}

void TestChartDocumentViews::exportsNameEachSiteOnceAndWhatIsCharted()
{
    ExportedChart exported(QTimeZone("Europe/Paris"));
    ChartDocument &document = exported.document;
    ChartExporter &exporter = exported.exporter;
    const auto meter = [](const QString &site, const QString &name) {
        ChartSeries s = fixture::hourlyChartSeries(site + u'/' + name, kFrom, 24);
        s.siteName = site;
        s.meterId = name;
        s.meterName = name;
        return s;
    };
    const auto chart = [&](const QList<ChartSeries> &series) {
        document.setSeries(series, kFrom, kFrom + 24 * kHour, true, kFrom);
        return std::pair{exporter.title(), exporter.defaultFileName(ChartExporter::Format::Png)};
    };
    // Two meters of one site: the site once, then its meters.
    auto [title, file] = chart({meter(QStringLiteral("Lyon"), QStringLiteral("Main incomer")),
                                meter(QStringLiteral("Lyon"), QStringLiteral("HVAC"))});
    QCOMPARE(title, QStringLiteral("Consumption — Lyon: Main incomer, HVAC"));
    QCOMPARE(file, QStringLiteral("Lyon - Main incomer + HVAC - 2025-01-01.png"));
    // One meter with two measurements is one meter, not "and 1 more".
    ChartSeries power = meter(QStringLiteral("Lyon"), QStringLiteral("Main incomer"));
    power.key += QStringLiteral("/power");
    std::tie(title, file) = chart({meter(QStringLiteral("Lyon"), QStringLiteral("Main incomer")), power});
    QCOMPARE(file, QStringLiteral("Lyon - Main incomer - 2025-01-01.png"));
    QCOMPARE(title, QStringLiteral("Consumption — Lyon: Main incomer"));
    // A site charted itself (its electricity and its gas meter): the site.
    ChartSeries site = fixture::hourlyChartSeries(QStringLiteral("Lyon"), kFrom, 24);
    site.meterName = QStringLiteral("Lyon");
    ChartSeries gas = meter(QStringLiteral("Lyon"), QStringLiteral("Lyon · Gas"));
    std::tie(title, file) = chart({site, gas});
    QCOMPARE(title, QStringLiteral("Consumption — Lyon"));
    QCOMPARE(file, QStringLiteral("Lyon - 2025-01-01.png"));
    // Four sites: counted.
    std::tie(title, file) = chart(
        {meter(QStringLiteral("A"), QStringLiteral("m")), meter(QStringLiteral("B"), QStringLiteral("m")),
         meter(QStringLiteral("C"), QStringLiteral("m")), meter(QStringLiteral("D"), QStringLiteral("m"))});
    QCOMPARE(title, QStringLiteral("Consumption of 4 sites"));
    QCOMPARE(file, QStringLiteral("4 sites - 2025-01-01.png"));
    // The header names the units as the axes show them: MWh for a site's thousands of kWh, m³ for m3.
    ChartSeries big = meter(QStringLiteral("Lyon"), QStringLiteral("Main incomer"));
    for (double &v : big.values)
        v *= 10'000;
    ChartSeries water = meter(QStringLiteral("Lyon"), QStringLiteral("Water"));
    water.unit = QStringLiteral("m3");
    chart({big, water});
    const QString header = exporter.headerLines().join(u'\n');
    QVERIFY2(header.contains(QStringLiteral("Units: MWh, m³")), qPrintable(header));
}

void TestChartDocumentViews::aZoomedCsvHoldsTheRangeItIsNamedAfter()
{
    ExportedChart exported(QTimeZone("Europe/Paris"));
    ChartDocument &document = exported.document;
    ChartExporter &exporter = exported.exporter;
    document.setSeries({fixture::hourlyChartSeries(QStringLiteral("Main incomer"), kFrom, 24 * 31)}, kFrom,
                       kFrom + 24 * 31 * kHour, true, kFrom);
    QVERIFY(exporter.defaultFileName(ChartExporter::Format::Csv)
                .contains(QStringLiteral("2025-01-01 to 2025-01-31")));

    // Zoomed to 10–12 January: the name and the rows say the same.
    document.setView(kFrom + 9 * 24 * kHour, kFrom + 12 * 24 * kHour);
    const QString name = exporter.defaultFileName(ChartExporter::Format::Csv);
    QVERIFY2(name.contains(QStringLiteral("2025-01-10 to 2025-01-12")), qPrintable(name));
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QSignalSpy finished(&exporter, &ChartExporter::csvFinished);
    exporter.startCsv(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    const QStringList rows = csvDataRows(path);
    QCOMPARE(rows.size(), 3 * 24);
    QVERIFY2(rows.front().startsWith(QStringLiteral("2025-01-09T23:00:00Z")), qPrintable(rows.front()));
    QVERIFY2(rows.back().startsWith(QStringLiteral("2025-01-12T22:00:00Z")), qPrintable(rows.back()));
}

void TestChartDocumentViews::aCsvExportWritesTheChartItStartedFromWhateverIsChartedMeanwhile()
{
    // The export reads the document's points in place (no copy of a 10-million-row chart): a new chart
    // charted while the file is written must neither change nor cut what is written.
    ExportedChart exported(QTimeZone::utc());
    ChartDocument &document = exported.document;
    ChartExporter &exporter = exported.exporter;
    const int hours = 24 * 366 * 20; // 20 years of hours: long enough to be still writing below
    ChartSeries first = fixture::hourlyChartSeries(QStringLiteral("Main incomer"), kFrom, hours);
    const double firstValue = first.values.front();
    document.setSeries({first}, kFrom, kFrom + hours * kHour, true, kFrom);
    first = {};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.csv"));
    QSignalSpy finished(&exporter, &ChartExporter::csvFinished);
    exporter.startCsv(path);
    QVERIFY(exporter.isCsvRunning());
    document.setSeries({fixture::hourlyChartSeries(QStringLiteral("Gas main"), kFrom + kHour, 2)}, kFrom,
                       kFrom + 3 * kHour, true, kFrom);
    document.clear(QStringLiteral("Select a site or a meter to see its consumption."));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    const QStringList rows = csvDataRows(path);
    QCOMPARE(rows.size(), hours);
    QVERIFY2(rows.front().startsWith(QStringLiteral("2024-12-31T23:00:00Z")), qPrintable(rows.front()));
    QVERIFY2(rows.front().endsWith(u',' + QString::number(firstValue)), qPrintable(rows.front()));
}

void TestChartDocumentViews::aCsvOfBarsSaysHowCompleteEachPeriodIs()
{
    ExportedChart exported(QTimeZone("Europe/Paris"));
    ChartSeries hours = fixture::hourlyChartSeries(QStringLiteral("Main incomer"), kFrom, 3);
    hours.bars = true; // three one-hour periods, the second with half of its data
    hours.coverage[1] = 0.5;
    exported.document.setSeries({hours}, kFrom, kFrom + 3 * kHour, true, kFrom);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bars.csv"));
    QSignalSpy finished(&exported.exporter, &ChartExporter::csvFinished);
    exported.exporter.startCsv(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY2(csv.contains("utc,local,zone,Main incomer (kWh),Main incomer (kWh) coverage (%),"
                          "Main incomer (kWh) partial,Main incomer (kWh) negative intervals\n"),
             csv.constData());
    const QStringList rows = csvDataRows(path);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).endsWith(QStringLiteral(",1,100,false,0")), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).endsWith(QStringLiteral(",2,50,true,0")), qPrintable(rows.at(1)));
}

QTEST_MAIN(TestChartDocumentViews)
#include "tst_chartdocumentviews.moc"
