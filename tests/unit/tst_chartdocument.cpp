// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartdocument.h"
#include "support/chartseriesfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kHour = fixture::kHourMs;
constexpr qint64 kFrom = 1'735'689'600'000; // 2025-01-01T00:00Z

ChartSeries hourly(const QString &key, int hours)
{
    return fixture::hourlyChartSeries(key, kFrom, hours);
}
} // namespace

// The chart document: one place for what is charted, the "as of" of its data and the part on screen.
class TestChartDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesReplaceTheOldOnesAndResetTheView();
    void aMoreCompleteChartOfTheSameRangeKeepsTheView();
    void theViewStaysInsideTheRange();
    void seriesInViewHoldOnlyThePointsOnScreen();
    void clearingSaysWhy();
};

void TestChartDocument::seriesReplaceTheOldOnesAndResetTheView()
{
    ChartDocument document;
    QSignalSpy changed(&document, &ChartDocument::seriesChanged);
    document.setSeries({hourly(QStringLiteral("a"), 48)}, kFrom, kFrom + 48 * kHour, false, kFrom);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!document.isComplete());
    QCOMPARE(document.asOfUtcMs(), std::optional<qint64>(kFrom));
    QCOMPARE(document.viewFromUtcMs(), kFrom);
    QCOMPARE(document.viewToUtcMs(), kFrom + 48 * kHour);
    document.setView(kFrom + kHour, kFrom + 5 * kHour);
    QVERIFY(document.isZoomed());
    // Another range: the view is the whole of it again.
    document.setSeries({hourly(QStringLiteral("b"), 24)}, kFrom, kFrom + 24 * kHour, true, std::nullopt);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!document.isZoomed());
    QCOMPARE(document.series().size(), 1);
    QCOMPARE(document.series().front().key, QStringLiteral("b"));
    QVERIFY(document.isComplete());
}

void TestChartDocument::aMoreCompleteChartOfTheSameRangeKeepsTheView()
{
    ChartDocument document;
    document.setSeries({hourly(QStringLiteral("a"), 12)}, kFrom, kFrom + 48 * kHour, false, kFrom);
    document.setView(kFrom + 2 * kHour, kFrom + 6 * kHour);
    document.setSeries({hourly(QStringLiteral("a"), 48)}, kFrom, kFrom + 48 * kHour, true, kFrom);
    QCOMPARE(document.viewFromUtcMs(), kFrom + 2 * kHour);
    QCOMPARE(document.viewToUtcMs(), kFrom + 6 * kHour);
}

void TestChartDocument::theViewStaysInsideTheRange()
{
    ChartDocument document;
    document.setSeries({hourly(QStringLiteral("a"), 10)}, kFrom, kFrom + 10 * kHour, true, kFrom);
    QSignalSpy view(&document, &ChartDocument::viewChanged);
    document.setView(kFrom - 5 * kHour, kFrom + 3 * kHour);
    QCOMPARE(document.viewFromUtcMs(), kFrom);
    QCOMPARE(document.viewToUtcMs(), kFrom + 3 * kHour);
    QCOMPARE(view.size(), 1);
    document.setView(kFrom, kFrom + 3 * kHour); // the same: no signal
    QCOMPARE(view.size(), 1);
    document.setView(kFrom + 20 * kHour, kFrom + 30 * kHour); // entirely outside: refused
    QCOMPARE(document.viewToUtcMs(), kFrom + 3 * kHour);
    document.resetView();
    QVERIFY(!document.isZoomed());
    QCOMPARE(view.size(), 2);
}

void TestChartDocument::seriesInViewHoldOnlyThePointsOnScreen()
{
    ChartDocument document;
    document.setSeries({hourly(QStringLiteral("a"), 48), hourly(QStringLiteral("b"), 10)}, kFrom,
                       kFrom + 48 * kHour, true, kFrom);
    QCOMPARE(document.seriesInView().front().size(), 48);
    document.setView(kFrom + 8 * kHour, kFrom + 20 * kHour);
    const QList<ChartSeries> shown = document.seriesInView();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).size(), 12);
    QCOMPARE(shown.at(0).utcMs.front(), kFrom + 8 * kHour);
    QCOMPARE(shown.at(0).values.front(), 9.0);
    QCOMPARE(shown.at(0).values.back(), 20.0);
    QCOMPARE(shown.at(0).endUtcMs.size(), shown.at(0).utcMs.size());
    QCOMPARE(shown.at(0).coverage.size(), shown.at(0).utcMs.size());
    QCOMPARE(shown.at(0).fromUtcMs, kFrom + 8 * kHour);
    QCOMPARE(shown.at(0).toUtcMs, kFrom + 20 * kHour);
    QCOMPARE(shown.at(1).size(), 2); // b ends at hour 10
    // The document itself is not cut.
    QCOMPARE(document.series().front().size(), 48);
}

void TestChartDocument::clearingSaysWhy()
{
    ChartDocument document;
    document.setSeries({hourly(QStringLiteral("a"), 4)}, kFrom, kFrom + 4 * kHour, true, kFrom);
    QSignalSpy changed(&document, &ChartDocument::seriesChanged);
    document.clear(QStringLiteral("Select a site."));
    QCOMPARE(changed.size(), 1);
    QVERIFY(document.isEmpty());
    QCOMPARE(document.message(), QStringLiteral("Select a site."));
    QVERIFY(!document.asOfUtcMs());
}

QTEST_GUILESS_MAIN(TestChartDocument)
#include "tst_chartdocument.moc"
