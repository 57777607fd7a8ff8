// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Large-portfolio figures: starts meterscope-emulator as a child process on 127.0.0.1 with
// --sites N --meters-per-site M, then, through ApiClient, lists every site, every site's meters and
// one year of 15-minute data of one meter per site. Prints the time of each phase and the
// emulator's peak RSS (VmHWM) after each phase.
//
//   bench_portfolio [--sites 5000] [--meters-per-site 20] [--series-sites N] [--days 365]

#include "api/apiclient.h"
#include "api/statictokensource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace meterscope;

namespace {

qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Starts `count` operations with at most `parallel` in flight and returns when all have finished.
// `startOne(index, finished)` starts operation `index` and calls `finished` when it is done.
void runPool(int count, int parallel, const std::function<void(int, const std::function<void()> &)> &startOne)
{
    QEventLoop loop;
    int next = 0;
    int inFlight = 0;
    std::function<void()> pump = [&] {
        while (inFlight < parallel && next < count) {
            ++inFlight;
            startOne(next++, [&] {
                --inFlight;
                QTimer::singleShot(0, &loop, pump);
            });
        }
        if (inFlight == 0 && next >= count)
            loop.quit();
    };
    QTimer::singleShot(0, &loop, pump);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("meterscope.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sites"), QStringLiteral("Sites in the portfolio."), QStringLiteral("n"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("meters-per-site"), QStringLiteral("Meters per site."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("series-sites"),
                      QStringLiteral("Sites whose first meter's year is fetched (default: all)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of 15-minute data per meter."),
                      QStringLiteral("n"), QStringLiteral("365")});
    parser.process(app);
    const int siteCount = parser.value(QStringLiteral("sites")).toInt();
    const int metersPerSite = parser.value(QStringLiteral("meters-per-site")).toInt();
    const int days = parser.value(QStringLiteral("days")).toInt();

    const QString emulatorPath = QDir(QCoreApplication::applicationDirPath())
                                     .filePath(QStringLiteral("../app/emulator/meterscope-emulator"));
    QProcess emulator;
    emulator.setProgram(emulatorPath);
    emulator.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                           QStringLiteral("--now"), QStringLiteral("2026-06-01T00:00:00Z"),
                           QStringLiteral("--sites"), QString::number(siteCount),
                           QStringLiteral("--meters-per-site"), QString::number(metersPerSite),
                           QStringLiteral("--days"), QString::number(days + 5)});
    emulator.start();
    if (!emulator.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(emulatorPath));
        return 1;
    }
    QString baseUrl;
    QString pat;
    QElapsedTimer startup;
    startup.start();
    while ((baseUrl.isEmpty() || pat.isEmpty()) && startup.elapsed() < 60000) {
        emulator.waitForReadyRead(1000);
        while (emulator.canReadLine()) {
            const QString line = QString::fromUtf8(emulator.readLine()).trimmed();
            if (line.startsWith(u"base-url: "))
                baseUrl = line.mid(10);
            else if (line.startsWith(u"demo-pat: "))
                pat = line.mid(10);
        }
    }
    if (baseUrl.isEmpty() || pat.isEmpty()) {
        std::fprintf(stderr, "the emulator did not print its base URL and demo PAT\n");
        return 1;
    }
    std::printf("emulator: %d sites x %d meters, start-up %lld ms, peak RSS %lld KiB\n", siteCount,
                metersPerSite, startup.elapsed(), peakRssKiB(emulator.processId()));

    ApiClient client(ApiProfile::builtInDemo().withBaseUrl(QUrl(baseUrl)));
    StaticTokenSource token(pat);
    client.setTokenSource(&token);

    QList<Site> sites;
    QElapsedTimer timer;
    timer.start();
    runPool(1, 1, [&](int, const std::function<void()> &finished) {
        client.fetchSites(&app, [&, finished](const QList<Site> &result, const ApiError &error) {
            if (error)
                std::fprintf(stderr, "sites: %s\n", qPrintable(error.userMessage()));
            sites = result;
            finished();
        });
    });
    std::printf("sites: %lld listed in %lld ms; emulator peak RSS %lld KiB\n", qint64(sites.size()),
                timer.elapsed(), peakRssKiB(emulator.processId()));

    // Every site's meters, six requests in flight (QNetworkAccessManager's per-host connection limit).
    QList<QString> firstMeterOfSite(sites.size());
    qint64 meterCount = 0;
    int failures = 0;
    timer.restart();
    runPool(int(sites.size()), 6, [&](int index, const std::function<void()> &finished) {
        client.fetchMeters(sites.at(index).id, &app,
                           [&, index, finished](const QList<Meter> &meters, const ApiError &error) {
                               if (error)
                                   ++failures;
                               meterCount += meters.size();
                               if (!meters.isEmpty())
                                   firstMeterOfSite[index] = meters.first().id;
                               finished();
                           });
    });
    std::printf("meters: %lld of %lld sites in %lld ms (%d failures); emulator peak RSS %lld KiB\n",
                meterCount, qint64(sites.size()), timer.elapsed(), failures,
                peakRssKiB(emulator.processId()));

    // One year of 15-minute data of one meter per site (split by the client into 31-day chunks).
    int seriesSites = parser.value(QStringLiteral("series-sites")).toInt();
    if (seriesSites <= 0 || seriesSites > sites.size())
        seriesSites = int(sites.size());
    qint64 points = 0;
    failures = 0;
    timer.restart();
    const QDateTime to = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    const QDateTime from = to.addDays(-days);
    runPool(seriesSites, 2, [&](int index, const std::function<void()> &finished) {
        SeriesQuery query;
        query.source = SeriesQuery::Source::MeterMeasurements;
        query.siteId = sites.at(index).id;
        query.meterId = firstMeterOfSite.at(index);
        query.measurements = {QStringLiteral("ActiveEnergy")};
        query.from = from;
        query.to = to;
        query.interval = ApiInterval::FifteenMinutes;
        client.fetchSeries(query, &app, [&, finished](const QList<Series> &series, const ApiError &error) {
            if (error)
                ++failures;
            for (const Series &one : series)
                points += one.size();
            finished();
        });
    });
    const qint64 seriesMs = timer.elapsed();
    std::printf("series: %d meter-years, %lld points in %lld ms (%.0f points/s, %d failures); emulator peak "
                "RSS %lld KiB\n",
                seriesSites, points, seriesMs,
                seriesMs > 0 ? double(points) * 1000.0 / double(seriesMs) : 0.0, failures,
                peakRssKiB(emulator.processId()));

    emulator.terminate();
    emulator.waitForFinished(5000);
    return 0;
}
