// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/csvformatter.h"
#include "cli/jsonformatter.h"
#include "cli/resulttable.h"
#include "cli/tableformatter.h"
#include "export/csvfield.h"
#include "export/decimaltext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace meterscope;

class TestCsvFormatter : public QObject
{
    Q_OBJECT

private:
    static ResultTable sample()
    {
        ResultTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("area")});
        table.addRow({ResultTable::text(QStringLiteral("s1")),
                      ResultTable::text(QStringLiteral("Lyon, \"Part-Dieu\"")), ResultTable::number(4250.5)});
        table.addRow({ResultTable::text(QStringLiteral("s22")),
                      ResultTable::text(QStringLiteral("Two\nlines")), ResultTable::number(std::nullopt)});
        return table;
    }

private Q_SLOTS:
    void csvQuotesOnlyFieldsThatNeedIt()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("São Paulo")), QStringLiteral("São Paulo").toUtf8());
        QCOMPARE(CsvFormatter().format(sample()),
                 QByteArray("id,name,area\ns1,\"Lyon, \"\"Part-Dieu\"\"\",4250.5\ns22,\"Two\nlines\",\n"));
    }

    void textThatASpreadsheetWouldRunIsNeutralisedButNumbersStayNumbers()
    {
        QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\""));
        for (const QString &start : {QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
                                     QStringLiteral("\t"), QStringLiteral("\r")}) {
            QVERIFY2(spreadsheetSafeText(start + QStringLiteral("cmd")).startsWith(QStringLiteral("'")),
                     qPrintable(start));
        }
        QCOMPARE(spreadsheetSafeText(QStringLiteral("Lyon = Part-Dieu")), QStringLiteral("Lyon = Part-Dieu"));
        ResultTable table({QStringLiteral("name"), QStringLiteral("value")});
        table.addRow({ResultTable::text(QStringLiteral("-minus")), ResultTable::number(-12.5)});
        QCOMPARE(CsvFormatter().format(table), QByteArray("name,value\n'-minus,-12.5\n"));
    }

    void decimalsUseAPointAndAtMostSixDecimalsWhateverTheLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(decimalText(12.5), QStringLiteral("12.5"));
        QCOMPARE(decimalText(3.0), QStringLiteral("3"));
        QCOMPARE(decimalText(0.1234567), QStringLiteral("0.123457"));
        QCOMPARE(decimalText(-2.0000001), QStringLiteral("-2"));
        QCOMPARE(decimalText(-0.0000004), QStringLiteral("0"));
        QCOMPARE(decimalText(1e20), QStringLiteral("1e+20"));
        QLocale::setDefault(previous);
    }

    void tableAlignsColumnsAndRightAlignsNumbers()
    {
        ResultTable table({QStringLiteral("id"), QStringLiteral("value")});
        table.addRow({ResultTable::text(QStringLiteral("a")), ResultTable::number(12.5)});
        table.addRow({ResultTable::text(QStringLiteral("long-id")), ResultTable::number(3)});
        QCOMPARE(TableFormatter().format(table), QByteArray("id       value\n"
                                                            "-------  -----\n"
                                                            "a         12.5\n"
                                                            "long-id      3\n"));
    }

    void singleRecordIsAKeyValueListAndAJsonObject()
    {
        ResultTable record({QStringLiteral("id"), QStringLiteral("timeZone"), QStringLiteral("grossAreaM2")},
                           true);
        record.addRow({ResultTable::text(QStringLiteral("s1")), ResultTable::text(QString()),
                       ResultTable::number(4250)});
        QCOMPARE(TableFormatter().format(record), QByteArray("id           s1\n"
                                                             "timeZone\n"
                                                             "grossAreaM2  4250\n"));
        const QJsonObject json = QJsonDocument::fromJson(JsonFormatter().format(record)).object();
        QCOMPARE(json.keys(), QStringList({QStringLiteral("grossAreaM2"), QStringLiteral("id"),
                                           QStringLiteral("timeZone")}));
        QVERIFY(json.value(QStringLiteral("timeZone")).isNull()); // absent, but the key stays
        QCOMPARE(json.value(QStringLiteral("grossAreaM2")).toDouble(), 4250.0);
    }
};

QTEST_GUILESS_MAIN(TestCsvFormatter)
#include "tst_csvformatter.moc"
