// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "chartexporter.h"
#include "chartwidget.h"
#include "contrastcolor.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "models/chartcontroller.h"
#include "models/sitetreefiltermodel.h"
#include "models/sitetreemodel.h"
#include "timerangebar.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace meterscope {

namespace {
constexpr int kPollMs = 100;
constexpr int kStepTimeoutMs = 30000;
constexpr int kSettleMs = 600;
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(directory), m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(window->chartController(), &ChartController::ready, this, [this] { ++m_readyCount; });
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    waitFor([this] { return m_window->isShowingWorkspace() && m_window->siteModel()->siteCount() > 0; },
            [this] { takeOverview(); });
}

void ScreenshotTour::waitFor(std::function<bool()> condition, Step then)
{
    auto *timer = new QTimer(this);
    timer->setInterval(kPollMs);
    auto waited = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this,
            [this, timer, waited, condition = std::move(condition), then = std::move(then)] {
                *waited += kPollMs;
                if (!m_window || *waited > kStepTimeoutMs) {
                    timer->deleteLater();
                    std::fputs("meterscope: screenshot step timed out\n", stderr);
                    Q_EMIT finished();
                    return;
                }
                if (!condition())
                    return;
                timer->deleteLater();
                then();
            });
    timer->start();
}

bool ScreenshotTour::chartSettled() const
{
    return !m_window->chartController()->isLoading() && !m_window->chart()->series().isEmpty();
}

void ScreenshotTour::save(const QString &name, QWidget *dialog)
{
    const QString path = QDir(m_directory).filePath(name);
    QPixmap shot = m_window->grab();
    if (dialog) { // a dialog is its own window: draw it where it sits over the main window
        QPainter painter(&shot);
        const QPoint at = dialog->frameGeometry().topLeft() - m_window->geometry().topLeft();
        painter.fillRect(QRect(at, dialog->size()).adjusted(-1, -1, 1, 1),
                         m_window->palette().color(QPalette::Dark));
        painter.drawPixmap(at, dialog->grab());
    }
    shot.save(path);
    std::printf("%s\n", qPrintable(path));
}

void ScreenshotTour::afterSettling(Step then)
{
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    connect(settle, &QTimer::timeout, this, [settle, then = std::move(then)] {
        settle->deleteLater();
        then();
    });
    settle->start(kSettleMs);
}

void ScreenshotTour::chartAndSave(const QModelIndexList &rows, const QString &name, Step then)
{
    const int before = m_readyCount;
    m_window->selectTargets(rows);
    waitFor([this, before] { return m_readyCount > before && chartSettled(); },
            [this, name, then = std::move(then)] {
                save(name);
                then();
            });
}

void ScreenshotTour::takeOverview()
{
    SiteTreeModel *model = m_window->siteModel();
    QTreeView *tree = m_window->tree();
    const QModelIndex site = m_window->filterModel()->mapFromSource(model->index(0, 0));
    tree->expand(site);
    m_window->rangeBar()->setPreset(TimeRange::Preset::LastMonth);
    chartAndSave({site}, QStringLiteral("demo-tree.png"), [this] { takeMeter(); });
}

void ScreenshotTour::takeMeter()
{
    SiteTreeModel *model = m_window->siteModel();
    const QModelIndex site = model->index(0, 0);
    if (model->rowCount(site) == 0)
        return Q_EMIT finished();
    const QModelIndex meter = m_window->filterModel()->mapFromSource(model->index(0, 0, site));
    m_window->tree()->expand(meter);
    m_window->rangeBar()->setPreset(TimeRange::Preset::Last7Days);
    chartAndSave({meter}, QStringLiteral("meter-chart.png"), [this] { takeDarkMeter(); });
}

void ScreenshotTour::takeDarkMeter()
{
    // The same chart in a dark Fusion palette, as a dark desktop theme shows it; then back.
    const QString style = QApplication::style()->name();
    const QPalette palette = QApplication::palette();
    const bool fusion = style.compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0;
    if (!fusion)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(ContrastColor::darkPalette());
    afterSettling([this, style, palette, fusion] {
        save(QStringLiteral("dark-meter-chart.png"));
        if (!fusion)
            QApplication::setStyle(style);
        QApplication::setPalette(palette);
        takeOverlay();
    });
}

void ScreenshotTour::takeOverlay()
{
    SiteTreeModel *model = m_window->siteModel();
    QTreeView *tree = m_window->tree();
    // The main meters of two sites, by day over last month.
    const QModelIndex secondSite = m_window->filterModel()->mapFromSource(model->index(1, 0));
    tree->expand(secondSite);
    waitFor([model] { return model->rowCount(model->index(1, 0)) > 0; },
            [this, model] {
                const QModelIndex a =
                    m_window->filterModel()->mapFromSource(model->index(0, 0, model->index(0, 0)));
                const QModelIndex b =
                    m_window->filterModel()->mapFromSource(model->index(0, 0, model->index(1, 0)));
                m_window->rangeBar()->setPreset(TimeRange::Preset::LastMonth);
                m_window->rangeBar()->setGranularity(Granularity::Day);
                chartAndSave({a, b}, QStringLiteral("overlay.png"), [this] {
                    QString error;
                    m_window->exporter()->exportImage(
                        QDir(m_directory).filePath(QStringLiteral("overlay-export.png")), QSize(1600, 900),
                        &error);
                    takeComparison();
                });
            });
}

void ScreenshotTour::takeComparison()
{
    // The first site's main meter, this month by day against the same month last year.
    SiteTreeModel *model = m_window->siteModel();
    const QModelIndex meter = m_window->filterModel()->mapFromSource(model->index(0, 0, model->index(0, 0)));
    m_window->rangeBar()->setPreset(TimeRange::Preset::ThisMonth);
    m_window->rangeBar()->setGranularity(Granularity::Day);
    m_window->rangeBar()->setComparison(PeriodComparison::Mode::SamePeriodLastYear);
    chartAndSave({meter}, QStringLiteral("comparison.png"), [this] { takeChartData(); });
}

void ScreenshotTour::takeChartData()
{
    // The comparison's values as a table (View → Chart data as a table), over the window.
    QDialog *dialog = m_window->showChartData();
    dialog->move(m_window->geometry().center() - dialog->rect().center());
    afterSettling([this, dialog] {
        save(QStringLiteral("chart-data.png"), dialog);
        dialog->close();
        m_window->rangeBar()->setComparison(PeriodComparison::Mode::None);
        takeExportDialog();
    });
}

void ScreenshotTour::takeExportDialog()
{
    QDialog *dialog = m_window->openExportDialog();
    if (auto *exportDialog = qobject_cast<ExportDialog *>(dialog))
        exportDialog->setFormat(ChartExporter::Format::SpreadsheetCsv);
    dialog->move(m_window->geometry().center() - dialog->rect().center());
    afterSettling([this, dialog] {
        save(QStringLiteral("export-dialog.png"), dialog);
        dialog->close();
        takeSignOutDialog();
    });
}

void ScreenshotTour::takeSignOutDialog()
{
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    if (!signOut)
        return Q_EMIT finished();
    signOut->trigger();
    afterSettling([this] {
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("signOutDialog"));
        if (dialog) {
            dialog->move(m_window->geometry().center() - dialog->rect().center());
            save(QStringLiteral("sign-out-dialog.png"), dialog);
            dialog->reject();
        }
        Q_EMIT finished();
    });
}

} // namespace meterscope
