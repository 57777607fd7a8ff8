// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Parses one meter-year of 15-minute data (35,040 points, as the API sends it) with Meterscope's
// series parser and, for comparison, with QJsonDocument plus per-point QJsonObject access. Prints
// the median time and throughput of each.

#include "api/scalartext.h"
#include "api/seriesparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace meterscope;

namespace {

constexpr int kPoints = 35040;
constexpr int kRuns = 15;

QByteArray meterYear()
{
    const QDateTime start(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());
    QByteArray body =
        R"([{"key":"43b6","meterId":"8beb","measurementId":"61773","name":"ActiveEnergy","unit":"kWh",)"
        R"("commodity":"Electricity","interval":"15min","values":[)";
    body.reserve(kPoints * 90);
    for (int i = 0; i < kPoints; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 900);
        if (i)
            body += ',';
        body += R"({"date":")" + at.toString(Qt::ISODate).toLatin1() + R"(","value":)" +
                QByteArray::number(10.0 + (i * 37 % 1000) / 8.0, 'f', 3) + R"(,"updatedAt":")" +
                at.addSecs(1211).toString(Qt::ISODateWithMs).toLatin1() + "\"}";
    }
    body += "]}]";
    return body;
}

// The straightforward Qt way: a QJsonObject per point and QDateTime parsing.
size_t parseWithQJsonDocument(const QByteArray &body)
{
    std::vector<qint64> times;
    std::vector<double> values;
    const QJsonArray list = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &seriesValue : list) {
        const QJsonArray points = seriesValue.toObject().value(QLatin1String("values")).toArray();
        times.reserve(size_t(points.size()));
        values.reserve(size_t(points.size()));
        for (const QJsonValue &pointValue : points) {
            const QJsonObject point = pointValue.toObject();
            times.push_back(
                QDateTime::fromString(point.value(QLatin1String("date")).toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch());
            values.push_back(point.value(QLatin1String("value")).toDouble());
        }
    }
    return times.size();
}

size_t parseWithSeriesParser(const QByteArray &body)
{
    const ParsedList<Series> parsed = SeriesParser::parse(body);
    return parsed.items.isEmpty() ? 0 : size_t(parsed.items.first().size());
}

void measure(const char *name, const QByteArray &body, const std::function<size_t(const QByteArray &)> &parse)
{
    std::vector<double> runsMs;
    size_t points = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        points = parse(body);
        runsMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runsMs.begin(), runsMs.end());
    const double medianMs = runsMs[runsMs.size() / 2];
    const double megabytes = double(body.size()) / (1024.0 * 1024.0);
    std::printf("%-28s %8zu points  median %8.2f ms  min %8.2f ms  %8.1f MB/s\n", name, points, medianMs,
                runsMs.front(), megabytes / (medianMs / 1000.0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray body = meterYear();
    std::printf("one meter-year: %d points, %.2f MB of JSON, median of %d runs\n", kPoints,
                double(body.size()) / (1024.0 * 1024.0), kRuns);
    measure("SeriesParser (simdjson)", body, parseWithSeriesParser);
    measure("QJsonDocument + QDateTime", body, parseWithQJsonDocument);
    return 0;
}
