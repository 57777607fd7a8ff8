// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What bench_gui and its Qt peer (bench_naive_qtcharts) share: JSON result lines, the process's
// RSS, waiting on the event loop without sleeping, "painted" detection, and the pan/zoom script of
// goal G4 (bench/peers/peer_python.py replays the same views).

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

namespace meterscope::bench {

// The emulator's clock in bench/run.sh is 2025-06-18T10:00Z; the year charted is
// [2024-06-18, 2025-06-18) UTC, 35,040 quarter hours.
inline qint64 rangeToUtcMs()
{
    return QDateTime(QDate(2025, 6, 18), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}
inline qint64 rangeFromUtcMs()
{
    return rangeToUtcMs() - 365LL * 24 * 3600 * 1000;
}
constexpr int kTimeoutMs = 120000;

inline void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

inline QJsonArray toArray(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

// {"goal":…,"subject":…,"metric":…,"samples":[…]}
inline QJsonObject measurement(const char *goal, const char *subject, const char *metric,
                               const QList<double> &samples)
{
    return QJsonObject{{QStringLiteral("goal"), QLatin1String(goal)},
                       {QStringLiteral("subject"), QLatin1String(subject)},
                       {QStringLiteral("metric"), QLatin1String(metric)},
                       {QStringLiteral("samples"), toArray(samples)}};
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A field of /proc/self/status ("VmRSS:", "VmHWM:") in MiB.
inline double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux: "5" to clear_refs), so a later VmHWM is the peak since now.
inline void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Runs the event loop until `done` holds; false after `timeoutMs`. Blocks in the event loop (no
// polling sleeps, which would add up to their period to every figure).
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = kTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // the loop re-checks at least this often
    wake.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Counts the paint events of a widget and its descendants (an application-wide event filter).
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : m_widget(widget) { qApp->installEventFilter(this); }
    ~PaintCounter() override { qApp->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(PaintCounter)

    [[nodiscard]] int count() const { return m_count; }

    // "Painted": runs the event loop until the widget has been painted more than `since` times, then
    // until two passes in a row painted nothing (later passes of the same change are included).
    bool settle(int since, int timeoutMs = kTimeoutMs)
    {
        if (!waitUntil([&] { return m_count > since; }, timeoutMs))
            return false;
        for (int quiet = 0; quiet < 2;) {
            const int before = m_count;
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            quiet = m_count == before ? quiet + 1 : 0;
        }
        return true;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_widget) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_widget || m_widget->isAncestorOf(widget)))
                ++m_count;
        }
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    int m_count = 0;
};

// Step `index` of the `steps`-step pan/zoom script of G4: zoom in x0.8 around the middle, pan right
// by 20 % of the view, pan left by 20 %, zoom out x1.25; a quarter of the steps each.
enum class Step
{
    ZoomIn,
    PanRight,
    PanLeft,
    ZoomOut
};
inline Step scriptStep(int index, int steps)
{
    const int quarter = std::max(1, steps / 4);
    return Step(std::min(index / quarter, 3));
}

// The view after `step` from [from, to) within [rangeFrom, rangeTo), with the chart's arithmetic
// (ChartWidget::zoomBy/panBy/setView: at least one hour, clamped to the range), for the peers.
inline std::pair<qint64, qint64> nextView(Step step, qint64 from, qint64 to, qint64 rangeFrom, qint64 rangeTo)
{
    constexpr qint64 minSpanMs = 3600 * 1000;
    const double span = double(to - from);
    qint64 newFrom = from;
    qint64 newTo = to;
    if (step == Step::ZoomIn || step == Step::ZoomOut) {
        const double factor = step == Step::ZoomIn ? 0.8 : 1.25;
        const double pivot = double(from) + span * 0.5;
        const double start = pivot - (pivot - double(from)) * factor;
        newFrom = qint64(start);
        newTo = qint64(start + span * factor);
    } else {
        const qint64 delta = qint64(span * (step == Step::PanRight ? 0.2 : -0.2));
        newFrom += delta;
        newTo += delta;
    }
    const qint64 full = rangeTo - rangeFrom;
    const qint64 newSpan = std::clamp<qint64>(newTo - newFrom, std::min(minSpanMs, full), full);
    const qint64 start = std::clamp<qint64>(newFrom, rangeFrom, rangeTo - newSpan);
    return {start, start + newSpan};
}

} // namespace meterscope::bench
