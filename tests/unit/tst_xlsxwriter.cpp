// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

using namespace meterscope;

namespace {

// One series of `count` quarter-hours from 2025-01-01T00:00Z.
ExportTable quarterHours(qint64 count)
{
    auto series = std::make_shared<Series>();
    series->utcMs.resize(size_t(count));
    series->values.resize(size_t(count));
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (qint64 i = 0; i < count; ++i) {
        series->utcMs[size_t(i)] = start + i * 900000;
        series->values[size_t(i)] = double(i % 97) / 4.0;
    }
    Series info;
    info.meterId = QStringLiteral("m");
    info.measurementId = QStringLiteral("e");
    info.name = QStringLiteral("Energy");
    info.unit = QStringLiteral("kWh");
    ExportTable table;
    table.setTimeZone(QTimeZone("Europe/Paris"));
    table.addSeries(info, ExportTable::Points{series->utcMs, series->values, series});
    return table;
}

// A file the export replaces (or, cancelled, keeps): "old".
bool writeOldFile(const QString &path)
{
    QFile old(path);
    return old.open(QIODevice::WriteOnly) && old.write("old") == 3;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAWorkbookInPlaceOfTheOldFileAndLeavesNothingElse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("year.xlsx"));
        QVERIFY(writeOldFile(path));
        XlsxWriter writer;
        writer.setTable(quarterHours(35040));
        QCOMPARE(writer.rowCount(), 35040);
        QString error;
        QCOMPARE(writer.writeFile(path, &error), FileExportJob::Status::Ok);
        QCOMPARE(writer.rowsWritten(), 35040);
        QVERIFY(readAll(path).startsWith("PK")); // a ZIP container: the workbook
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("year.xlsx")});
    }

    void tooManyRowsForAWorkbookSaySoAndWriteNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("too-long.xlsx"));
        XlsxWriter writer;
        writer.setTable(quarterHours(XlsxWriter::kMaxRows + 1));
        QString error;
        QCOMPARE(writer.writeFile(path, &error), FileExportJob::Status::Failed);
        QVERIFY2(error.contains(QStringLiteral("1,048,575")) && error.contains(QStringLiteral("CSV")),
                 qPrintable(error));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void cancelledOnItsThreadKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.xlsx"));
        QVERIFY(writeOldFile(path));
        XlsxWriter writer;
        writer.setTable(quarterHours(600000));
        QSignalSpy finished(&writer, &FileExportJob::finished);
        connect(&writer, &FileExportJob::progress, &writer, &FileExportJob::cancel, Qt::DirectConnection);
        writer.startWriteFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<FileExportJob::Status>(), FileExportJob::Status::Cancelled);
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kept.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
