// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Goals G2-G7 measured inside the real application: constructs meterscope::MainWindow offscreen,
// signs in to a meterscope-emulator on 127.0.0.1 with its PAT, drives the window the way a user
// does (tree rows, zoom and pan, exports) and times each phase with QElapsedTimer. Prints one JSON
// object per line on stdout:
//   {"goal":"G4","subject":"meterscope","metric":"frame_ms","case":"50 series","samples":[...],...}
//   {"goal":"G3a","subject":"meterscope","not_measured":"needs the cache"}
// bench/run.sh starts the emulators, runs one goal per process (so each peak RSS is that goal's
// own) and turns the lines into the results table.
//
//   bench_gui --goal facts
//   bench_gui --goal tree     --base-url URL --pat PAT [--reps 10]             (G2)
//   bench_gui --goal chart50  --base-url URL --pat PAT [--steps 60] [--reps 5] (G4, G6)
//   bench_gui --goal csv      [--rows 10000000] [--reps 3] --dir DIR           (G5)
//   bench_gui --goal cache    --emulator PATH --emulator-args "..." [--reps 5] --dir DIR
//                                                               (G3a, G3b, G3c, G7)
//
// "Painted" means: the change was made, then the event loop ran until the widget in question had
// been painted and two further passes painted nothing (what the user sees is complete).

#include "accountcontroller.h"
#include "api/apiclient.h"
#include "auth/memorysecretstore.h"
#include "auth/signinprofile.h"
#include "benchsupport.h"
#include "chartexporter.h"
#include "chartwidget.h"
#include "mainwindow.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/chartseriesbuilder.h"
#include "models/sitetreefiltermodel.h"
#include "models/sitetreemodel.h"
#include "timerangebar.h"
#include "timeseries/timerange.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace meterscope;
using namespace meterscope::bench;

namespace {

const qint64 kRangeFromUtcMs = rangeFromUtcMs();
const qint64 kRangeToUtcMs = rangeToUtcMs();

struct Options
{
    QString baseUrl;
    QString pat;
    QString dir;
    QString emulator;
    QStringList emulatorArgs;
    int reps = 5;
    int steps = 60;
    qint64 rows = 10'000'000;
};

// A window signed in to the emulator with the PAT, its tree listing every site.
struct SignedInWindow
{
    std::unique_ptr<MemorySecretStore> secrets = std::make_unique<MemorySecretStore>();
    std::unique_ptr<MainWindow> window;
    QList<Site> sites;
    double signInMs = -1; // sign-in to the tree painted

    bool open(const Options &options, const QSize &size = QSize(1600, 1000))
    {
        window = std::make_unique<MainWindow>(secrets.get());
        QString error;
        const ApiProfile profile = SignInProfile::resolve(QUrl(options.baseUrl), QString(), &error);
        if (!profile.isValid()) {
            std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
            return false;
        }
        window->account()->setProfile(profile);
        window->resize(size);
        window->show();
        PaintCounter paints(window.get());
        if (!waitUntil([&] { return window->windowHandle() && window->windowHandle()->isExposed(); }) ||
            !paints.settle(0))
            return false;
        QObject::connect(window->account(), &AccountController::signedIn, window.get(),
                         [this](const QList<Site> &list) { sites = list; });
        bool failed = false;
        QObject::connect(
            window->account(), &AccountController::signInFailed, window.get(), [&failed](const ApiError &e) {
                std::fprintf(stderr, "bench_gui: sign-in failed: %s\n", qPrintable(e.userMessage()));
                failed = true;
            });
        PaintCounter treePaints(window->tree()->viewport());
        QElapsedTimer timer;
        timer.start();
        window->account()->signInWithPat(options.pat);
        QAbstractItemModel *model = window->tree()->model();
        if (!waitUntil([&] {
                return failed || (window->isShowingWorkspace() && !sites.isEmpty() &&
                                  model->rowCount() == sites.size());
            }) ||
            failed)
            return false;
        if (!treePaints.settle(treePaints.count()))
            return false;
        signInMs = elapsedMs(timer);
        return true;
    }
};

// G2: sign-in with a PAT to the 5,000-site tree painted.
int goalTree(const Options &options)
{
    QList<double> samples;
    qsizetype siteCount = 0;
    for (int rep = -1; rep < options.reps; ++rep) { // rep -1 warms up
        SignedInWindow signedIn;
        if (!signedIn.open(options))
            return 1;
        if (rep >= 0)
            samples.append(signedIn.signInMs);
        siteCount = signedIn.sites.size();
        signedIn.window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QJsonObject line = measurement("G2", "meterscope", "signin_to_tree_painted_ms", samples);
    line.insert(QStringLiteral("sites"), qint64(siteCount));
    printLine(line);
    return 0;
}

// The main meter of each of the first `count` sites, as chart targets.
QList<ChartTarget> mainMeters(ApiClient *client, const QList<Site> &sites, int count)
{
    QList<ChartTarget> targets(count);
    int pending = count;
    for (int i = 0; i < count; ++i) {
        targets[i].site = sites.at(i);
        client->fetchMeters(sites.at(i).id, qApp, [&, i](const QList<Meter> &meters, const ApiError &error) {
            if (error)
                std::fprintf(stderr, "bench_gui: meters: %s\n", qPrintable(error.userMessage()));
            if (!meters.isEmpty())
                targets[i].meter = meters.front();
            --pending;
        });
    }
    waitUntil([&] { return pending == 0; });
    return targets;
}

// One step of G4's pan/zoom script, through the chart's own zoom and pan.
void step(ChartWidget *chart, int index, int steps)
{
    switch (scriptStep(index, steps)) {
    case Step::ZoomIn:
        chart->zoomBy(0.8);
        break;
    case Step::PanRight:
        chart->panBy(0.2);
        break;
    case Step::PanLeft:
        chart->panBy(-0.2);
        break;
    case Step::ZoomOut:
        chart->zoomBy(1.25);
        break;
    }
}

// G4 frame times (1 and 50 series) and G6 PNG export (50 series), on 50 meter-years fetched through
// the application's chart controller.
int goalChart50(const Options &options)
{
    SignedInWindow signedIn;
    if (!signedIn.open(options))
        return 1;
    MainWindow *window = signedIn.window.get();
    ApiClient *client = window->account()->client();
    const QList<ChartTarget> targets = mainMeters(client, signedIn.sites, 50);

    // The series the application charts for these targets: fetched by the account's API client (31-day
    // requests, a few in flight) and built as the chart controller builds them.
    QList<ChartSeries> series(targets.size());
    int pending = int(targets.size());
    QElapsedTimer fetch;
    fetch.start();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ChartTarget &target = targets.at(i);
        SeriesQuery query;
        query.source = SeriesQuery::Source::MeterMeasurements;
        query.siteId = target.site.id;
        query.meterId = target.meter.id;
        query.measurements = {target.meter.measurements.value(0).id};
        query.from = QDateTime::fromMSecsSinceEpoch(kRangeFromUtcMs, QTimeZone::utc());
        query.to = QDateTime::fromMSecsSinceEpoch(kRangeToUtcMs, QTimeZone::utc());
        query.interval = ApiInterval::FifteenMinutes;
        client->fetchSeries(query, qApp, [&, i](const QList<Series> &fetched, const ApiError &error) {
            if (error)
                std::fprintf(stderr, "bench_gui: series: %s\n", qPrintable(error.userMessage()));
            if (!fetched.isEmpty()) {
                const ChartTarget &t = targets.at(i);
                series[i] =
                    ChartSeriesBuilder::build(fetched.front(), {t.site.name, t.meter.name, t.site.timeZoneId},
                                              Granularity::FifteenMinutes, kRangeFromUtcMs, kRangeToUtcMs);
                series[i].title = t.site.name + QStringLiteral(" · ") + series[i].title;
            }
            --pending;
        });
    }
    if (!waitUntil([&] { return pending == 0; }) ||
        std::any_of(series.cbegin(), series.cend(), [](const ChartSeries &s) { return s.isEmpty(); })) {
        std::fprintf(stderr, "bench_gui: could not fetch 50 meter-years\n");
        return 1;
    }
    qint64 points = 0;
    for (const ChartSeries &s : std::as_const(series))
        points += s.size();
    std::fprintf(stderr, "bench_gui: 50 meter-years, %lld points fetched and built in %.0f ms\n", points,
                 elapsedMs(fetch));

    ChartWidget *chart = window->chart();
    PaintCounter paints(chart);
    for (const int count : {1, 50}) {
        QElapsedTimer first;
        first.start();
        // What the window charts lives in its chart document; the chart widget and the exports observe it.
        window->chartDocument()->setAxisZone(QTimeZone::utc());
        window->chartDocument()->setSeries(series.mid(0, count), kRangeFromUtcMs, kRangeToUtcMs, true,
                                           std::nullopt);
        if (!paints.settle(paints.count()))
            return 1;
        const double firstMs = elapsedMs(first);
        QList<double> frames;
        for (int i = 0; i < options.steps; ++i) {
            QElapsedTimer frame;
            frame.start();
            const int before = paints.count();
            step(chart, i, options.steps);
            if (!paints.settle(before))
                return 1;
            frames.append(elapsedMs(frame));
        }
        QJsonObject line = measurement("G4", "meterscope", "frame_ms", frames);
        line.insert(QStringLiteral("case"), QStringLiteral("%1 series").arg(count));
        line.insert(QStringLiteral("series"), count);
        line.insert(QStringLiteral("points_per_series"), qint64(series.front().size()));
        line.insert(QStringLiteral("set_series_to_painted_ms"), firstMs);
        line.insert(QStringLiteral("chart_px"), QJsonArray{chart->width(), chart->height()});
        line.insert(QStringLiteral("plot_px"), chart->plotWidthPx());
        printLine(line);
    }

    // G6: the same 50 series exported as a 1600x900 PNG.
    chart->resetZoom();
    QList<double> exports;
    qint64 bytes = 0;
    const QString path = QDir(options.dir).filePath(QStringLiteral("bench_gui_50.png"));
    for (int rep = -1; rep < options.reps; ++rep) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!window->exporter()->exportImage(path, QSize(1600, 900), &error)) {
            std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
            return 1;
        }
        if (rep >= 0)
            exports.append(elapsedMs(timer));
        bytes = QFileInfo(path).size();
    }
    QJsonObject line = measurement("G6", "meterscope", "png_ms", exports);
    line.insert(QStringLiteral("series"), 50);
    line.insert(QStringLiteral("bytes"), bytes);
    printLine(line);
    return 0;
}

// One charted series of `rows` quarter hours from 1970-01-01 UTC (10 M of them end in 2255, within
// what pandas can represent, so its peer writes the same rows).
ChartSeries csvSeries(qint64 rows)
{
    ChartSeries s;
    s.key = QStringLiteral("bench-site/bench-meter/61773");
    s.title = QStringLiteral("Main incomer · ActiveEnergy");
    s.siteId = QStringLiteral("bench-site");
    s.siteName = QStringLiteral("Lyon Part-Dieu Store");
    s.meterId = QStringLiteral("bench-meter");
    s.meterName = QStringLiteral("Main incomer");
    s.measurementId = QStringLiteral("61773");
    s.measurementName = QStringLiteral("ActiveEnergy");
    s.unit = QStringLiteral("kWh");
    s.timeZoneId = QStringLiteral("Europe/Paris");
    s.commodity = Commodity::Electricity;
    s.granularity = Granularity::FifteenMinutes;
    constexpr qint64 quarterMs = 15 * 60 * 1000;
    const qint64 start = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    s.utcMs.resize(size_t(rows));
    s.endUtcMs.resize(size_t(rows));
    s.values.resize(size_t(rows));
    s.coverage.assign(size_t(rows), 1.0);
    for (qint64 i = 0; i < rows; ++i) {
        s.utcMs[size_t(i)] = start + i * quarterMs;
        s.endUtcMs[size_t(i)] = start + (i + 1) * quarterMs;
        s.values[size_t(i)] = double((i * 7919) % 100000) / 1000.0;
    }
    s.fromUtcMs = start;
    s.toUtcMs = start + rows * quarterMs;
    return s;
}

// G5: the GUI's CSV export (ChartExporter::startCsv, a worker thread) of a chart of `rows` rows.
int goalCsv(const Options &options)
{
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.resize(1600, 1000);
    window.show();
    waitUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); });
    const ChartSeries series = csvSeries(options.rows);
    window.chartDocument()->setAxisZone(QTimeZone("Europe/Paris"));
    window.chartDocument()->setSeries({series}, series.fromUtcMs, series.toUtcMs, true, std::nullopt);
    QCoreApplication::processEvents();
    const QString path = QDir(options.dir).filePath(QStringLiteral("bench_gui.csv"));
    QList<double> samples;
    QList<double> growth;
    qint64 rowsWritten = 0;
    qint64 bytes = 0;
    for (int rep = 0; rep < options.reps; ++rep) {
        bool finished = false;
        bool ok = false;
        QString message;
        const QMetaObject::Connection connection =
            QObject::connect(window.exporter(), &ChartExporter::csvFinished, window.exporter(),
                             [&](bool success, const QString &text) {
                                 finished = true;
                                 ok = success;
                                 message = text;
                             });
        const double rssBefore = statusMiB("VmRSS:");
        resetPeakRss();
        QElapsedTimer timer;
        timer.start();
        window.exporter()->startCsv(path);
        waitUntil([&] { return finished; });
        samples.append(elapsedMs(timer));
        growth.append(statusMiB("VmHWM:") - rssBefore);
        QObject::disconnect(connection);
        if (!ok) {
            std::fprintf(stderr, "bench_gui: %s\n", qPrintable(message));
            return 1;
        }
        rowsWritten = window.exporter()->csvRowsWritten();
        bytes = QFileInfo(path).size();
        if (rep == 0) { // the first lines, for the peer to write the same columns
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                QFile head(QDir(options.dir).filePath(QStringLiteral("bench_gui_csv_head.txt")));
                if (head.open(QIODevice::WriteOnly))
                    for (int i = 0; i < 20 && !file.atEnd(); ++i)
                        head.write(file.readLine());
            }
        }
        QFile::remove(path);
    }
    QJsonObject line = measurement("G5", "meterscope", "csv_ms", samples);
    line.insert(QStringLiteral("rss_growth_mib"), toArray(growth));
    line.insert(QStringLiteral("rows"), rowsWritten);
    line.insert(QStringLiteral("bytes"), bytes);
    printLine(line);
    return 0;
}

// meterscope-emulator as a child process on 127.0.0.1 (its portfolio from --emulator-args), so that
// this process can change its latency and stop it half-way (G3b and G7 are offline).
class EmulatorChild
{
public:
    bool start(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")} +
            arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (m_control.isEmpty() && timer.elapsed() < 30000) {
            m_process.waitForReadyRead(1000);
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(u"listening: "))
                    m_listening = line.mid(11);
                else if (line.startsWith(u"base-url: "))
                    baseUrl = line.mid(10);
                else if (line.startsWith(u"demo-pat: "))
                    pat = line.mid(10);
                else if (line.startsWith(u"control-token: "))
                    m_control = line.mid(15);
            }
        }
        return QUrl(baseUrl).host() == u"127.0.0.1" && !pat.isEmpty() && !m_control.isEmpty();
    }
    // POST /_emulator/latency {"ms": …}
    bool setLatencyMs(int latencyMs)
    {
        QNetworkRequest request(QUrl(m_listening + QStringLiteral("/_emulator/latency")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Emulator-Control-Token", m_control.toUtf8());
        QNetworkReply *reply =
            m_network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("ms"), latencyMs}}).toJson());
        waitUntil([reply] { return reply->isFinished(); });
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }
    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    ~EmulatorChild() { stop(); }

    QString baseUrl;
    QString pat;

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_listening;
    QString m_control;
};

struct ChartTimes
{
    double firstMs = -1;    // to the first series painted (a partial chart may come first)
    double completeMs = -1; // to the complete chart painted
    qsizetype series = 0;
};

// Runs `trigger` (a selection) and times the chart document's first series painted and its complete
// chart painted.
ChartTimes timeChart(MainWindow *window, const std::function<void()> &trigger,
                     int completeTimeoutMs = kTimeoutMs)
{
    ChartDocument *document = window->chartDocument();
    PaintCounter paints(window->chart());
    ChartTimes times;
    QElapsedTimer timer;
    timer.start();
    trigger();
    if (!waitUntil([&] { return !document->isEmpty(); }) || !paints.settle(paints.count()))
        return times;
    times.firstMs = elapsedMs(timer);
    if (!waitUntil([&] { return document->isComplete() && !document->isLoading(); }, completeTimeoutMs))
        return times;
    const int before = paints.count();
    paints.settle(before - 1, 5000); // painted since it became complete (or already)
    times.completeMs = elapsedMs(timer);
    times.series = document->series().size();
    return times;
}

// Tree rows (proxy indexes) of the main meter of each of the first `count` sites, their meters loaded.
QModelIndexList meterRows(MainWindow *window, const QList<Site> &sites, int count)
{
    QModelIndexList rows;
    for (int i = 0; i < count && i < sites.size(); ++i) {
        const QModelIndex site = window->siteModel()->siteIndex(sites.at(i).id);
        window->tree()->expand(window->filterModel()->mapFromSource(site));
        if (!waitUntil([&] { return window->siteModel()->rowCount(site) > 0; }))
            break;
        rows.append(window->filterModel()->mapFromSource(window->siteModel()->index(0, 0, site)));
    }
    return rows;
}

// The chart targets of tree rows (proxy indexes).
QList<ChartTarget> chartTargets(MainWindow *window, const QModelIndexList &rows)
{
    QList<ChartTarget> targets;
    for (const QModelIndex &row : rows) {
        const QModelIndex index = window->filterModel()->mapToSource(row);
        targets.append(ChartTarget{window->siteModel()->site(index), window->siteModel()->meter(index)});
    }
    return targets;
}

QJsonObject chartLine(const char *goal, const QList<ChartTimes> &runs)
{
    QList<double> first;
    QList<double> complete;
    for (const ChartTimes &t : runs) {
        first.append(t.firstMs);
        complete.append(t.completeMs);
    }
    QJsonObject line = measurement(goal, "meterscope", "click_to_complete_ms", complete);
    line.insert(QStringLiteral("first_paint_ms"), toArray(first));
    line.insert(QStringLiteral("series"), runs.isEmpty() ? 0 : qint64(runs.back().series));
    return line;
}

int goalCache(const Options &options)
{
    const QString cacheRoot = QDir(options.dir).filePath(QStringLiteral("cache"));
    auto selectRange = [](MainWindow *window) {
        window->rangeBar()->setCustomRange(kRangeFromUtcMs, kRangeToUtcMs);
        window->rangeBar()->setGranularity(Granularity::FifteenMinutes);
    };
    EmulatorChild emulator;
    if (!emulator.start(options.emulator, options.emulatorArgs) || !emulator.setLatencyMs(150))
        return 1;
    Options signIn = options;
    signIn.baseUrl = emulator.baseUrl;
    signIn.pat = emulator.pat;

    // G3a: cold (an empty cache each time), 150 ms per answer.
    QList<ChartTimes> cold;
    SignedInWindow last;
    for (int rep = 0; rep < options.reps; ++rep) {
        last = SignedInWindow();
        qputenv("XDG_CACHE_HOME", QDir(cacheRoot).filePath(QString::number(rep)).toLocal8Bit());
        if (!last.open(signIn))
            return 1;
        selectRange(last.window.get());
        const QModelIndexList meter = meterRows(last.window.get(), last.sites, 1);
        cold.append(timeChart(last.window.get(), [&] { last.window->selectTargets(meter); }));
    }
    printLine(chartLine("G3a", cold));

    // G3c: 50 meter-years overlaid from a warm cache (filled first, without latency). The tree's
    // selection charts at most 8 targets, so the 50 go to the window's chart controller directly: the
    // same data path (cache, then the API for what is missing) into the same chart document.
    emulator.setLatencyMs(0);
    MainWindow *window = last.window.get();
    const QList<ChartTarget> fifty = chartTargets(window, meterRows(window, last.sites, 50));
    const TimeRange year = TimeRange::custom(kRangeFromUtcMs, kRangeToUtcMs);
    auto load = [&](MainWindow *w, const QList<ChartTarget> &targets) {
        return
            [w, &targets, &year] { w->chartController()->load(targets, year, Granularity::FifteenMinutes); };
    };
    timeChart(window, load(window, fifty)); // fills the cache
    QList<ChartTimes> overlay;
    QList<double> peaks;
    for (int rep = 0; rep < options.reps; ++rep) {
        window->selectTargets({});
        waitUntil([&] { return window->chartDocument()->isEmpty(); });
        resetPeakRss();
        overlay.append(timeChart(window, load(window, fifty)));
        peaks.append(statusMiB("VmHWM:"));
    }
    QJsonObject overlayLine = chartLine("G3c", overlay);
    overlayLine.insert(QStringLiteral("peak_rss_mib"), *std::max_element(peaks.begin(), peaks.end()));
    printLine(overlayLine);

    // G3b: the meter of G3a again, warm, with the emulator stopped.
    emulator.stop();
    const QModelIndexList one = meterRows(window, last.sites, 1);
    QList<ChartTimes> warm;
    for (int rep = 0; rep < options.reps; ++rep) {
        window->selectTargets({});
        waitUntil([&] { return window->chartDocument()->isEmpty(); }); // the click starts from no chart
        warm.append(timeChart(
            window, [&] { window->selectTargets(one); }, 10000));
    }
    printLine(chartLine("G3b", warm));

    // G7: the application reopened offline (the remembered account, its sites from the cache), then
    // 20 of the meter-years charted from the cache: start to the complete chart painted.
    const QList<ChartTarget> twenty = fifty.mid(0, 20);
    window->close();
    last.window.reset();
    QList<ChartTimes> reopen;
    for (int rep = 0; rep < options.reps; ++rep) {
        auto again = std::make_unique<MainWindow>(last.secrets.get());
        again->resize(1600, 1000);
        again->show();
        waitUntil([&] { return again->windowHandle() && again->windowHandle()->isExposed(); });
        ChartTimes times = timeChart(
            again.get(),
            [&] {
                again->start(false);
                if (waitUntil([&] { return again->isShowingWorkspace(); }, 10000))
                    load(again.get(), twenty)();
            },
            10000);
        reopen.append(times);
        again->close();
    }
    printLine(chartLine("G7", reopen));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The application's own names, so settings and cache folders are where the application keeps them
    // (bench/run.sh points XDG_CONFIG_HOME and XDG_CACHE_HOME at folders of its own).
    QApplication::setOrganizationName(QStringLiteral("Meterscope"));
    QApplication::setApplicationName(QStringLiteral("meterscope"));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=false"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption goal(QStringLiteral("goal"),
                                  QStringLiteral("facts, tree, chart50, csv or cache."),
                                  QStringLiteral("goal"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("The emulator's base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption pat(QStringLiteral("pat"), QStringLiteral("The emulator's demo PAT."),
                                 QStringLiteral("token"));
    const QCommandLineOption reps(QStringLiteral("reps"), QStringLiteral("Repetitions."), QStringLiteral("n"),
                                  QStringLiteral("5"));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Pan/zoom steps (G4)."),
                                   QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("CSV rows (G5)."),
                                  QStringLiteral("n"), QStringLiteral("10000000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for exported files."),
                                 QStringLiteral("dir"), QDir::tempPath());
    const QCommandLineOption emulator(QStringLiteral("emulator"),
                                      QStringLiteral("meterscope-emulator to start (cache goals)."),
                                      QStringLiteral("path"));
    const QCommandLineOption emulatorArgs(QStringLiteral("emulator-args"),
                                          QStringLiteral("Its portfolio options, space-separated."),
                                          QStringLiteral("args"));
    parser.addOptions({goal, baseUrl, pat, reps, steps, rows, dir, emulator, emulatorArgs});
    parser.process(app);

    Options options;
    options.baseUrl = parser.value(baseUrl);
    options.pat = parser.value(pat);
    options.reps = std::max(1, parser.value(reps).toInt());
    options.steps = std::max(4, parser.value(steps).toInt());
    options.rows = std::max<qint64>(1, parser.value(rows).toLongLong());
    options.dir = parser.value(dir);
    options.emulator = parser.value(emulator);
    options.emulatorArgs = parser.value(emulatorArgs).split(u' ', Qt::SkipEmptyParts);

    const QString which = parser.value(goal);
    if (which == u"facts") {
        printLine(QJsonObject{{QStringLiteral("fact"), QStringLiteral("qt")},
                              {QStringLiteral("runtime"), QLatin1String(qVersion())},
                              {QStringLiteral("compiled"), QStringLiteral(QT_VERSION_STR)},
                              {QStringLiteral("build_type"), QStringLiteral(MS_BENCH_BUILD_TYPE)}});
        return 0;
    }
    if (which == u"tree")
        return goalTree(options);
    if (which == u"chart50")
        return goalChart50(options);
    if (which == u"csv")
        return goalCsv(options);
    if (which == u"cache")
        return goalCache(options);
    std::fprintf(stderr, "bench_gui: --goal facts, tree, chart50, csv or cache\n");
    return 2;
}
