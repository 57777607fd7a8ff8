// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's hand-written JSON writer: what it writes must be valid JSON with the exact values.
#include "emulator/jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace meterscope::emulator;

class TestEmulatorJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void nestedContainersAreValidJson()
    {
        JsonWriter out;
        out.beginObject();
        out.key("list");
        out.beginArray();
        out.integer(1);
        out.beginObject();
        out.endObject();
        out.beginArray();
        out.endArray();
        out.null();
        out.boolean(true);
        out.endArray();
        out.key("n");
        out.number(2.5);
        out.endObject();
        QCOMPARE(out.data(), QByteArray("{\"list\":[1,{},[],null,true],\"n\":2.5}"));
        QJsonParseError error;
        QJsonDocument::fromJson(out.take(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(out.data().isEmpty());
    }

    void stringsAreEscaped()
    {
        const QString text =
            QStringLiteral("quote \" backslash \\ tab \t newline \n bell \x07 Île-de-France");
        JsonWriter out;
        out.beginArray();
        out.string(text);
        out.endArray();
        QCOMPARE(QJsonDocument::fromJson(out.data()).array().at(0).toString(), text);
        QVERIFY(out.data().contains("\\u0007"));
    }

    void thousandthsAreWrittenExactly_data()
    {
        QTest::addColumn<qint64>("thousandths");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << qint64(0) << QByteArray("0");
        QTest::newRow("whole") << qint64(12000) << QByteArray("12");
        QTest::newRow("half") << qint64(12500) << QByteArray("12.5");
        QTest::newRow("three-digits") << qint64(41280) << QByteArray("41.28");
        QTest::newRow("small") << qint64(5) << QByteArray("0.005");
        QTest::newRow("negative") << qint64(-98765432) << QByteArray("-98765.432");
        QTest::newRow("negative-small") << qint64(-40) << QByteArray("-0.04");
    }

    void thousandthsAreWrittenExactly()
    {
        QFETCH(qint64, thousandths);
        QFETCH(QByteArray, text);
        JsonWriter number;
        number.milli(thousandths);
        QCOMPARE(number.data(), text);
        JsonWriter quoted;
        quoted.milli(thousandths, true);
        QCOMPARE(quoted.data(), '"' + text + '"');
    }

    void timestampsAreRfc3339Utc_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<int>("fractionDigits");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) << 0
                               << QByteArray("1970-01-01T00:00:00Z");
        QTest::newRow("leap-day") << QDateTime(QDate(2024, 2, 29), QTime(23, 45), Qt::UTC) << 0
                                  << QByteArray("2024-02-29T23:45:00Z");
        QTest::newRow("milliseconds") << QDateTime(QDate(2025, 3, 30), QTime(0, 20, 11, 384), Qt::UTC) << 3
                                      << QByteArray("2025-03-30T00:20:11.384Z");
        QTest::newRow("nanoseconds") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 7), Qt::UTC) << 9
                                     << QByteArray("2025-12-31T23:59:59.007000000Z");
        QTest::newRow("before-epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC) << 0
                                      << QByteArray("1969-12-31T23:00:00Z");
    }

    void timestampsAreRfc3339Utc()
    {
        QFETCH(QDateTime, instant);
        QFETCH(int, fractionDigits);
        QFETCH(QByteArray, text);
        JsonWriter out;
        out.utcTimestamp(instant.toMSecsSinceEpoch(), fractionDigits);
        QCOMPARE(out.data(), '"' + text + '"');
    }
};

QTEST_GUILESS_MAIN(TestEmulatorJsonWriter)
#include "tst_emulatorjsonwriter.moc"
