// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrybudget.h"
#include "api/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace meterscope;

// What may be retried, how long to wait, and how Retry-After is read (design.md decision 5).
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTransientStatusesAreRetried_data();
    void onlyTransientStatusesAreRetried();
    void retryAfterIsReadInBothForms_data();
    void retryAfterIsReadInBothForms();
    void backoffIsFullJitterUnderTheCap();
    void attemptsStopAtTheMaximum();
    void retryAfterIsAFloorForTheWait();
    void retryAfterBeyondTheCapStopsWithAReturnTime();
    void budgetRunsOutAndRefills();
};

namespace {

const QDateTime kNow(QDate(2025, 3, 30), QTime(8, 49, 30), QTimeZone::utc());

RequestPolicy testPolicy()
{
    RequestPolicy policy;
    policy.maxAttempts = 4;
    policy.backoffBaseMs = 1000;
    policy.backoffCapMs = 5000;
    policy.maxRetryAfterSeconds = 120;
    return policy;
}

} // namespace

void TestRetryPolicy::onlyTransientStatusesAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
    for (int status : {200, 301, 400, 401, 403, 404, 409, 422, 501, 505})
        QTest::addRow("%d", status) << status << false;
}

void TestRetryPolicy::onlyTransientStatusesAreRetried()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

void TestRetryPolicy::retryAfterIsReadInBothForms_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("seconds"); // -1: ignored
    QTest::newRow("delta") << QByteArray("7") << qint64(7);
    QTest::newRow("delta with blanks") << QByteArray(" 120 ") << qint64(120);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("HTTP-date GMT") << QByteArray("Sun, 30 Mar 2025 08:50:00 GMT") << qint64(30);
    QTest::newRow("HTTP-date numeric zone") << QByteArray("Sun, 30 Mar 2025 10:50:07 +0200") << qint64(37);
    QTest::newRow("RFC 850 date") << QByteArray("Sunday, 30-Mar-25 08:51:00 GMT") << qint64(90);
    QTest::newRow("date in the past") << QByteArray("Sun, 30 Mar 2025 08:00:00 GMT") << qint64(0);
    QTest::newRow("far future") << QByteArray("86400") << qint64(86400);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::retryAfterIsReadInBothForms()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, seconds);
    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(header, kNow);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestRetryPolicy::backoffIsFullJitterUnderTheCap()
{
    const RetryPolicy policy(testPolicy());
    QCOMPARE(policy.backoffMs(0, 0.0), 0);
    QCOMPARE(policy.backoffMs(0, 0.5), 500);
    QCOMPARE(policy.backoffMs(1, 0.5), 1000);
    QCOMPARE(policy.backoffMs(2, 0.999), 3996);
    QCOMPARE(policy.backoffMs(3, 0.999), 4995); // 8 s capped at 5 s
    QCOMPARE(policy.backoffMs(40, 1.0), 5000);
}

void TestRetryPolicy::attemptsStopAtTheMaximum()
{
    const RetryPolicy policy(testPolicy());
    for (int attempts = 1; attempts < 4; ++attempts)
        QVERIFY(policy.decide(attempts, std::nullopt, 0.5, kNow).retry);
    const RetryPolicy::Decision last = policy.decide(4, std::nullopt, 0.5, kNow);
    QVERIFY(!last.retry);
    QVERIFY(!last.waitTooLong);
}

void TestRetryPolicy::retryAfterIsAFloorForTheWait()
{
    const RetryPolicy policy(testPolicy());
    QCOMPARE(policy.decide(1, qint64(7), 0.5, kNow).delayMs, 7000);
    QCOMPARE(policy.decide(3, qint64(1), 0.999, kNow).delayMs, 3996); // backoff is longer
}

void TestRetryPolicy::retryAfterBeyondTheCapStopsWithAReturnTime()
{
    const RetryPolicy policy(testPolicy());
    const RetryPolicy::Decision decision = policy.decide(1, qint64(86400), 0.5, kNow);
    QVERIFY(!decision.retry);
    QVERIFY(decision.waitTooLong);
    QCOMPARE(decision.retryAtUtc, kNow.addDays(1));
}

void TestRetryPolicy::budgetRunsOutAndRefills()
{
    RetryBudget budget(20, 5);
    for (int i = 0; i < 4; ++i)
        QVERIFY(budget.tryAcquireRetry());
    QVERIFY(!budget.tryAcquireRetry());
    for (int i = 0; i < 5; ++i)
        budget.recordSuccess();
    QVERIFY(budget.tryAcquireRetry());
    QVERIFY(!budget.tryAcquireRetry());
    for (int i = 0; i < 100; ++i)
        budget.recordSuccess();
    QCOMPARE(budget.available(), 20); // never above capacity
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
