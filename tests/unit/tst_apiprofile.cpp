// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiprofile.h"

#include <QTest>

using namespace meterscope;

// A user's API profile file (loaded with ApiProfile::fromJson): what it renames is used, what it leaves
// out comes from the production profile, and the interval names read back the same way every time.
class TestApiProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }
    void renamedIntervalsReadBack();
    void unknownIntervalEntryNeverHidesAKnownOne();
    void brokenProfilesSayWhy_data();
    void brokenProfilesSayWhy();
};

void TestApiProfile::renamedIntervalsReadBack()
{
    QString error;
    const ApiProfile profile =
        ApiProfile::fromJson(R"({"intervals":{"15min":"PT15M","hourly":"PT1H"},"pageSize":50})", &error);
    QVERIFY2(profile.isValid(), qPrintable(error));
    QCOMPARE(profile.pageSize(), 50);
    QCOMPARE(profile.intervalName(ApiInterval::FifteenMinutes), QStringLiteral("PT15M"));
    QCOMPARE(profile.intervalName(ApiInterval::Daily), QStringLiteral("daily")); // from production
    ApiInterval interval = ApiInterval::Raw;
    QVERIFY(profile.intervalFromName(QStringLiteral("pt1h"), &interval));
    QCOMPARE(interval, ApiInterval::Hourly);
    QVERIFY(profile.intervalFromName(QStringLiteral("daily"), &interval));
    QCOMPARE(interval, ApiInterval::Daily);
    QVERIFY(!profile.intervalFromName(QStringLiteral("weekly"), &interval));
}

// Found by tests/fuzz/fuzz_apiprofile (seed tests/data/fuzz/apiprofile/unknown-interval-alias.json):
// an "intervals" entry whose key is no interval Meterscope knows, with the wire name of one it does,
// made intervalFromName() fail or succeed depending on the order of a hash table, which changes from one
// run of the program to the next. Each profile below has such an alias; before the fix about half of
// them failed in any run.
void TestApiProfile::unknownIntervalEntryNeverHidesAKnownOne()
{
    for (int i = 0; i < 64; ++i) {
        QString error;
        const QByteArray json = R"({"intervals":{"legacy-)" + QByteArray::number(i) + R"(":"hourly"}})";
        const ApiProfile profile = ApiProfile::fromJson(json, &error);
        QVERIFY2(profile.isValid(), qPrintable(error));
        ApiInterval interval = ApiInterval::Raw;
        QVERIFY2(profile.intervalFromName(QStringLiteral("hourly"), &interval), json.constData());
        QCOMPARE(interval, ApiInterval::Hourly);
    }
}

void TestApiProfile::brokenProfilesSayWhy_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("sites: /sites");
    QTest::newRow("an array") << QByteArray(R"(["sites"])");
    QTest::newRow("empty base URL") << QByteArray(R"({"baseUrl":""})");
}

void TestApiProfile::brokenProfilesSayWhy()
{
    QFETCH(QByteArray, json);
    QString error;
    const ApiProfile profile = ApiProfile::fromJson(json, &error);
    QVERIFY(!profile.isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiProfile)
#include "tst_apiprofile.moc"
