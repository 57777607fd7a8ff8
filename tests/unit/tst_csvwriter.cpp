// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meterscope;

namespace {

constexpr qint64 kQuarterMs = 15 * 60 * 1000;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

Series makeSeries(const QString &meterId, const QString &measurementId, const QString &name,
                  const QString &unit, const std::vector<qint64> &times, const std::vector<double> &values)
{
    Series series;
    series.meterId = meterId;
    series.measurementId = measurementId;
    series.name = name;
    series.unit = unit;
    series.interval = QStringLiteral("15min");
    series.utcMs = times;
    series.values = values;
    series.updatedAtUtcMs.assign(times.size(), 0);
    return series;
}

Series regularSeries(qint64 startUtcMs, qint64 count, qint64 stepMs)
{
    Series series = makeSeries(QStringLiteral("m1"), QStringLiteral("61773"), QStringLiteral("ActiveEnergy"),
                               QStringLiteral("kWh"), {}, {});
    series.utcMs.reserve(size_t(count));
    series.values.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        series.utcMs.push_back(startUtcMs + i * stepMs);
        series.values.push_back(double(i % 1000) / 8.0);
    }
    return series;
}

struct Parsed
{
    QStringList comments;
    QStringList header;
    QList<QStringList> rows;
};

QByteArray writeToMemory(CsvWriter &writer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const CsvWriter::Status status = writer.write(&buffer, &error);
    if (status != CsvWriter::Status::Ok)
        qWarning("write failed: %s", qPrintable(error));
    return buffer.data();
}

// Good enough for the writer's own output: quoted fields only appear in the header row here.
Parsed parse(const QByteArray &csv)
{
    Parsed parsed;
    const QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            parsed.comments.append(line);
        else if (parsed.header.isEmpty())
            parsed.header = line.split(u',');
        else
            parsed.rows.append(line.split(u','));
    }
    return parsed;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerRecordsProvenance()
    {
        CsvWriter writer;
        writer.setTimeZone(QTimeZone("Europe/Paris"));
        CsvProvenance provenance;
        provenance.sourceHost = QStringLiteral("api.example.test");
        provenance.siteId = QStringLiteral("s-1");
        provenance.siteName = QStringLiteral("Lyon Part-Dieu");
        provenance.granularity = QStringLiteral("15min");
        provenance.from = QDateTime::fromString(QStringLiteral("2025-03-01T00:00:00+01:00"), Qt::ISODate);
        provenance.to = QDateTime::fromString(QStringLiteral("2025-04-01T00:00:00+02:00"), Qt::ISODate);
        provenance.generatedAt = QDateTime::fromString(QStringLiteral("2025-04-02T08:00:00Z"), Qt::ISODate);
        provenance.coveragePercent = 98.25;
        writer.setProvenance(provenance);
        writer.addSeries(makeSeries(QStringLiteral("m-7"), QStringLiteral("61773"),
                                    QStringLiteral("ActiveEnergy"), QStringLiteral("kWh"),
                                    {utc("2025-03-01T00:00:00Z")}, {1.0}),
                         QStringLiteral("Main incomer"));

        const Parsed parsed = parse(writeToMemory(writer));
        const QStringList expected{
            QStringLiteral("#meterscope,") + QStringLiteral(MS_VERSION),
            QStringLiteral("#source,api.example.test"),
            QStringLiteral("#site,s-1 (Lyon Part-Dieu)"),
            QStringLiteral("#zone,Europe/Paris"),
            QStringLiteral("#granularity,15min"),
            QStringLiteral("#range,2025-03-01T00:00:00+01:00 to 2025-04-01T00:00:00+02:00 (end exclusive)"),
            QStringLiteral("#generated-at,2025-04-02T08:00:00Z"),
            QStringLiteral("#coverage,98.25%"),
            QStringLiteral("#series 1,\"meter m-7 (Main incomer), measurement 61773 (ActiveEnergy), unit "
                           "kWh, interval 15min, "
                           "column \"\"ActiveEnergy (kWh)\"\"\""),
        };
        QCOMPARE(parsed.comments, expected);
        QCOMPARE(parsed.header, QStringList({QStringLiteral("utc"), QStringLiteral("local"),
                                             QStringLiteral("zone"), QStringLiteral("ActiveEnergy (kWh)")}));
        QCOMPARE(parsed.rows.size(), 1);
    }

    void hostileNamesLeaveOneRfc4180RecordPerLineAndNoFormula()
    {
        // Quotes, commas, line breaks and formula starts in every kind of text the file holds.
        CsvWriter writer;
        writer.setTimeZone(QTimeZone("Asia/Kolkata"));
        CsvProvenance provenance;
        provenance.siteId = QStringLiteral("00012345678901234567");
        provenance.siteName =
            QStringLiteral("=HYPERLINK(\"http://example.test\",\"Lyon \"\"Part-Dieu\"\"\")");
        provenance.command = QStringLiteral("meterscope-cli export --target 'a,b'");
        provenance.notes = {QStringLiteral("two\nlines, \"quoted\""), QStringLiteral("+SUM(A1:A9)")};
        writer.setProvenance(provenance);
        writer.addSeries(makeSeries(QStringLiteral("m,1"), QStringLiteral("@61773"),
                                    QStringLiteral("-Energy"), QStringLiteral("=1+1"),
                                    {utc("2025-03-01T00:00:00Z"), utc("2025-03-01T00:15:00Z")}, {-1.5, 2.0}),
                         QStringLiteral("Main \"incomer\"\r\nnorth"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.csv"));
        QString error;
        QCOMPARE(writer.writeFile(path, &error), CsvWriter::Status::Ok);

        // Python's csv module, strict: every record, as a reader that knows nothing of Meterscope sees it.
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("from csv import reader\n"
                                     "from json import dumps\n"
                                     "from sys import argv, stdout\n"
                                     "with open(argv[1], newline='', encoding='utf-8') as f:\n"
                                     "    stdout.write(dumps(list(reader(f, strict=True))))\n"),
                      path});
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray records = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(records.size(), file.readAll().count('\n')); // one record per line: no field spans two

        qsizetype header = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonArray fields = records.at(i).toArray();
            const QString first = fields.at(0).toString();
            if (header < 0 && first.startsWith(u'#')) {
                QCOMPARE(fields.size(), 2); // #key,value
            } else if (header < 0) {
                header = i;
                QCOMPARE(first, QStringLiteral("utc"));
            } else {
                QCOMPARE(fields.size(), records.at(header).toArray().size());
            }
            for (const QJsonValue &field : fields) {
                const QString text = field.toString();
                QVERIFY2(text.isEmpty() || !QStringLiteral("=+@\t\r").contains(text.front()),
                         qPrintable(text));
                QVERIFY2(!text.startsWith(u'-') || text == QStringLiteral("-1.5"), qPrintable(text));
            }
        }
        QCOMPARE(records.size() - header - 1, 2); // two data rows
        const QJsonArray firstRow = records.at(header + 1).toArray();
        QCOMPARE(firstRow.at(3).toString(), QStringLiteral("-1.5")); // a number stays a number
        QCOMPARE(records.at(header).toArray().at(3).toString(), QStringLiteral("'-Energy (=1+1)"));
        bool siteFound = false;
        for (const QJsonValue &record : records) {
            const QJsonArray fields = record.toArray();
            if (fields.at(0).toString() == QStringLiteral("#site")) {
                siteFound = true;
                QCOMPARE(fields.at(1).toString(),
                         QStringLiteral("00012345678901234567 (") + provenance.siteName + u')');
            }
        }
        QVERIFY(siteFound);
    }

    void spreadsheetDialectSpellsTheFileForTheLocale()
    {
        CsvWriter writer;
        writer.setTimeZone(QTimeZone("Europe/Paris"));
        writer.setDialect(CsvDialect::spreadsheet(QLocale(QLocale::French, QLocale::France)));
        CsvProvenance provenance;
        provenance.siteName = QStringLiteral("Lyon; Part-Dieu");
        writer.setProvenance(provenance);
        // Two days across the change to summer time, the second one partial.
        const std::vector<qint64> times{utc("2025-03-29T23:00:00Z"), utc("2025-03-30T22:00:00Z")};
        const std::vector<double> values{1234.5, -0.25};
        const std::vector<double> coverage{1.0, 0.5};
        const std::vector<qint64> negatives{0, 1};
        Series info = makeSeries(QStringLiteral("m"), QStringLiteral("e"), QStringLiteral("Energy"),
                                 QStringLiteral("kWh"), {}, {});
        writer.addSeries(info, CsvWriter::Points{times, values, nullptr, coverage, negatives});
        const QByteArray text = writeToMemory(writer);
        QVERIFY(text.startsWith(
            "\xEF\xBB\xBFlocal time;UTC offset;zone;UTC time;Energy (kWh);"
            "Energy (kWh) coverage (%);Energy (kWh) partial;Energy (kWh) negative intervals\n"));
        const QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.at(1),
                 QByteArray("2025-03-30 00:00:00;UTC+01:00;Europe/Paris;2025-03-29 23:00:00;1234,5;100;0;0"));
        QCOMPARE(lines.at(2),
                 QByteArray("2025-03-31 00:00:00;UTC+02:00;Europe/Paris;2025-03-30 22:00:00;-0,25;50;1;1"));
        QCOMPARE(lines.at(3), QByteArray()); // an empty line, then the provenance
        // One text cell per record: a value of digits stays text, its leading zeros kept.
        QVERIFY(lines.at(4).startsWith("#meterscope: "));
        QVERIFY(text.contains("\n\"#site: Lyon; Part-Dieu\"\n"));

        // A site known by its id alone, of digits, and a coverage: each one text cell.
        provenance.siteName.clear();
        provenance.siteId = QStringLiteral("00012345678901234567");
        provenance.coveragePercent = 99.5;
        writer.setProvenance(provenance);
        const QByteArray withId = writeToMemory(writer);
        QVERIFY2(withId.contains("\n#site: 00012345678901234567\n"), withId.constData());
        QVERIFY2(withId.contains("\n#coverage: 99.5%\n"), withId.constData());

        // English: comma and point, the same layout.
        writer.setDialect(CsvDialect::spreadsheet(QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(writeToMemory(writer).contains(
            "\n2025-03-31 00:00:00,UTC+02:00,Europe/Paris,2025-03-30 22:00:00,-0.25,50,1,1\n"));
    }

    void dialectKeysNameTheLocale()
    {
        CsvDialect dialect;
        QVERIFY(CsvDialect::fromKey(QStringLiteral("spreadsheet:de_DE"), &dialect));
        QCOMPARE(dialect.separator, ';');
        QCOMPARE(dialect.decimalMark, ',');
        QCOMPARE(dialect.key(), QStringLiteral("spreadsheet:de_DE"));
        QVERIFY(CsvDialect::fromKey(QStringLiteral("rfc4180"), &dialect));
        QVERIFY(!dialect.isSpreadsheet());
        QVERIFY(!CsvDialect::fromKey(QStringLiteral("spreadsheet:xx_nowhere"), &dialect));
        QVERIFY(!CsvDialect::fromKey(QStringLiteral("excel"), &dialect));
    }

    void oneRowPerPointWritesEveryPointWithTrimmedValues()
    {
        CsvWriter writer;
        writer.setLayout(CsvWriter::Layout::OneRowPerPoint);
        const qint64 t0 = utc("2025-01-15T10:00:00Z");
        writer.addSeries(makeSeries(QStringLiteral("m1"), QStringLiteral("61773"),
                                    QStringLiteral("ActiveEnergy"), QStringLiteral("kWh"),
                                    {t0, t0 + kQuarterMs, t0 + 3 * kQuarterMs}, {12.5, 3.0, 0.1234567}));
        writer.addSeries(makeSeries(QStringLiteral("m2"), QStringLiteral("70001"), QStringLiteral("Volume"),
                                    QStringLiteral("m3"), {t0, t0 + kQuarterMs}, {-0.0000001, 1234567.0}));

        const Parsed parsed = parse(writeToMemory(writer));
        QCOMPARE(parsed.header,
                 QStringList({QStringLiteral("utc"), QStringLiteral("local"), QStringLiteral("zone"),
                              QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("meterId"),
                              QStringLiteral("measurementId")}));
        QCOMPARE(parsed.rows.size(), 5);
        QCOMPARE(writer.rowsWritten(), 5);
        QCOMPARE(parsed.rows.at(0).join(u','),
                 QStringLiteral("2025-01-15T10:00:00Z,2025-01-15T10:00:00+00:00,UTC,12.5,kWh,m1,61773"));
        QCOMPARE(parsed.rows.at(1).at(3), QStringLiteral("3"));
        // The gap at 10:30 is absent, not a zero row.
        QCOMPARE(parsed.rows.at(2).at(0), QStringLiteral("2025-01-15T10:45:00Z"));
        QCOMPARE(parsed.rows.at(2).at(3), QStringLiteral("0.123457"));
        QCOMPARE(parsed.rows.at(3).join(u','),
                 QStringLiteral("2025-01-15T10:00:00Z,2025-01-15T10:00:00+00:00,UTC,0,m3,m2,70001"));
        QCOMPARE(parsed.rows.at(4).at(3), QStringLiteral("1234567"));
    }

    void localTimeFollowsTheZoneAcrossDstChanges_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expectedLocalAtFrom");
        QTest::newRow("paris-spring") << QByteArray("Europe/Paris") << QStringLiteral("2025-03-29T22:00:00Z")
                                      << QStringLiteral("2025-03-29T23:00:00+01:00");
        QTest::newRow("paris-autumn") << QByteArray("Europe/Paris") << QStringLiteral("2025-10-25T22:00:00Z")
                                      << QStringLiteral("2025-10-26T00:00:00+02:00");
        QTest::newRow("adelaide-april")
            << QByteArray("Australia/Adelaide") << QStringLiteral("2025-04-05T14:00:00Z")
            << QStringLiteral("2025-04-06T00:30:00+10:30");
        QTest::newRow("new-york-march")
            << QByteArray("America/New_York") << QStringLiteral("2025-03-09T05:00:00Z")
            << QStringLiteral("2025-03-09T00:00:00-05:00");
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << QStringLiteral("2025-03-29T22:00:00Z")
                                 << QStringLiteral("2025-03-30T03:30:00+05:30");
    }

    void localTimeFollowsTheZoneAcrossDstChanges()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, from);
        QFETCH(QString, expectedLocalAtFrom);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        const qint64 start = QDateTime::fromString(from, Qt::ISODate).toMSecsSinceEpoch();
        CsvWriter writer;
        writer.setTimeZone(timeZone);
        writer.addSeries(regularSeries(start, 4 * 24 * 2, kQuarterMs)); // two days around the change
        const Parsed parsed = parse(writeToMemory(writer));
        QCOMPARE(parsed.rows.size(), 4 * 24 * 2);
        QCOMPARE(parsed.rows.first().at(1), expectedLocalAtFrom);
        QSet<QString> offsets;
        for (qsizetype i = 0; i < parsed.rows.size(); ++i) {
            const QDateTime instant = QDateTime::fromMSecsSinceEpoch(start + i * kQuarterMs, timeZone);
            QCOMPARE(parsed.rows.at(i).at(0), instant.toUTC().toString(Qt::ISODate));
            QCOMPARE(parsed.rows.at(i).at(1), instant.toString(Qt::ISODate));
            QCOMPARE(parsed.rows.at(i).at(2), QString::fromLatin1(zone));
            offsets.insert(parsed.rows.at(i).at(1).right(6));
        }
        QCOMPARE(offsets.size(), zone == "Asia/Kolkata" ? 1 : 2); // the change is really inside the range
    }

    void alignedSeriesLeaveGapsAsEmptyCells()
    {
        CsvWriter writer;
        const qint64 t0 = utc("2025-06-01T00:00:00Z");
        writer.addSeries(makeSeries(QStringLiteral("m1"), QStringLiteral("1"), QStringLiteral("ActiveEnergy"),
                                    QStringLiteral("kWh"), {t0, t0 + kQuarterMs, t0 + 2 * kQuarterMs},
                                    {1, 2, 3}),
                         QStringLiteral("Main, north"));
        writer.addSeries(makeSeries(QStringLiteral("m2"), QStringLiteral("2"), QStringLiteral("Volume"),
                                    QStringLiteral("m3"), {t0 + kQuarterMs, t0 + 3 * kQuarterMs}, {20, 40}));
        const QByteArray csv = writeToMemory(writer);
        const QList<QByteArray> lines = csv.split('\n');
        const qsizetype headerAt =
            lines.indexOf(QByteArray("utc,local,zone,\"Main, north ActiveEnergy (kWh)\",m2 Volume (m3)"));
        QVERIFY2(headerAt >= 0, csv.constData());
        QCOMPARE(lines.at(headerAt + 1), QByteArray("2025-06-01T00:00:00Z,2025-06-01T00:00:00+00:00,UTC,1,"));
        QCOMPARE(lines.at(headerAt + 2),
                 QByteArray("2025-06-01T00:15:00Z,2025-06-01T00:15:00+00:00,UTC,2,20"));
        QCOMPARE(lines.at(headerAt + 3), QByteArray("2025-06-01T00:30:00Z,2025-06-01T00:30:00+00:00,UTC,3,"));
        QCOMPARE(lines.at(headerAt + 4),
                 QByteArray("2025-06-01T00:45:00Z,2025-06-01T00:45:00+00:00,UTC,,40"));
        QCOMPARE(writer.rowsWritten(), 4);
    }

    void periodsCarryTheirCoverageAndWhetherTheyArePartial()
    {
        // Two days of a bar chart: the first complete, the second with 3 of its 4 quarters of data.
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 t0 = utc("2025-06-01T00:00:00Z");
        const auto owned = std::make_shared<std::vector<std::vector<double>>>(
            std::vector<std::vector<double>>{{100.0, 75.5}, {1.0, 0.75}});
        const auto times = std::make_shared<std::vector<qint64>>(std::vector<qint64>{t0, t0 + day});
        const auto negatives = std::make_shared<std::vector<qint64>>(std::vector<qint64>{0, 1});
        Series info = makeSeries(QStringLiteral("m1"), QStringLiteral("1"), QStringLiteral("ActiveEnergy"),
                                 QStringLiteral("kWh"), {}, {});
        info.interval = QStringLiteral("day");
        CsvWriter writer;
        writer.addSeries(info, {*times, owned->at(0), owned, owned->at(1), *negatives},
                         QStringLiteral("Main"), QStringLiteral("Main (kWh)"));
        const QByteArray csv = writeToMemory(writer);
        const QList<QByteArray> lines = csv.split('\n');
        const qsizetype headerAt =
            lines.indexOf(QByteArray("utc,local,zone,Main (kWh),Main (kWh) coverage (%),Main (kWh) partial,"
                                     "Main (kWh) negative intervals"));
        QVERIFY2(headerAt >= 0, csv.constData());
        QCOMPARE(lines.at(headerAt + 1),
                 QByteArray("2025-06-01T00:00:00Z,2025-06-01T00:00:00+00:00,UTC,100,100,false,0"));
        QCOMPARE(lines.at(headerAt + 2),
                 QByteArray("2025-06-02T00:00:00Z,2025-06-02T00:00:00+00:00,UTC,75.5,75,true,1"));
    }

    void finishedFileAppearsOnlyWhenComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        CsvWriter writer;
        writer.addSeries(regularSeries(utc("2025-01-01T00:00:00Z"), 1000, kQuarterMs));
        QSignalSpy finished(&writer, &CsvWriter::finished);
        // As a dialog would: queued to this (the GUI) thread.
        std::optional<CsvWriter::Status> delivered;
        qint64 lastProgress = -1;
        connect(&writer, &CsvWriter::finished, this,
                [&delivered](CsvWriter::Status status) { delivered = status; });
        connect(&writer, &CsvWriter::progress, this, [&lastProgress](qint64 done, qint64 total) {
            QCOMPARE(total, 1000);
            lastProgress = done;
        });
        writer.startWriteFile(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<CsvWriter::Status>(), CsvWriter::Status::Ok);
        QTRY_VERIFY(delivered.has_value());
        QCOMPARE(*delivered, CsvWriter::Status::Ok);
        QCOMPARE(lastProgress, 1000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parse(file.readAll()).rows.size(), 1000);
    }

    void cancelRemovesThePartialFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        CsvWriter writer;
        writer.addSeries(
            regularSeries(utc("2020-01-01T00:00:00Z"), 2'000'000, kQuarterMs)); // about 100 MB of CSV
        QSignalSpy progress(&writer, &CsvWriter::progress);
        QSignalSpy finished(&writer, &CsvWriter::finished);
        // Cancel from the writing thread as soon as the first megabyte went out, as a Cancel button would.
        connect(
            &writer, &CsvWriter::progress, &writer, [&writer] { writer.cancel(); }, Qt::DirectConnection);
        writer.startWriteFile(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<CsvWriter::Status>(), CsvWriter::Status::Cancelled);
        QVERIFY(!progress.isEmpty());
        QVERIFY(writer.rowsWritten() < 2'000'000);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void failedWriteLeavesTheOldFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        CsvWriter writer;
        writer.addSeries(regularSeries(utc("2020-01-01T00:00:00Z"), 200'000, kQuarterMs));
        writer.cancel(); // stops at the first flush
        QString error;
        QCOMPARE(writer.writeFile(path, &error), CsvWriter::Status::Cancelled);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous export\n"));

        QCOMPARE(writer.writeFile(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error),
                 CsvWriter::Status::Failed);
        QVERIFY(error.contains(QStringLiteral("missing/dir/x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
