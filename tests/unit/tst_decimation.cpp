// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/m4decimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <map>
#include <vector>

using namespace meterscope;

namespace {
constexpr qint64 kQuarterMs = 15 * 60 * 1000;
constexpr qint64 kStart = 1704067200000; // 2024-01-01T00:00:00Z

struct Data
{
    std::vector<qint64> t;
    std::vector<double> v;
};

// Quarter-hour points with random values; every point has a `gapPercent` chance of being absent.
Data randomData(int count, int gapPercent, quint32 seed)
{
    QRandomGenerator random(seed);
    Data data;
    for (int i = 0; i < count; ++i) {
        if (gapPercent > 0 && int(random.bounded(100)) < gapPercent)
            continue;
        data.t.push_back(kStart + i * kQuarterMs);
        data.v.push_back(random.generateDouble() * 200.0 - 50.0);
    }
    return data;
}

qint64 columnOf(qint64 t, qint64 from, qint64 to, int width)
{
    return (t - from) * width / (to - from);
}
} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryColumnsExtremesAndAtMostFourPoints_data();
    void keepsEveryColumnsExtremesAndAtMostFourPoints();
    void fewPointsPassThroughUnchanged();
    void gapsBreakTheLine();
    void gapInsideOneColumnIsAbsorbed();
    void neighboursOutsideTheRangeAreKept();
    void segmentsAndNanBreaksMatchTheBreaks();
    void emptyInputsGiveNothing();
};

void TestDecimation::keepsEveryColumnsExtremesAndAtMostFourPoints_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("gapPercent");
    QTest::addColumn<int>("fromOffset"); // in points from the data's start
    QTest::addColumn<int>("toOffset");
    QTest::newRow("year-1600px") << 35040 << 1600 << 0 << 0 << 35040;
    QTest::newRow("year-1600px-gaps") << 35040 << 1600 << 5 << 0 << 35040;
    QTest::newRow("zoomed-window") << 35040 << 900 << 3 << 10000 << 14000;
    QTest::newRow("odd-width") << 20000 << 7 << 0 << 13 << 19999;
    QTest::newRow("more-columns-than-points") << 500 << 2000 << 10 << 0 << 500;
}

void TestDecimation::keepsEveryColumnsExtremesAndAtMostFourPoints()
{
    QFETCH(int, count);
    QFETCH(int, width);
    QFETCH(int, gapPercent);
    QFETCH(int, fromOffset);
    QFETCH(int, toOffset);
    const Data data = randomData(count, gapPercent, quint32(count + width));
    const qint64 from = kStart + fromOffset * kQuarterMs;
    const qint64 to = kStart + toOffset * kQuarterMs;
    const DecimatedSeries out = M4Decimator::decimate(data.t, data.v, from, to, width, kQuarterMs);

    // Brute force: first, last, min and max of every column.
    struct Column
    {
        double min = INFINITY;
        double max = -INFINITY;
        qint64 firstT = 0;
        qint64 lastT = 0;
        int n = 0;
    };
    std::map<qint64, Column> expected;
    for (size_t i = 0; i < data.t.size(); ++i) {
        if (data.t[i] < from || data.t[i] >= to)
            continue;
        Column &column = expected[columnOf(data.t[i], from, to, width)];
        column.min = std::min(column.min, data.v[i]);
        column.max = std::max(column.max, data.v[i]);
        if (column.n++ == 0)
            column.firstT = data.t[i];
        column.lastT = data.t[i];
    }
    std::map<qint64, Column> actual;
    std::map<qint64, int> pointsPerColumn;
    for (int i = 0; i < out.points.size(); ++i) {
        const qint64 t = qint64(out.points[i].x());
        if (i > 0)
            QVERIFY(out.points[i - 1].x() < out.points[i].x());
        if (t < from || t >= to)
            continue;
        Column &column = actual[columnOf(t, from, to, width)];
        column.min = std::min(column.min, out.points[i].y());
        column.max = std::max(column.max, out.points[i].y());
        if (column.n++ == 0)
            column.firstT = t;
        column.lastT = t;
        ++pointsPerColumn[columnOf(t, from, to, width)];
    }
    QCOMPARE(actual.size(), expected.size());
    for (const auto &[index, column] : expected) {
        const Column &kept = actual[index];
        QCOMPARE(kept.min, column.min);
        QCOMPARE(kept.max, column.max);
        QCOMPARE(kept.firstT, column.firstT);
        QCOMPARE(kept.lastT, column.lastT);
        QVERIFY2(pointsPerColumn[index] <= 4, qPrintable(QString::number(pointsPerColumn[index])));
    }
    QVERIFY(out.points.size() <= 4 * qsizetype(width) + 2);

    // Between columns, kept neighbours are data neighbours: a break exactly where they are a gap apart.
    for (qsizetype i = 1; i < out.points.size(); ++i) {
        const qint64 previous = qint64(out.points[i - 1].x());
        const qint64 current = qint64(out.points[i].x());
        const bool sameColumn = previous >= from && current < to &&
                                columnOf(previous, from, to, width) == columnOf(current, from, to, width);
        if (!sameColumn)
            QCOMPARE(out.breaks.contains(i), current - previous > kQuarterMs);
        else
            QVERIFY(!out.breaks.contains(i));
    }
}

void TestDecimation::fewPointsPassThroughUnchanged()
{
    const Data data = randomData(100, 0, 1);
    const DecimatedSeries out =
        M4Decimator::decimate(data.t, data.v, data.t.front(), data.t.back() + 1, 1000, kQuarterMs);
    QCOMPARE(out.points.size(), qsizetype(100));
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(qint64(out.points[i].x()), data.t[size_t(i)]);
        QCOMPARE(out.points[i].y(), data.v[size_t(i)]);
    }
    QVERIFY(out.breaks.isEmpty());
    QCOMPARE(out.segmentCount(), qsizetype(1));
}

void TestDecimation::gapsBreakTheLine()
{
    // 4 h of data, 2 h missing, 4 h of data, then one isolated point after another gap.
    Data data;
    for (int i = 0; i < 16; ++i)
        data.t.push_back(kStart + i * kQuarterMs);
    for (int i = 24; i < 40; ++i)
        data.t.push_back(kStart + i * kQuarterMs);
    data.t.push_back(kStart + 50 * kQuarterMs);
    data.v.assign(data.t.size(), 1.0);
    const DecimatedSeries out =
        M4Decimator::decimate(data.t, data.v, kStart, kStart + 60 * kQuarterMs, 600, kQuarterMs);
    QCOMPARE(out.points.size(), qsizetype(33));
    QCOMPARE(out.breaks, (QList<qsizetype>{16, 32}));
    const QList<QList<QPointF>> segments = out.segments();
    QCOMPARE(segments.size(), qsizetype(3));
    QCOMPARE(segments[0].size(), qsizetype(16));
    QCOMPARE(segments[1].size(), qsizetype(16));
    QCOMPARE(segments[2].size(), qsizetype(1));

    const DecimatedSeries unbroken =
        M4Decimator::decimate(data.t, data.v, kStart, kStart + 60 * kQuarterMs, 600, 0);
    QVERIFY(unbroken.breaks.isEmpty());
}

void TestDecimation::gapInsideOneColumnIsAbsorbed()
{
    // One column spans a whole day: a one-hour gap inside it cannot be drawn, the day's gap can.
    Data data;
    for (int i = 0; i < 96 * 3; ++i) {
        const bool hourGap = i >= 40 && i < 44;
        const bool dayGap = i >= 96 && i < 192;
        if (hourGap || dayGap)
            continue;
        data.t.push_back(kStart + i * kQuarterMs);
        data.v.push_back(double(i % 7));
    }
    const DecimatedSeries out =
        M4Decimator::decimate(data.t, data.v, kStart, kStart + 3 * 96 * kQuarterMs, 3, kQuarterMs);
    QCOMPARE(out.breaks.size(), qsizetype(1));
    QCOMPARE(out.segmentCount(), qsizetype(2));
    QVERIFY(out.points.size() <= 8);
}

void TestDecimation::neighboursOutsideTheRangeAreKept()
{
    const Data data = randomData(1000, 0, 3);
    const qint64 from = kStart + 100 * kQuarterMs + 1;
    const qint64 to = kStart + 200 * kQuarterMs + 1;
    const DecimatedSeries out = M4Decimator::decimate(data.t, data.v, from, to, 50, kQuarterMs);
    QCOMPARE(qint64(out.points.first().x()), kStart + 100 * kQuarterMs);
    QCOMPARE(qint64(out.points.last().x()), kStart + 201 * kQuarterMs);
    QVERIFY(out.breaks.isEmpty());
}

void TestDecimation::segmentsAndNanBreaksMatchTheBreaks()
{
    DecimatedSeries series;
    series.points = {QPointF(0, 1), QPointF(1, 2), QPointF(5, 3), QPointF(9, 4)};
    series.breaks = {2, 3};
    const QList<QPointF> withNan = series.pointsWithNanBreaks();
    QCOMPARE(withNan.size(), qsizetype(6));
    QVERIFY(std::isnan(withNan[2].y()));
    QCOMPARE(withNan[2].x(), 3.0);
    QVERIFY(std::isnan(withNan[4].y()));
    QCOMPARE(withNan[5], QPointF(9, 4));
    QCOMPARE(series.segments(),
             (QList<QList<QPointF>>{{QPointF(0, 1), QPointF(1, 2)}, {QPointF(5, 3)}, {QPointF(9, 4)}}));
}

void TestDecimation::emptyInputsGiveNothing()
{
    const Data data = randomData(10, 0, 4);
    QVERIFY(M4Decimator::decimate({}, {}, kStart, kStart + 1000, 100, kQuarterMs).points.isEmpty());
    QVERIFY(M4Decimator::decimate(data.t, data.v, kStart, kStart, 100, kQuarterMs).points.isEmpty());
    QVERIFY(M4Decimator::decimate(data.t, data.v, kStart, kStart + 1000, 0, kQuarterMs).points.isEmpty());
    QCOMPARE(DecimatedSeries().segmentCount(), qsizetype(0));
    QVERIFY(DecimatedSeries().segments().isEmpty());
}

QTEST_GUILESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
