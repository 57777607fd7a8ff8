// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/rangesplitter.h"
#include "api/seriesmerger.h"

#include <QTest>
#include <QTimeZone>

using namespace meterscope;

// Long ranges are cut into the spans the API allows and the chunks merge back into one series.
class TestRangeSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spansCoverTheRangeWithoutGapsOrOverlap_data();
    void spansCoverTheRangeWithoutGapsOrOverlap();
    void emptyOrInvalidRangesGiveNoSpans();
    void chunksMergePerSeriesKey();
};

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace

void TestRangeSplitter::spansCoverTheRangeWithoutGapsOrOverlap_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("maxDays");
    QTest::addColumn<int>("spans");
    QTest::newRow("within one span") << utc(2025, 1, 1) << utc(2025, 1, 20) << 31 << 1;
    QTest::newRow("exactly one span") << utc(2025, 1, 1) << utc(2025, 2, 1) << 31 << 1;
    QTest::newRow("one hour more") << utc(2025, 1, 1) << utc(2025, 2, 1, 1) << 31 << 2;
    QTest::newRow("a year of 15 min") << utc(2024, 1, 1) << utc(2025, 1, 1) << 31 << 12; // 366 days
    QTest::newRow("a year hourly") << utc(2024, 1, 1) << utc(2025, 1, 1) << 366 << 1;
    QTest::newRow("ten years daily") << utc(2015, 1, 1) << utc(2025, 1, 1) << 3660 << 1;
    QTest::newRow("zero max means one day") << utc(2025, 1, 1) << utc(2025, 1, 3) << 0 << 2;
}

void TestRangeSplitter::spansCoverTheRangeWithoutGapsOrOverlap()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, maxDays);
    QFETCH(int, spans);
    const QList<RangeSplitter::Span> result = RangeSplitter::split(from, to, maxDays);
    QCOMPARE(result.size(), spans);
    QCOMPARE(result.first().from, from);
    QCOMPARE(result.last().to, to);
    for (qsizetype i = 0; i < result.size(); ++i) {
        QVERIFY(result[i].from < result[i].to);
        QVERIFY(result[i].from.secsTo(result[i].to) <= qint64(qMax(maxDays, 1)) * 86400);
        if (i > 0)
            QCOMPARE(result[i].from, result[i - 1].to);
    }
}

void TestRangeSplitter::emptyOrInvalidRangesGiveNoSpans()
{
    QVERIFY(RangeSplitter::split(utc(2025, 1, 2), utc(2025, 1, 1), 31).isEmpty());
    QVERIFY(RangeSplitter::split(utc(2025, 1, 1), utc(2025, 1, 1), 31).isEmpty());
    QVERIFY(RangeSplitter::split(QDateTime(), utc(2025, 1, 1), 31).isEmpty());
}

void TestRangeSplitter::chunksMergePerSeriesKey()
{
    auto series = [](const char *key, std::vector<qint64> times, std::vector<double> values) {
        Series s;
        s.key = QString::fromLatin1(key);
        s.utcMs = std::move(times);
        s.values = std::move(values);
        s.updatedAtUtcMs.assign(s.utcMs.size(), 0);
        return s;
    };
    SeriesMerger merger;
    // The second chunk arrives first (chunks run in parallel); "b" appears only in one chunk;
    // the chunks overlap at t=30.
    merger.add({series("a", {30, 40}, {3, 4}), series("b", {35}, {9})});
    merger.add({series("a", {10, 20, 30}, {1, 2, 3})});
    const QList<Series> merged = merger.take();
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).key, QStringLiteral("a"));
    QCOMPARE(merged.at(0).utcMs, (std::vector<qint64>{10, 20, 30, 40}));
    QCOMPARE(merged.at(0).values, (std::vector<double>{1, 2, 3, 4}));
    QCOMPARE(merged.at(1).utcMs, (std::vector<qint64>{35}));
}

QTEST_GUILESS_MAIN(TestRangeSplitter)
#include "tst_rangesplitter.moc"
