// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndexList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;
class QWidget;

namespace meterscope {

class MainWindow;

// Drives the real window through the demo and saves screenshots for the README (hidden
// --screenshot DIR option): the site tree with a site's chart, a meter chart (also in a dark palette),
// an overlay of two meters and the export dialog.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)
public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished();

private:
    using Step = std::function<void()>;
    // Runs `then` once `condition` holds (checked every 100 ms); gives up after 30 s.
    void waitFor(std::function<bool()> condition, Step then);
    // Charts `rows`, waits for the chart, saves it as `name`, then runs `then`.
    void chartAndSave(const QModelIndexList &rows, const QString &name, Step then);
    void save(const QString &name, QWidget *dialog = nullptr);
    // Runs `then` once the window has had time to settle (a dialog shown, a palette changed).
    void afterSettling(Step then);
    [[nodiscard]] bool chartSettled() const;
    void takeOverview();
    void takeMeter();
    void takeDarkMeter();
    void takeOverlay();
    void takeComparison();
    void takeChartData();
    void takeExportDialog();
    void takeSignOutDialog();

    QPointer<MainWindow> m_window;
    QString m_directory;
    QTimer *m_poll;
    int m_readyCount = 0;
};

} // namespace meterscope
