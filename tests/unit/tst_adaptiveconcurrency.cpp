// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/adaptiveconcurrency.h"

#include <QTest>

using namespace meterscope;

// How many chunks of one fetch may be in flight while the server answers 429.
class TestAdaptiveConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheMaximum();
    void aMaximumBelowOneStillAllowsOne();
    void eachThrottleHalvesDownToOne();
    void successesAfterAThrottleGrowBackToTheMaximum();
    void requestsInFlightDuringAThrottleDoNotGrowTheLimit();
    void aSuccessWithoutAnyThrottleKeepsTheMaximum();
};

void TestAdaptiveConcurrency::startsAtTheMaximum()
{
    const AdaptiveConcurrency concurrency(4);
    QCOMPARE(concurrency.limit(), 4);
    QCOMPARE(concurrency.maximum(), 4);
}

void TestAdaptiveConcurrency::aMaximumBelowOneStillAllowsOne()
{
    AdaptiveConcurrency concurrency(0);
    QCOMPARE(concurrency.limit(), 1);
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 1);
    concurrency.onSuccess(concurrency.epoch());
    QCOMPARE(concurrency.limit(), 1);
}

void TestAdaptiveConcurrency::eachThrottleHalvesDownToOne()
{
    AdaptiveConcurrency concurrency(8);
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 4);
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 2);
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 1);
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 1);

    AdaptiveConcurrency odd(5);
    odd.onThrottled();
    QCOMPARE(odd.limit(), 2);
}

void TestAdaptiveConcurrency::successesAfterAThrottleGrowBackToTheMaximum()
{
    AdaptiveConcurrency concurrency(4);
    concurrency.onThrottled();
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 1);
    const quint64 afterThrottle = concurrency.epoch();
    concurrency.onSuccess(afterThrottle);
    QCOMPARE(concurrency.limit(), 2);
    concurrency.onSuccess(afterThrottle);
    QCOMPARE(concurrency.limit(), 3);
    concurrency.onSuccess(afterThrottle);
    QCOMPARE(concurrency.limit(), 4);
    concurrency.onSuccess(afterThrottle);
    QCOMPARE(concurrency.limit(), 4);
}

void TestAdaptiveConcurrency::requestsInFlightDuringAThrottleDoNotGrowTheLimit()
{
    AdaptiveConcurrency concurrency(4);
    const quint64 before = concurrency.epoch();
    concurrency.onThrottled();
    QCOMPARE(concurrency.limit(), 2);
    // The three others that were in flight when the 429 came succeed: the limit stays halved.
    concurrency.onSuccess(before);
    concurrency.onSuccess(before);
    concurrency.onSuccess(before);
    QCOMPARE(concurrency.limit(), 2);
    // One started after the 429, then another 429 while it runs: it does not count either.
    const quint64 between = concurrency.epoch();
    QVERIFY(between != before);
    concurrency.onThrottled();
    concurrency.onSuccess(between);
    QCOMPARE(concurrency.limit(), 1);
    concurrency.onSuccess(concurrency.epoch());
    QCOMPARE(concurrency.limit(), 2);
}

void TestAdaptiveConcurrency::aSuccessWithoutAnyThrottleKeepsTheMaximum()
{
    AdaptiveConcurrency concurrency(3);
    for (int i = 0; i < 5; ++i)
        concurrency.onSuccess(concurrency.epoch());
    QCOMPARE(concurrency.limit(), 3);
}

QTEST_GUILESS_MAIN(TestAdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
