// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export speed (performance goal G5): rows/s and MB/s for 10 M rows of 15-minute data written by
// CsvWriter, next to the same rows written with QTextStream and QDateTime::toString.
// Usage: bench_csv [rows] [directory]   (defaults: 10000000, a temporary directory)
#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace meterscope;

namespace {

constexpr qint64 kQuarterMs = 15 * 60 * 1000;

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

Series makeSeries(qint64 rows)
{
    Series series;
    series.meterId = QStringLiteral("8beb1c2e-meter");
    series.measurementId = QStringLiteral("61773");
    series.name = QStringLiteral("ActiveEnergy");
    series.unit = QStringLiteral("kWh");
    series.interval = QStringLiteral("15min");
    series.utcMs.resize(size_t(rows));
    series.values.resize(size_t(rows));
    const qint64 start = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (qint64 i = 0; i < rows; ++i) {
        series.utcMs[size_t(i)] = start + i * kQuarterMs;
        series.values[size_t(i)] = double((i * 7919) % 100000) / 1000.0;
    }
    return series;
}

// Wall time and CPU time of one case: on a shared machine the CPU time shows the cost of the code itself.
struct Stopwatch
{
    QElapsedTimer wall;
    std::clock_t cpuStart = std::clock();
    long rssBeforeKiB = peakRssKiB();
    Stopwatch() { wall.start(); }
};

void report(const char *name, qint64 rows, qint64 bytes, const Stopwatch &stopwatch)
{
    const double seconds = double(std::max<qint64>(stopwatch.wall.elapsed(), 1)) / 1000.0;
    const double cpuSeconds = double(std::clock() - stopwatch.cpuStart) / CLOCKS_PER_SEC;
    std::printf(
        "%-40s %10lld rows %8.1f MB %7.2f s wall %7.2f s CPU %10.0f rows/s %7.1f MB/s  peak RSS +%ld MB\n",
        name, static_cast<long long>(rows), double(bytes) / 1e6, seconds, cpuSeconds, double(rows) / seconds,
        double(bytes) / 1e6 / seconds, (peakRssKiB() - stopwatch.rssBeforeKiB) / 1024);
    std::fflush(stdout);
}

// `path` "/dev/null" measures formatting alone (it reports `knownBytes`, the size of the same CSV
// as a file); a real file adds the disk. Returns the bytes written.
qint64 benchCsvWriter(const char *name, CsvWriter::Layout layout, const Series &series, const QTimeZone &zone,
                      const QString &path, qint64 knownBytes = 0)
{
    CsvWriter writer;
    writer.setLayout(layout);
    writer.setTimeZone(zone);
    writer.addSeries(series, QStringLiteral("Main incomer"));
    qint64 bytes = 0;
    const Stopwatch stopwatch;
    QString error;
    CsvWriter::Status status = CsvWriter::Status::Failed;
    const bool discard = path == QStringLiteral("/dev/null");
    if (discard) {
        QFile sink(path);
        if (sink.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            status = writer.write(&sink, &error);
        bytes = knownBytes;
    } else {
        status = writer.writeFile(path, &error);
        bytes = QFileInfo(path).size();
        QFile::remove(path);
    }
    if (status != CsvWriter::Status::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 0;
    }
    report(name, writer.rowsWritten(), bytes, stopwatch);
    return bytes;
}

// The obvious Qt way: a QDateTime and QString per field, through QTextStream.
void benchQTextStream(const Series &series, const QTimeZone &zone, const QString &path)
{
    const Stopwatch stopwatch;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QTextStream out(&file);
    const QString zoneName = QString::fromUtf8(zone.id());
    out << "utc,local,zone,value,unit,meterId,measurementId\n";
    for (size_t i = 0; i < series.utcMs.size(); ++i) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(series.utcMs[i], QTimeZone::utc());
        out << utc.toString(Qt::ISODate) << ',' << utc.toTimeZone(zone).toString(Qt::ISODate) << ','
            << zoneName << ',' << QString::number(series.values[i], 'f', 6) << ',' << series.unit << ','
            << series.meterId << ',' << series.measurementId << '\n';
    }
    out.flush();
    file.close();
    report("QTextStream + QDateTime::toString, file", qint64(series.utcMs.size()), QFileInfo(path).size(),
           stopwatch);
    QFile::remove(path);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 10'000'000;
    QTemporaryDir temporary;
    const QString directory = args.size() > 2 ? args.at(2) : temporary.path();
    const QTimeZone zone("Europe/Paris");

    const Series series = makeSeries(rows);
    std::printf("CSV export of %lld rows of 15-minute data, zone %s, into %s\n", static_cast<long long>(rows),
                zone.id().constData(), qPrintable(directory));
    const QString path = directory + QStringLiteral("/bench_csv.csv");
    const QString devNull = QStringLiteral("/dev/null");
    const qint64 alignedBytes =
        benchCsvWriter("CsvWriter aligned (1 series), file", CsvWriter::Layout::Aligned, series, zone, path);
    const qint64 longBytes = benchCsvWriter("CsvWriter one row per point, file",
                                            CsvWriter::Layout::OneRowPerPoint, series, zone, path);
    benchCsvWriter("CsvWriter aligned (1 series), /dev/null", CsvWriter::Layout::Aligned, series, zone,
                   devNull, alignedBytes);
    benchCsvWriter("CsvWriter one row per point, /dev/null", CsvWriter::Layout::OneRowPerPoint, series, zone,
                   devNull, longBytes);
    benchQTextStream(series, zone, path);
    return 0;
}
