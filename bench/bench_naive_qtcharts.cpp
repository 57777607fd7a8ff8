// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The naive Qt Charts peer of goals G4 and G6: the same 50 meter-years bench_gui charts, fetched from
// the emulator, put into QLineSeries with append() in a loop (every point, no decimation), shown in a
// QChartView with a QDateTimeAxis, then panned and zoomed with QDateTimeAxis::setRange() through the
// same view script as bench_gui, and saved as a 1600x900 PNG with QWidget::grab(). The points are
// appended before the series is added to the chart: appending to a series already in a shown chart
// repaints per point (over a minute for one meter-year), which no one would wait for.
// Prints JSON lines like bench_gui (subject "qtcharts").
//
//   bench_naive_qtcharts --base-url URL --pat PAT [--steps 20] [--reps 3] [--size 1196x572] --dir DIR

#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "benchsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QValueAxis>

#include <cstdio>
#include <memory>

using namespace meterscope;
using namespace meterscope::bench;

namespace {

// The main measurement of the main meter (the first meter) of each of the first `count` sites, one year
// of 15-minute data each: what bench_gui charts.
QList<Series> fetchMainMeters(ApiClient &client, int count)
{
    QList<Site> sites;
    bool listed = false;
    client.fetchSites(qApp, [&](const QList<Site> &result, const ApiError &) {
        sites = result;
        listed = true;
    });
    waitUntil([&] { return listed; });
    count = std::min(count, int(sites.size()));
    QList<Series> series(count);
    int pending = count;
    for (int i = 0; i < count; ++i) {
        client.fetchMeters(sites.at(i).id, qApp, [&, i](const QList<Meter> &meters, const ApiError &) {
            if (meters.isEmpty() || meters.front().measurements.isEmpty()) {
                --pending;
                return;
            }
            SeriesQuery query;
            query.source = SeriesQuery::Source::MeterMeasurements;
            query.siteId = sites.at(i).id;
            query.meterId = meters.front().id;
            query.measurements = {meters.front().measurements.front().id};
            query.from = QDateTime::fromMSecsSinceEpoch(rangeFromUtcMs(), QTimeZone::utc());
            query.to = QDateTime::fromMSecsSinceEpoch(rangeToUtcMs(), QTimeZone::utc());
            query.interval = ApiInterval::FifteenMinutes;
            client.fetchSeries(query, qApp, [&, i](const QList<Series> &result, const ApiError &) {
                if (!result.isEmpty())
                    series[i] = result.front();
                --pending;
            });
        });
    }
    waitUntil([&] { return pending == 0; });
    return series;
}

struct NaiveChart
{
    QChart *chart = new QChart;
    std::unique_ptr<QChartView> view = std::make_unique<QChartView>(chart);
    QDateTimeAxis *x = new QDateTimeAxis;
    QValueAxis *y = new QValueAxis;

    explicit NaiveChart(const QList<Series> &series)
    {
        view->setRenderHint(QPainter::Antialiasing);
        chart->legend()->hide();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double maxValue = 0;
        for (const Series &s : series) {
            auto *line = new QLineSeries;
            for (size_t i = 0; i < s.utcMs.size(); ++i) {
                line->append(double(s.utcMs[i]), s.values[i]);
                maxValue = std::max(maxValue, s.values[i]);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        x->setFormat(QStringLiteral("yyyy-MM-dd"));
        y->setRange(0, maxValue);
        setView(rangeFromUtcMs(), rangeToUtcMs());
    }

    void setView(qint64 from, qint64 to) const
    {
        x->setRange(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("meterscope.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("The emulator's base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption pat(QStringLiteral("pat"), QStringLiteral("The emulator's demo PAT."),
                                 QStringLiteral("token"));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Pan/zoom steps."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption reps(QStringLiteral("reps"), QStringLiteral("PNG repetitions."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Chart size for G4 (WxH)."),
                                  QStringLiteral("size"), QStringLiteral("1196x572"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the PNG."),
                                 QStringLiteral("dir"), QDir::tempPath());
    parser.addOptions({baseUrl, pat, steps, reps, size, dir});
    parser.process(app);
    const int stepCount = std::max(4, parser.value(steps).toInt());
    const QStringList wh = parser.value(size).split(u'x');
    const QSize chartSize(wh.value(0).toInt(), wh.value(1).toInt());

    ApiClient client(ApiProfile::builtInDemo().withBaseUrl(QUrl(parser.value(baseUrl))));
    StaticTokenSource token(parser.value(pat));
    client.setTokenSource(&token);
    const QList<Series> series = fetchMainMeters(client, 50);
    if (series.size() != 50 || series.front().utcMs.empty()) {
        std::fprintf(stderr, "bench_naive_qtcharts: could not fetch 50 meter-years\n");
        return 1;
    }

    for (const int count : {1, 50}) {
        QElapsedTimer build;
        build.start();
        NaiveChart naive(series.mid(0, count));
        naive.view->resize(chartSize);
        PaintCounter paints(naive.view.get());
        naive.view->show();
        if (!paints.settle(0))
            return 1;
        const double firstMs = elapsedMs(build);
        QList<double> frames;
        qint64 from = rangeFromUtcMs();
        qint64 to = rangeToUtcMs();
        for (int i = 0; i < stepCount; ++i) {
            std::tie(from, to) =
                nextView(scriptStep(i, stepCount), from, to, rangeFromUtcMs(), rangeToUtcMs());
            QElapsedTimer frame;
            frame.start();
            const int before = paints.count();
            naive.setView(from, to);
            if (!paints.settle(before))
                return 1;
            frames.append(elapsedMs(frame));
        }
        QJsonObject line = measurement("G4", "qtcharts", "frame_ms", frames);
        line.insert(QStringLiteral("case"), QStringLiteral("%1 series").arg(count));
        line.insert(QStringLiteral("series"), count);
        line.insert(QStringLiteral("append_to_painted_ms"), firstMs);
        printLine(line);

        if (count == 50) { // G6: the same chart as a 1600x900 PNG
            naive.setView(rangeFromUtcMs(), rangeToUtcMs());
            naive.view->resize(1600, 900);
            paints.settle(paints.count(), 5000);
            const QString path = QDir(parser.value(dir)).filePath(QStringLiteral("naive_qtcharts_50.png"));
            QList<double> exports;
            for (int rep = 0; rep < std::max(1, parser.value(reps).toInt()); ++rep) {
                QElapsedTimer timer;
                timer.start();
                naive.view->grab().save(path, "PNG");
                exports.append(elapsedMs(timer));
            }
            QJsonObject png = measurement("G6", "qtcharts", "png_ms", exports);
            png.insert(QStringLiteral("series"), 50);
            png.insert(QStringLiteral("bytes"), QFileInfo(path).size());
            printLine(png);
        }
    }
    return 0;
}
