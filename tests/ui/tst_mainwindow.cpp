// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"
#include "api/apiclient.h"
#include "auth/accountstore.h"
#include "auth/memorysecretstore.h"
#include "chartexporter.h"
#include "chartstatusoverlay.h"
#include "chartwidget.h"
#include "detailspanel.h"
#include "emulator/emulatordemobackend.h"
#include "emulator/emulatorserver.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "firstrunpage.h"
#include "i18n/applicationlanguage.h"
#include "mainwindow.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/detailsmodel.h"
#include "models/seriestotalsmodel.h"
#include "models/sitetreefiltermodel.h"
#include "models/sitetreemodel.h"
#include "settingsdialog.h"
#include "signoutdialog.h"
#include "store/cachelocation.h"
#include "store/seriescache.h"
#include "support/demoemulatoroptions.h"
#include "timerangebar.h"
#include "timeseries/m4decimator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace meterscope;

namespace {
// Every test runs against the emulator's fixed clock, so ranges and counts are deterministic.
const QDateTime kNow = fixture::kDemoNow;
// How long a check waits for the window to get there: long enough for the sanitizer build on a
// loaded machine (CI runs two tests side by side), where 5 s (QTRY_VERIFY's default) was not.
constexpr int kBusyMachineMs = 20000;

// The emulator behind the window's running demo, for fault injection.
emulator::EmulatorServer *demoServer(MainWindow *window)
{
    const auto demo =
        std::static_pointer_cast<emulator::EmulatorDemoBackend>(window->account()->demoBackend().lock());
    return demo ? demo->server() : nullptr;
}

// Short retries so failures show quickly.
void shortenRetries(AccountController *account)
{
    RequestPolicy policy = account->client()->policy();
    policy.backoffBaseMs = 10;
    policy.backoffCapMs = 50;
    policy.maxAttempts = 2;
    policy.inactivityTimeoutMs = 5000;
    policy.totalDeadlineMs = 10000;
    account->client()->setPolicy(policy);
}

// The "/Title (…)" string QPdfWriter writes: UTF-16BE with a byte-order mark, ( ) \ escaped.
QByteArray pdfTitleString(const QString &title)
{
    QByteArray raw("\xFE\xFF", 2);
    for (const QChar c : title) {
        raw.append(char(c.unicode() >> 8));
        raw.append(char(c.unicode() & 0xFF));
    }
    QByteArray escaped;
    for (const char byte : std::as_const(raw)) {
        if (byte == '(' || byte == ')' || byte == '\\')
            escaped.append('\\');
        escaped.append(byte);
    }
    return escaped;
}
// Exports from the dialog in one of the formats written at once and returns the file's bytes.
// The first row under `parent` (depth first) whose text is `name`.
QModelIndex findRow(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex found = findRow(model, name, index); found.isValid())
            return found;
    }
    return {};
}

// Every cell of a model as text, one row per line.
QString allText(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

// Drags a splitter handle by `dy` pixels with the left button, as a user does.
void dragHandle(QWidget *handle, int dy)
{
    const QPoint from(handle->width() / 2, handle->height() / 2);
    const QPoint to = from + QPoint(0, dy);
    const auto send = [handle](QEvent::Type type, QPoint local, Qt::MouseButton button,
                               Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(local), QPointF(handle->mapToGlobal(local)), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(handle, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

QByteArray exportedBytes(ExportDialog *dialog, ChartExporter::Format format, const QString &path)
{
    dialog->setFormat(format);
    dialog->setPath(path);
    dialog->startExport();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoBrowseChartOverlayAndExport();
    void forbiddenSiteIsMarkedAndOthersLoad();
    void expiredPatShowsItsMessage();
    void offlineServerIsSaidOverTheChartWithRetry();
    void stalledLoadShowsThePreviousChartDimmedAndCanBeCancelled();
    void retryingSaysWhenItTriesAgain();
    void failureGoesWhenALaterChartLoads();
    void revokedTokenOffersANewOneWithoutSigningOut();
    void signOutReturnsToFirstRun();
    void reopensOfflineFromTheCacheWithItsAsOfTime();
    void settingsShowTheCacheSizeAndClearIt();
    void reopensTheLastAccountAndView();
    void thisMonthAgainstLastYearShowsDeltaInTheTotals();
    void cliCommandInTheCsvWritesTheSameRows();
    void searchOpensTheParentsOfMatchingSubMeters();
    void nextPeriodGoesNoFurtherThanThePresent();
    void searchSaysWhichSitesItCouldNotSearch();
    void searchWithoutMatchSaysSoAndClearsTheDetails();
    void totalsTableShowsFourSeriesAndResizesWithTheChart();

private:
    void signInDemo();
    QModelIndex siteRow(int row) const;
    QModelIndex expandedMeter(int siteRowIndex, int meterRow);
    void waitForChart(int previousReadyCount);
    // The top-level row of the site with this name, its meters loaded.
    QModelIndex loadedSite(const QString &name);
    void typeSearch(const QString &text);
    // Exports the chart as CSV from the dialog, runs the meterscope-cli command its provenance names
    // and compares the two files.
    void verifyCliWritesTheSameCsv(const QString &name,
                                   ChartExporter::Format format = ChartExporter::Format::Csv);

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_ready;
    QByteArray m_lastCsv; // the GUI's CSV of the last verifyCliWritesTheSameCsv()
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeterscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // English, as the application installs it: its plural forms ("1 match", "7 matches") come from
    // Meterscope's English file. Numbers keep the system's formats, as the application's do.
    const QLocale formats;
    QCOMPARE(ApplicationLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
    QLocale::setDefault(formats);
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(CacheLocation::directory()).removeRecursively();
    QFile::remove(AccountStore::defaultSettingsFile());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window = std::make_unique<MainWindow>(m_secrets.get());
    m_window->account()->setDemoBackendFactory(
        emulator::EmulatorDemoBackend::factory(fixture::demoEmulatorOptions()));
    m_window->resize(1300, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_ready = std::make_unique<QSignalSpy>(m_window->chartController(), &ChartController::ready);
}

void TestMainWindow::cleanup()
{
    m_ready.reset();
    m_window.reset();
    m_secrets.reset();
}

void TestMainWindow::signInDemo()
{
    m_window->start(false);
    QVERIFY(!m_window->isShowingWorkspace()); // nothing remembered yet: the first-run screen
    auto *demo = m_window->findChild<QPushButton *>(QStringLiteral("demoButton"));
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), 15000);
    shortenRetries(m_window->account());
}

QModelIndex TestMainWindow::siteRow(int row) const
{
    return m_window->tree()->model()->index(row, 0);
}

QModelIndex TestMainWindow::expandedMeter(int siteRowIndex, int meterRow)
{
    const QModelIndex site = siteRow(siteRowIndex);
    m_window->tree()->expand(site);
    QAbstractItemModel *model = m_window->tree()->model();
    const bool loaded = QTest::qWaitFor([&] { return model->rowCount(site) > meterRow; }, 10000);
    Q_UNUSED(loaded)
    return model->index(meterRow, 0, site); // invalid when the meters never came: the callers' checks fail
}

void TestMainWindow::waitForChart(int previousReadyCount)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_ready->count() > previousReadyCount && !m_window->chartController()->isLoading(), 20000);
}

QModelIndex TestMainWindow::loadedSite(const QString &name)
{
    QAbstractItemModel *model = m_window->tree()->model();
    QModelIndex site;
    for (int row = 0; row < model->rowCount() && !site.isValid(); ++row) {
        if (siteRow(row).data().toString() == name)
            site = siteRow(row);
    }
    if (site.isValid()) {
        m_window->tree()->expand(site);
        const bool loaded = QTest::qWaitFor([&] { return model->rowCount(site) > 0; }, 10000);
        Q_UNUSED(loaded)
    }
    return site; // the callers check that its meters came
}

void TestMainWindow::typeSearch(const QString &text)
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("siteSearchEdit"));
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, text);
    QCOMPARE(search->text(), text);
}

void TestMainWindow::demoBrowseChartOverlayAndExport()
{
    signInDemo();
    // The tree shows the demo sites, meters not loaded yet.
    QTreeView *tree = m_window->tree();
    QCOMPARE(tree->model()->rowCount(), fixture::demoEmulatorOptions().siteCount);
    QCOMPARE(m_window->siteModel()->loadState(siteRow(0).data(SiteTreeModel::IdRole).toString()),
             SiteTreeModel::LoadState::NotLoaded);

    // Expanding a site loads its meters.
    const QModelIndex meter = expandedMeter(0, 0);
    QCOMPARE(SiteTreeModel::NodeKind(meter.data(SiteTreeModel::KindRole).toInt()),
             SiteTreeModel::NodeKind::Meter);

    // One meter, last 7 days at 15 minutes: every interval fits the plot width, so all are drawn.
    TimeRangeBar *range = m_window->rangeBar();
    range->setPreset(TimeRange::Preset::Last7Days);
    range->setGranularity(Granularity::FifteenMinutes);
    int before = int(m_ready->count());
    m_window->selectTargets({meter});
    waitForChart(before);
    ChartWidget *chart = m_window->chart();
    QVERIFY(!chart->series().isEmpty());
    const ChartSeries week = chart->series().front();
    QCOMPARE(week.meterId, meter.data(SiteTreeModel::IdRole).toString());
    QVERIFY(!week.bars);
    QVERIFY2(week.size() > 7 * 96 - 40 && week.size() <= 7 * 96, qPrintable(QString::number(week.size())));
    QVERIFY(chart->plotWidthPx() * 4 > week.size());
    QCOMPARE(chart->plottedPointCount(week.key), int(week.size()));
    QVERIFY(!chart->timeAxisLabels().isEmpty());

    // Last 365 days at 15 minutes: decimated (M4) to the plot's pixel width.
    before = int(m_ready->count());
    QElapsedTimer yearTimer;
    yearTimer.start();
    range->setPreset(TimeRange::Preset::Last365Days);
    waitForChart(before);
    qInfo("1 meter, 365 days at 15 min (2 measurements): fetched, parsed, aggregated and charted in %lld ms",
          yearTimer.elapsed());
    const ChartSeries year = chart->series().front();
    QVERIFY2(year.size() > 300 * 96, qPrintable(QString::number(year.size())));
    // Once laid out, the points are decimated for the plot width really drawn.
    QTRY_COMPARE_WITH_TIMEOUT(chart->decimationWidthPx(), chart->plotWidthPx(), kBusyMachineMs);
    const int plotted = chart->plottedPointCount(year.key);
    const int widthPx = chart->decimationWidthPx();
    QVERIFY2(plotted <= 4 * widthPx && plotted < year.size() / 4,
             qPrintable(QStringLiteral("%1 points for %2 px").arg(plotted).arg(widthPx)));
    const DecimatedSeries expected =
        M4Decimator::decimate(year.utcMs, year.values, chart->viewFromUtcMs(), chart->viewToUtcMs(), widthPx,
                              year.endUtcMs.front() - year.utcMs.front());
    QCOMPARE(plotted, int(expected.points.size()));

    // Last month by day: bars per local day.
    before = int(m_ready->count());
    range->setPreset(TimeRange::Preset::LastMonth);
    range->setGranularity(Granularity::Day);
    waitForChart(before);
    const ChartSeries days = chart->series().front();
    QVERIFY(days.bars);
    QCOMPARE(days.size(), 31); // May 2025
    QCOMPARE(days.granularity, Granularity::Day);
    // The table's figures of a series read in the unit of its axis (scaled alike, e.g. MWh); the CSV
    // below keeps the API's unit and values.
    const qsizetype energyAxis = chart->axisUnits(0).indexOf(days.unit);
    QVERIFY(energyAxis >= 0);
    const QString maximum = m_window->totals()->index(0, SeriesTotalsModel::MaximumColumn).data().toString();
    QVERIFY2(maximum.endsWith(QLatin1Char(' ') + chart->axisTitles(0).at(energyAxis)),
             qPrintable(maximum + QStringLiteral(" / ") + chart->axisTitles(0).join(QLatin1Char(','))));

    // Export each format from the dialog and check the files by content.
    QTemporaryDir dir;
    auto *dialog = qobject_cast<ExportDialog *>(m_window->openExportDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->path().contains(days.siteName));
    QVERIFY(dialog->path().contains(QStringLiteral("2025-05-01 to 2025-05-31")));
    const QString title = m_window->exporter()->title();
    // The drawn header names the sites, the whole days of the range, the zone and the units.
    const QString drawnHeader = m_window->exporter()->headerLines().join(QLatin1Char('\n'));
    QVERIFY2(drawnHeader.contains(QLocale().toString(QDate(2025, 5, 31), QStringLiteral("d MMM yyyy"))) &&
                 drawnHeader.contains(days.siteName) && drawnHeader.contains(days.timeZoneId) &&
                 drawnHeader.contains(QStringLiteral("kWh")),
             qPrintable(drawnHeader));

    dialog->setFormat(ChartExporter::Format::Csv);
    const QString csvPath = dir.filePath(QStringLiteral("chart.csv"));
    dialog->setPath(csvPath);
    dialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Exported")), 10000);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QStringList rows;
    QString header;
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        if (header.isEmpty())
            header = line;
        else
            rows.append(line);
    }
    // Per charted series (energy and power of the meter, by day) a value, a coverage, a partial and a
    // negative-interval column: find the energy values.
    const QStringList columns = header.split(QLatin1Char(','));
    qsizetype energyColumn = -1;
    for (qsizetype i = 0; i < columns.size() && energyColumn < 0; ++i) {
        if (columns[i].contains(days.measurementName) && columns[i].contains(days.unit))
            energyColumn = i;
    }
    QVERIFY2(energyColumn >= 3, qPrintable(header)); // after UTC time, local time and zone
    QCOMPARE(columns.size(), 3 + 4 * chart->series().size());
    QVERIFY2(columns.at(energyColumn + 1).endsWith(QStringLiteral("coverage (%)")), qPrintable(header));
    QCOMPARE(rows.size(), int(days.size()));
    double sum = 0;
    for (const QString &row : std::as_const(rows))
        sum += row.split(QLatin1Char(',')).value(energyColumn).toDouble();
    QVERIFY2(qAbs(sum - days.statistics.sum) < 1e-3 * qMax(1.0, days.statistics.sum),
             qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(days.statistics.sum)));

    dialog->setFormat(ChartExporter::Format::Png);
    dialog->setImageSize(QSize(1200, 700));
    const QString pngPath = dir.filePath(QStringLiteral("chart.png"));
    dialog->setPath(pngPath);
    dialog->startExport();
    QImage png(pngPath);
    QCOMPARE(png.size(), QSize(1200, 700));
    int inked = 0; // coloured pixels (bars) in the middle of the plot
    for (int y = 250; y < 550; y += 2) {
        for (int x = 200; x < 1000; x += 2) {
            const QColor c = png.pixelColor(x, y);
            if (c.hsvSaturation() > 80)
                ++inked;
        }
    }
    QVERIFY2(inked > 1000, qPrintable(QString::number(inked)));

    const QByteArray svgBytes =
        exportedBytes(dialog, ChartExporter::Format::Svg, dir.filePath(QStringLiteral("chart.svg")));
    QXmlStreamReader xml(svgBytes);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgBytes.contains(title.toUtf8()));
    QVERIFY(svgBytes.contains(days.siteName.toUtf8()));

    const QByteArray pdfBytes =
        exportedBytes(dialog, ChartExporter::Format::Pdf, dir.filePath(QStringLiteral("chart.pdf")));
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QCOMPARE(pdfBytes.count("/Type /Page") - pdfBytes.count("/Type /Pages"), 1);
    QVERIFY(pdfBytes.contains(pdfTitleString(title)));
    dialog->close();

    // Multi-select: the main meters of two sites overlaid, one series each, sharing the kWh axis.
    const QModelIndex other = expandedMeter(1, 0);
    before = int(m_ready->count());
    m_window->selectTargets({tree->model()->index(0, 0, siteRow(0)), other});
    waitForChart(before);
    QCOMPARE(chart->series().size(), 2);
    QVERIFY(chart->series().at(0).siteId != chart->series().at(1).siteId);
    QCOMPARE(chart->chartCount(), 1);
    QCOMPARE(chart->axisUnits(0), QStringList{QStringLiteral("kWh")});
    QVERIFY(chart->plottedPointCount(chart->series().at(1).key) > 0);
    // Hovering shows value, unit and local time.
    const ChartSeries &first = chart->series().at(0);
    const QString tip = chart->toolTipFor(first.key, first.utcMs.front() + 1000);
    QVERIFY2(tip.contains(QStringLiteral("kWh")) && tip.contains(first.timeZoneId), qPrintable(tip));
}

void TestMainWindow::forbiddenSiteIsMarkedAndOthersLoad()
{
    signInDemo();
    const QString lockedId = siteRow(1).data(SiteTreeModel::IdRole).toString();
    emulator::FaultSpec fault;
    fault.kind = emulator::FaultSpec::Kind::Status;
    fault.status = 403;
    fault.pathPattern = lockedId + QStringLiteral("/meters");
    fault.count = -1;
    demoServer(m_window.get())->addFault(fault);
    m_window->tree()->expand(siteRow(1));
    m_window->tree()->expand(siteRow(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->siteModel()->loadState(lockedId), SiteTreeModel::LoadState::Forbidden,
                              10000);
    QVERIFY(siteRow(1).data().toString().contains(QStringLiteral("no access")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No access to site")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tree()->model()->rowCount(siteRow(0)) > 0, 10000);
    QVERIFY(!m_window->banner()->isVisible()); // a 403 is marked in the tree, not a modal or a banner
}

void TestMainWindow::expiredPatShowsItsMessage()
{
    emulator::EmulatorServer server(fixture::demoEmulatorOptions());
    QVERIFY(server.start());
    const QString expired = server.issuePat(kNow.addSecs(-3600));
    m_window->account()->setProfile(server.servedProfile());
    m_window->start(false);
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("patEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->setText(expired);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("patButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->firstRunPage()->statusText().contains(QStringLiteral("expired")),
                              qPrintable(m_window->firstRunPage()->statusText()), 10000);
    QVERIFY(!m_window->isShowingWorkspace());
    QVERIFY(!m_window->firstRunPage()->statusText().contains(expired)); // never echo the token
    QVERIFY(
        !m_secrets->contains(AccountStore::makeId(Account::Kind::PersonalAccessToken, server.servedProfile()),
                             SecretStore::Key::PersonalAccessToken));

    // A valid token signs in and is kept in the keychain.
    edit->setText(server.demoPat());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("patButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->writeCount() > 0, kBusyMachineMs);
}

void TestMainWindow::offlineServerIsSaidOverTheChartWithRetry()
{
    signInDemo();
    const QModelIndex meter = expandedMeter(0, 0);
    demoServer(m_window.get())->stop();
    m_window->selectTargets({meter});
    const ChartStatusOverlay *status = m_window->chart()->statusOverlay();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->chartDocument()->loadStatus().state, ChartLoadStatus::State::Failed,
                              20000);
    // Said over the chart, with what to do; not "No data in this range", not "ready".
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(defaultMessageFor(ApiError::Kind::Offline)), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Trying again in")), qPrintable(status->text()));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("chartRetryButton"))->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("chartPlaceholder"))->isVisible());
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("ready")));
    QVERIFY(!m_window->banner()->isVisible()); // one place says it
}

void TestMainWindow::stalledLoadShowsThePreviousChartDimmedAndCanBeCancelled()
{
    signInDemo();
    int before = int(m_ready->count());
    m_window->selectTargets({expandedMeter(0, 0)});
    waitForChart(before);
    const QList<ChartSeries> previous = m_window->chart()->series();
    QVERIFY(!previous.isEmpty());
    emulator::FaultSpec stall;
    stall.kind = emulator::FaultSpec::Kind::Stall;
    stall.pathPattern = QStringLiteral("/measurements");
    stall.count = -1;
    demoServer(m_window.get())->addFault(stall);
    m_window->selectTargets({expandedMeter(0, 1)});
    const ChartStatusOverlay *status = m_window->chart()->statusOverlay();
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && m_window->chartDocument()->loadStatus().state ==
                                                        ChartLoadStatus::State::Loading,
                             kBusyMachineMs);
    // "Loading…", or after 4 s on a busy machine the seconds waited.
    QVERIFY2(status->text() == QStringLiteral("Loading…") ||
                 status->text().startsWith(QStringLiteral("Still waiting for the server — ")),
             qPrintable(status->text()));
    // The chart before stays in view, dimmed, with the words in the middle.
    QVERIFY(status->coversChart());
    QVERIFY(status->dimsChart());
    QCOMPARE(m_window->chart()->series().front().key, previous.front().key);
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("chartCancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(m_window->chartDocument()->loadStatus().state, ChartLoadStatus::State::Stopped);
    QVERIFY(!m_window->chartController()->isLoading());
    QCOMPARE(status->text(), QStringLiteral("Loading stopped. The chart shown is the one before."));
    auto *again = m_window->findChild<QPushButton *>(QStringLiteral("chartRetryButton"));
    QVERIFY(again->isVisible());
    QCOMPARE(again->text(), QStringLiteral("Load again"));

    // Loading again once the server answers draws the chart asked for, and the words go.
    demoServer(m_window.get())->clearFaults();
    before = int(m_ready->count());
    QTest::mouseClick(again, Qt::LeftButton);
    waitForChart(before);
    QVERIFY(m_window->chart()->series().front().key != previous.front().key);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), kBusyMachineMs);
    QCOMPARE(m_window->chartDocument()->loadStatus().state, ChartLoadStatus::State::Idle);
}

void TestMainWindow::retryingSaysWhenItTriesAgain()
{
    signInDemo();
    const QModelIndex meter = expandedMeter(0, 0);
    emulator::FaultSpec busy;
    busy.status = 429;
    busy.retryAfterSeconds = 3;
    busy.pathPattern = QStringLiteral("/measurements");
    busy.count = 1;
    demoServer(m_window.get())->addFault(busy);
    const int before = int(m_ready->count());
    m_window->selectTargets({meter});
    const ChartStatusOverlay *status = m_window->chart()->statusOverlay();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->chartDocument()->loadStatus().state, ChartLoadStatus::State::Retrying,
                              10000);
    QVERIFY2(
        QRegularExpression(QStringLiteral("Trying again in [123] s\\.")).match(status->text()).hasMatch(),
        qPrintable(status->text()));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("chartCancelButton"))->isVisible());
    waitForChart(before);
    QCOMPARE(m_window->chartDocument()->loadStatus().state, ChartLoadStatus::State::Idle);
    QVERIFY(!status->isVisible());
    QVERIFY(!m_window->chart()->series().isEmpty());
}

void TestMainWindow::failureGoesWhenALaterChartLoads()
{
    signInDemo();
    const QModelIndex first = expandedMeter(0, 0);
    const QModelIndex second = expandedMeter(0, 1);
    emulator::FaultSpec down;
    down.status = 500;
    down.pathPattern = QStringLiteral("/measurements");
    down.count = -1;
    demoServer(m_window.get())->addFault(down);
    m_window->selectTargets({first});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->chartDocument()->loadStatus().state, ChartLoadStatus::State::Failed,
                              20000);
    QVERIFY(m_window->chart()->statusOverlay()->isVisible());
    demoServer(m_window.get())->clearFaults();
    const int before = int(m_ready->count());
    m_window->selectTargets({second});
    waitForChart(before);
    // Nothing of the failed load is left over the chart that loaded.
    QVERIFY(!m_window->chart()->statusOverlay()->isVisible());
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY(!m_window->chart()->series().isEmpty());
}

void TestMainWindow::revokedTokenOffersANewOneWithoutSigningOut()
{
    emulator::EmulatorServer server(fixture::demoEmulatorOptions());
    QVERIFY(server.start());
    const QString pat = server.issuePat();
    m_window->account()->setProfile(server.servedProfile());
    m_window->start(false);
    m_window->findChild<QLineEdit *>(QStringLiteral("patEdit"))->setText(pat);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("patButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), 10000);
    shortenRetries(m_window->account());
    const QModelIndex meter = expandedMeter(0, 0);

    server.revokePat(pat);
    m_window->selectTargets({meter});
    // One banner for the session, not a meter's error; the way back in is on it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 20000);
    const QString message = m_window->banner()->message();
    QVERIFY2(message.contains(QStringLiteral("Enter a new token")), qPrintable(message));
    QVERIFY2(!message.contains(meter.data().toString()), qPrintable(message));
    auto *newToken = m_window->banner()->findChild<QPushButton *>(QStringLiteral("enterNewTokenAction"));
    QVERIFY(newToken && newToken->isVisible());
    QVERIFY(m_window->isShowingWorkspace());

    // A mistyped token is "not accepted"; the workspace stays and the banner offers again.
    const auto enter = [&](const QString &token) {
        QTest::mouseClick(m_window->banner()->findChild<QPushButton *>(QStringLiteral("enterNewTokenAction")),
                          Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        const auto openDialog = [&] {
            const auto dialogs = m_window->findChildren<QInputDialog *>(QStringLiteral("newTokenDialog"));
            const auto open = std::find_if(dialogs.begin(), dialogs.end(),
                                           [](const QInputDialog *d) { return d->isVisible(); });
            return open == dialogs.end() ? nullptr : *open;
        };
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog()), kBusyMachineMs);
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(token);
        dialog->accept();
    };
    enter(QStringLiteral("mistyped-token"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible() &&
                                 m_window->banner()->message().contains(QStringLiteral("not accepted")),
                             10000);
    QVERIFY(!m_window->banner()->message().contains(QStringLiteral("mistyped-token")));
    QVERIFY(m_window->isShowingWorkspace());

    // A good one goes on where the user was.
    const int before = int(m_ready->count());
    enter(server.issuePat());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->isVisible(), 10000);
    waitForChart(before);
    QVERIFY(m_window->isShowingWorkspace());
    QVERIFY(!m_window->chart()->series().isEmpty());
}

void TestMainWindow::signOutReturnsToFirstRun()
{
    signInDemo();
    const int before = int(m_ready->count());
    m_window->selectTargets({expandedMeter(0, 0)});
    waitForChart(before);
    QVERIFY(m_window->account()->cache());
    const QString cachePath = m_window->account()->cache()->path();
    QVERIFY(QFile::exists(cachePath));
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    // Asked first: cancelling keeps everything.
    auto *dialog = m_window->findChild<SignOutDialog *>(QStringLiteral("signOutDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->isVisible(), kBusyMachineMs);
    dialog->reject();
    QVERIFY(m_window->isShowingWorkspace());
    signOut->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_window->findChild<SignOutDialog *>(QStringLiteral("signOutDialog"))) &&
            dialog->isVisible(),
        kBusyMachineMs);
    auto *removeCache = dialog->findChild<QCheckBox *>(QStringLiteral("removeCachedDataCheck"));
    QVERIFY(removeCache && !removeCache->isChecked()); // kept unless the user asks
    removeCache->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmSignOutButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingWorkspace(), kBusyMachineMs);
    QCOMPARE(m_window->siteModel()->siteCount(), 0);
    QVERIFY(!QFile::exists(cachePath)); // the data kept for offline use went with the account
    // The next start does not reopen the signed-out account.
    MainWindow second(m_secrets.get());
    second.start(false);
    QVERIFY(!second.isShowingWorkspace());
}

void TestMainWindow::reopensOfflineFromTheCacheWithItsAsOfTime()
{
    // A separate emulator, signed in with a token: chart a meter-year, quit.
    auto server = std::make_unique<emulator::EmulatorServer>(fixture::demoEmulatorOptions());
    QVERIFY(server->start());
    m_window->account()->setProfile(server->servedProfile());
    m_window->start(false);
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("patEdit"));
    QVERIFY(edit);
    edit->setText(server->demoPat());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("patButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->writeCount() > 0, kBusyMachineMs);
    shortenRetries(m_window->account());
    m_window->rangeBar()->setPreset(TimeRange::Preset::LastYear);
    const QModelIndex meter = expandedMeter(0, 0);
    const QString meterId = meter.data(SiteTreeModel::IdRole).toString();
    int before = int(m_ready->count());
    m_window->selectTargets({meter});
    waitForChart(before);
    const QList<ChartSeries> online = m_window->chartDocument()->series();
    QVERIFY(!online.isEmpty() && !online.front().isEmpty());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("asOfLabel"))->text().isEmpty());
    const auto reopen = [this] {
        m_window->close();
        m_ready.reset();
        m_window = std::make_unique<MainWindow>(m_secrets.get());
        m_window->resize(1300, 860);
        m_window->show();
        m_ready = std::make_unique<QSignalSpy>(m_window->chartController(), &ChartController::ready);
    };

    // The next start shows the cached sites at once, then the server's list follows.
    const int requestsBefore = server->requestCount();
    reopen();
    QSignalSpy opened(m_window->account(), &AccountController::signedIn);
    QSignalSpy refreshed(m_window->account(), &AccountController::sitesRefreshed);
    int requestsAtOpen = -1;
    connect(m_window->account(), &AccountController::signedIn, this,
            [&] { requestsAtOpen = server->requestCount(); });
    m_window->start(false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kBusyMachineMs);
    QVERIFY(m_window->isShowingWorkspace());
    QVERIFY(m_window->siteModel()->siteCount() > 0);
    QCOMPARE(requestsAtOpen, requestsBefore);               // shown before anything was asked of the server
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000); // then the server's list came
    QCOMPARE(opened.count(), 1);
    shortenRetries(m_window->account());
    QTRY_VERIFY_WITH_TIMEOUT(m_ready->count() > 0 && !m_window->chartController()->isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(server->requestCount() > requestsBefore,
                             kBusyMachineMs); // the site list is checked behind it
    QCOMPARE(m_window->chartDocument()->series().size(), online.size());

    // The server goes away; the next start opens the same chart from the cache, with its "as of".
    server.reset();
    reopen();
    m_window->start(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), kBusyMachineMs);
    shortenRetries(m_window->account());
    QTRY_VERIFY_WITH_TIMEOUT(m_ready->count() > 0 && !m_window->chartController()->isLoading(), 20000);
    const QList<ChartSeries> offline = m_window->chartDocument()->series();
    QCOMPARE(offline.size(), online.size());
    for (qsizetype i = 0; i < online.size(); ++i) {
        QCOMPARE(offline.at(i).key, online.at(i).key);
        QCOMPARE(offline.at(i).meterId, meterId);
        QVERIFY(offline.at(i).values == online.at(i).values);
        QVERIFY(offline.at(i).coverage == online.at(i).coverage);
    }
    QVERIFY(m_window->chartDocument()->asOfUtcMs().has_value());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("asOfLabel"))
                ->text()
                .startsWith(QStringLiteral("Data as of")));
    QVERIFY(m_window->chart()->chartCount() > 0);
}

void TestMainWindow::settingsShowTheCacheSizeAndClearIt()
{
    signInDemo();
    const int before = int(m_ready->count());
    m_window->rangeBar()->setPreset(TimeRange::Preset::LastYear);
    m_window->selectTargets({expandedMeter(0, 0)});
    waitForChart(before);
    const qint64 filled = AccountController::cacheSizeOnDisk();
    QVERIFY(filled > 1024 * 1024); // a meter-year of 15-minute data
    SettingsDialog dialog(m_window->account(), m_window.get());
    auto *size = dialog.findChild<QLabel *>(QStringLiteral("cacheSizeLabel"));
    QVERIFY(size);
    QVERIFY2(
        size->text().contains(QLocale().formattedDataSize(filled, 1, QLocale::DataSizeTraditionalFormat)),
        qPrintable(size->text()));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("clearCacheButton")), Qt::LeftButton);
    QVERIFY(AccountController::cacheSizeOnDisk() < filled / 10);
    QVERIFY(size->text() != QStringLiteral("%1").arg(filled));
    QVERIFY(dialog.errorText().isEmpty());
    // Charting again asks the server.
    const int again = int(m_ready->count());
    m_window->refresh();
    waitForChart(again);
    QVERIFY(AccountController::cacheSizeOnDisk() > filled / 2);
}

void TestMainWindow::reopensTheLastAccountAndView()
{
    signInDemo();
    const QModelIndex meter = expandedMeter(0, 1);
    const QString meterId = meter.data(SiteTreeModel::IdRole).toString();
    m_window->rangeBar()->setPreset(TimeRange::Preset::LastWeek);
    const int before = int(m_ready->count());
    m_window->selectTargets({meter});
    waitForChart(before);
    m_window->close(); // keeps the window state and the view

    MainWindow second(m_secrets.get());
    second.account()->setDemoBackendFactory(
        emulator::EmulatorDemoBackend::factory(fixture::demoEmulatorOptions()));
    second.show();
    second.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(second.isShowingWorkspace(), 15000);
    QCOMPARE(second.account()->account().kind, Account::Kind::Demo);
    QTRY_COMPARE_WITH_TIMEOUT(second.tree()->currentIndex().data(SiteTreeModel::IdRole).toString(), meterId,
                              15000);
    QCOMPARE(second.rangeBar()->range().preset(), TimeRange::Preset::LastWeek);
    QTRY_VERIFY_WITH_TIMEOUT(!second.chart()->series().isEmpty(), 15000);
    QCOMPARE(second.chart()->series().front().meterId, meterId);
}

namespace {

// The words of a POSIX shell command line as written by shellQuoted(): plain words and '…' quotes.
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (const QChar c : line) {
        if (quoted) {
            if (c == u'\'')
                quoted = false;
            else
                word += c;
        } else if (c == u'\'') {
            quoted = inWord = true;
        } else if (c == u'\\') {
            inWord = true; // only in '\'' (a quote between two quoted parts): the quote follows
        } else if (c == u' ') {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

// The provenance records and rows of a CSV export, without the two that name when it was made.
QStringList comparableLines(const QByteArray &csv)
{
    QStringList lines;
    for (const QByteArray &line : csv.split('\n')) {
        if (!line.startsWith("#generated-at") && !line.startsWith("#data-as-of"))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

} // namespace

void TestMainWindow::verifyCliWritesTheSameCsv(const QString &name, ChartExporter::Format format)
{
    QTemporaryDir dir;
    auto *dialog = qobject_cast<ExportDialog *>(m_window->openExportDialog());
    QVERIFY(dialog);
    dialog->setFormat(format);
    QCOMPARE(dialog->format(), format);
    const QString guiPath = dir.filePath(name + QStringLiteral("-gui.csv"));
    dialog->setPath(guiPath);
    dialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Exported")), 10000);
    dialog->close();
    QFile guiFile(guiPath);
    QVERIFY(guiFile.open(QIODevice::ReadOnly));
    const QByteArray gui = guiFile.readAll();

    QString command;
    for (const QByteArray &line : gui.split('\n')) {
        if (line.startsWith("#command,")) // a record for scripts
            command = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("#command: ")) // one text cell, for a spreadsheet
            command = QString::fromUtf8(line.mid(10));
    }
    QVERIFY2(command.startsWith(QStringLiteral("meterscope-cli ")), gui.left(2000).constData());
    const QStringList words = shellWords(command);
    const QString cliPath = dir.filePath(name + QStringLiteral("-cli.csv"));
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("METERSCOPE_TOKEN"), demoServer(m_window.get())->demoPat());
    environment.insert(QStringLiteral("HOME"), dir.path()); // a cache of its own
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(MS_CLI_PATH), QStringList{QStringLiteral("--output"), cliPath} + words.mid(1));
    QVERIFY(cli.waitForStarted(10000));
    // The demo's emulator runs on this thread: keep its event loop turning while the CLI asks it.
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile cliFile(cliPath);
    QVERIFY(cliFile.open(QIODevice::ReadOnly));
    const QByteArray written = cliFile.readAll();
    QCOMPARE(comparableLines(written), comparableLines(gui));
    QVERIFY(gui.count('\n') > 20); // rows, not only a header
    m_lastCsv = gui;
}

void TestMainWindow::thisMonthAgainstLastYearShowsDeltaInTheTotals()
{
    signInDemo();
    TimeRangeBar *range = m_window->rangeBar();
    range->setPreset(TimeRange::Preset::ThisMonth); // June 2025
    range->setGranularity(Granularity::Day);
    int before = int(m_ready->count());
    m_window->selectTargets({expandedMeter(0, 0)});
    waitForChart(before);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("totalsTable"));
    QVERIFY(table);
    QVERIFY(table->isColumnHidden(SeriesTotalsModel::DeltaPercentColumn)); // nothing compared yet
    const qsizetype alone = m_window->chartDocument()->series().size();

    // "Compare with: Same period last year", as the user picks it.
    auto *compare = m_window->findChild<QComboBox *>(QStringLiteral("compareCombo"));
    QVERIFY(compare);
    before = int(m_ready->count());
    compare->setCurrentIndex(compare->findData(int(PeriodComparison::Mode::SamePeriodLastYear)));
    waitForChart(before);
    const QList<ChartSeries> series = m_window->chartDocument()->series();
    QCOMPARE(series.size(), 2 * alone);
    QCOMPARE(series[1].comparisonOf, series[0].key);
    QCOMPARE(series[1].title, series[0].title + QStringLiteral(" (Jun 2024)"));
    QVERIFY(!table->isColumnHidden(SeriesTotalsModel::DeltaPercentColumn));
    const QString deltaPercent =
        m_window->totals()->index(0, SeriesTotalsModel::DeltaPercentColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[+-]?[0-9.,]+ %")).match(deltaPercent).hasMatch(),
             qPrintable(deltaPercent));
    QVERIFY(m_window->totals()
                ->index(0, SeriesTotalsModel::DeltaPercentColumn)
                .data(SeriesTotalsModel::RawValueRole)
                .isValid());
    // Last year's days are drawn beside this year's, and a day's tooltip gives both with Δ.
    ChartWidget *chart = m_window->chart();
    QCOMPARE(chart->plottedPointCount(series[1].key), 4 * 30);
    const QString tip = chart->toolTipFor(series[0].key, series[0].utcMs[2]);
    QVERIFY2(tip.contains(QStringLiteral("3 June 2024 (Jun 2024)")) && tip.contains(QStringLiteral("\nΔ ")),
             qPrintable(tip));
    const QString lastYearTip = chart->toolTipFor(series[1].key, series[1].utcMs[2]);
    QVERIFY2(lastYearTip.contains(QStringLiteral("Monday 3 June 2024")) &&
                 lastYearTip.contains(QStringLiteral("Compared with Tuesday 3 June 2025")),
             qPrintable(lastYearTip));
    // The choice is kept with the view.
    m_window->close();
    QCOMPARE(QSettings().value(QStringLiteral("view/compare")).toString(), QStringLiteral("last-year"));
}

void TestMainWindow::cliCommandInTheCsvWritesTheSameRows()
{
    signInDemo();
    QAbstractItemModel *model = m_window->tree()->model();
    QModelIndex kolkata;
    for (int row = 0; row < model->rowCount() && !kolkata.isValid(); ++row) {
        const Site site = m_window->siteModel()->site(m_window->filterModel()->mapToSource(siteRow(row)));
        if (site.timeZoneId == QStringLiteral("Asia/Kolkata"))
            kolkata = siteRow(row);
    }
    QVERIFY(kolkata.isValid());

    // A site alone, by day: its electricity and other utilities, in its +05:30 zone.
    TimeRangeBar *range = m_window->rangeBar();
    range->setPreset(TimeRange::Preset::LastMonth);
    range->setGranularity(Granularity::Day);
    int before = int(m_ready->count());
    m_window->selectTargets({kolkata});
    waitForChart(before);
    verifyCliWritesTheSameCsv(QStringLiteral("site"));

    // The same site this month against the same month last year: the comparisons, Δ and Δ % columns.
    range->setPreset(TimeRange::Preset::ThisMonth);
    before = int(m_ready->count());
    range->setComparison(PeriodComparison::Mode::SamePeriodLastYear);
    waitForChart(before);
    verifyCliWritesTheSameCsv(QStringLiteral("compared"));
    QVERIFY(m_lastCsv.contains(" --compare last-year "));
    QVERIFY(m_lastCsv.contains("(Jun 2024) (kWh)"));
    QVERIFY(m_lastCsv.contains(" Δ vs Jun 2024 (kWh)"));
    QVERIFY(m_lastCsv.contains(" Δ vs Jun 2024 (%)"));
    QVERIFY(m_lastCsv.contains("#note,"));
    before = int(m_ready->count());
    range->setComparison(PeriodComparison::Mode::None);
    waitForChart(before);

    // Meters of two sites in different zones, 15 minutes, zoomed to a part that starts mid-interval.
    const QModelIndex first = expandedMeter(0, 0);
    m_window->tree()->expand(kolkata);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(kolkata) > 0, 10000);
    const QModelIndex second = model->index(0, 0, kolkata);
    range->setPreset(TimeRange::Preset::Last7Days);
    range->setGranularity(Granularity::FifteenMinutes);
    before = int(m_ready->count());
    m_window->selectTargets({second, first});
    waitForChart(before);
    QCOMPARE(m_window->chartDocument()->targets().size(), 2);
    ChartDocument *document = m_window->chartDocument();
    document->setView(document->fromUtcMs() + 36 * 3600000 + 7 * 60000 + 250,
                      document->toUtcMs() - 2 * 86400000);
    QVERIFY(document->isZoomed());
    verifyCliWritesTheSameCsv(QStringLiteral("zoomed"));

    // The spreadsheet dialect of a locale with a decimal comma: the command names it.
    m_window->exporter()->setSpreadsheetLocale(QLocale(QLocale::German, QLocale::Germany));
    verifyCliWritesTheSameCsv(QStringLiteral("spreadsheet"), ChartExporter::Format::SpreadsheetCsv);

    // The workbook of the same view (its cells are read back in tests/spreadsheet).
    QTemporaryDir dir;
    auto *dialog = qobject_cast<ExportDialog *>(m_window->openExportDialog());
    QVERIFY(dialog);
    dialog->setFormat(ChartExporter::Format::Xlsx);
    QVERIFY(dialog->path().endsWith(QStringLiteral(".xlsx")));
    const QString xlsxPath = dir.filePath(QStringLiteral("view.xlsx"));
    dialog->setPath(xlsxPath);
    dialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Exported")), 10000);
    QVERIFY(m_window->exporter()->csvRowsWritten() > 100);
    dialog->close();
    QFile workbook(xlsxPath);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.read(2) == "PK");
}

void TestMainWindow::searchOpensTheParentsOfMatchingSubMeters()
{
    signInDemo();
    QTreeView *tree = m_window->tree();
    QAbstractItemModel *model = tree->model();
    const QModelIndex lyon = loadedSite(QStringLiteral("Lyon Part-Dieu Store"));
    QVERIFY(lyon.isValid());
    QVERIFY(model->rowCount(lyon) > 0);
    const QPersistentModelIndex mainIncomer = findRow(model, QStringLiteral("Main incomer"), lyon);
    QVERIFY(mainIncomer.isValid());
    QVERIFY(!tree->isExpanded(mainIncomer)); // the sub-meters start hidden

    typeSearch(QStringLiteral("HVAC"));
    QModelIndex hvac;
    QTRY_VERIFY_WITH_TIMEOUT((hvac = findRow(model, QStringLiteral("HVAC"))).isValid(), kBusyMachineMs);
    QCOMPARE(hvac.data(SiteTreeModel::SiteIdRole).toString(), lyon.data(SiteTreeModel::IdRole).toString());
    // Every ancestor is open, so the match is on screen.
    QTRY_VERIFY_WITH_TIMEOUT(!tree->visualRect(hvac).isEmpty(), kBusyMachineMs);
    int depth = 0;
    for (QModelIndex parent = hvac.parent(); parent.isValid(); parent = parent.parent(), ++depth)
        QVERIFY2(tree->isExpanded(parent), qPrintable(parent.data().toString()));
    QCOMPARE(depth, 2); // under "Main incomer", under the site
    QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(hvac)));

    // Clearing the search puts the tree back as it was: the site open, its main meter closed.
    typeSearch(QString());
    const QModelIndex lyonAgain = findRow(model, QStringLiteral("Lyon Part-Dieu Store"));
    QVERIFY(lyonAgain.isValid());
    QVERIFY(tree->isExpanded(lyonAgain));
    const QModelIndex mainAgain = findRow(model, QStringLiteral("Main incomer"), lyonAgain);
    QVERIFY(mainAgain.isValid());
    QVERIFY(!tree->isExpanded(mainAgain));
}

void TestMainWindow::nextPeriodGoesNoFurtherThanThePresent()
{
    signInDemo();
    TimeRangeBar *range = m_window->rangeBar();
    auto *next = m_window->findChild<QAction *>(QStringLiteral("nextPeriodAction"));
    QVERIFY(next);
    range->setPreset(TimeRange::Preset::ThisMonth);
    const qint64 thisMonth = range->range().fromUtcMs();
    QVERIFY(!next->isEnabled()); // next month has not begun
    range->step(-1);
    QVERIFY(range->range().fromUtcMs() < thisMonth);
    QVERIFY(next->isEnabled());
    next->trigger();
    QCOMPARE(range->range().fromUtcMs(), thisMonth);
    QVERIFY(!next->isEnabled());
}

void TestMainWindow::searchSaysWhichSitesItCouldNotSearch()
{
    signInDemo();
    SiteTreeModel *sites = m_window->siteModel();
    QAbstractItemModel *model = m_window->tree()->model();
    const int siteCount = sites->siteCount();
    QVERIFY(siteCount > 2);
    // The names of the sites whose meters are not loaded, and the HVAC sub-meters in the tree.
    const auto unloaded = [sites] {
        QStringList names;
        for (int row = 0; row < sites->siteCount(); ++row) {
            const QModelIndex site = sites->index(row, 0);
            if (sites->loadState(site.data(SiteTreeModel::IdRole).toString()) !=
                SiteTreeModel::LoadState::Loaded)
                names.append(sites->site(site).name);
        }
        return names;
    };
    const auto hvacRows = [this, model] {
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            count += findRow(model, QStringLiteral("HVAC"), siteRow(row)).isValid() ? 1 : 0;
        return count;
    };
    QVERIFY(loadedSite(QStringLiteral("Lyon Part-Dieu Store")).isValid());
    typeSearch(QStringLiteral("HVAC"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("searchStatusLabel"));
    QVERIFY(status);
    // The line says how many matches there are and how many sites were left out, and names them.
    // (Typing "H" matched site names whose meters load meanwhile: wait for them, on a busy machine too.)
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->isVisible() &&
            status->text().contains(
                QStringLiteral("meters of %1 sites not loaded yet").arg(unloaded().size())) &&
            status->text().startsWith(QStringLiteral("%1 match").arg(hvacRows())),
        qPrintable(status->text()), 30000);
    const QStringList left = unloaded();
    QVERIFY(left.size() > 1 && !left.contains(QStringLiteral("Lyon Part-Dieu Store")));
    QVERIFY(status->text().contains(QStringLiteral("Search all meters")));
    for (const QString &name : left)
        QVERIFY2(status->toolTip().contains(name), qPrintable(status->toolTip()));
    QVERIFY2(!status->toolTip().contains(QStringLiteral("Lyon Part-Dieu Store")),
             qPrintable(status->toolTip()));

    // Search all meters: every site is searched and the line no longer says otherwise.
    QSignalSpy finished(sites, &SiteTreeModel::loadAllFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("searchAllMetersButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
    QVERIFY(unloaded().isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(!status->text().contains(QStringLiteral("not loaded")),
                              qPrintable(status->text()), kBusyMachineMs);
    QVERIFY(status->isVisible());
    QCOMPARE(hvacRows(), siteCount); // one HVAC sub-meter per demo site
    QVERIFY2(status->text().startsWith(QStringLiteral("%1 matches").arg(siteCount)),
             qPrintable(status->text()));
    QVERIFY(!status->toolTip().contains(left.front()));
}

void TestMainWindow::searchWithoutMatchSaysSoAndClearsTheDetails()
{
    signInDemo();
    const QModelIndex site = siteRow(0);
    const QString name = site.data().toString();
    const QString id = site.data(SiteTreeModel::IdRole).toString();
    m_window->selectTargets({site});
    QTRY_VERIFY_WITH_TIMEOUT(allText(m_window->details()->model()).contains(id), kBusyMachineMs);

    const QString text = QStringLiteral("no such meter 42");
    typeSearch(text);
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("noMatchLabel"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kBusyMachineMs);
    QVERIFY2(message->text().contains(QStringLiteral("No site or meter matches “%1”.").arg(text)),
             qPrintable(message->text()));
    QCOMPARE(m_window->tree()->model()->rowCount(), 0);
    // The details no longer show a site the tree hides.
    const QString details = allText(m_window->details()->model());
    QVERIFY2(!details.contains(id) && !details.contains(name), qPrintable(details));

    // Clearing the search brings the tree back.
    typeSearch(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tree()->isVisible(), kBusyMachineMs);
    QVERIFY(!message->isVisible());
    QCOMPARE(m_window->tree()->model()->rowCount(), m_window->siteModel()->siteCount());
}

void TestMainWindow::totalsTableShowsFourSeriesAndResizesWithTheChart()
{
    m_window->resize(1600, 1000);
    signInDemo();
    // The main meters of four sites: four series.
    for (int site = 0; site < 4; ++site)
        QVERIFY(expandedMeter(site, 0).isValid());
    QModelIndexList mainMeters;
    for (int site = 0; site < 4; ++site)
        mainMeters.append(m_window->tree()->model()->index(0, 0, siteRow(site)));
    const int before = int(m_ready->count());
    m_window->selectTargets(mainMeters);
    waitForChart(before);
    QCOMPARE(m_window->totals()->rowCount(), 4);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("totalsTable"));
    QVERIFY(table);
    // All four rows in view, no scrolling.
    QTRY_VERIFY2_WITH_TIMEOUT(table->rowViewportPosition(3) + table->rowHeight(3) <=
                                  table->viewport()->height(),
                              qPrintable(QStringLiteral("viewport %1 px, rows of %2 px")
                                             .arg(table->viewport()->height())
                                             .arg(table->rowHeight(0))),
                              kBusyMachineMs);
    QVERIFY(table->viewport()->height() >= 4 * table->rowHeight(0));
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    // The chart keeps most of the height.
    QVERIFY2(m_window->chart()->height() > 2 * table->height(),
             qPrintable(QStringLiteral("%1 / %2").arg(m_window->chart()->height()).arg(table->height())));

    // A splitter between the chart and the table: dragging its handle resizes the table.
    auto *splitter = qobject_cast<QSplitter *>(table->parentWidget());
    QVERIFY(splitter);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QVERIFY(splitter->indexOf(m_window->chart()) >= 0);
    const int tableIndex = splitter->indexOf(table);
    QVERIFY(tableIndex > splitter->indexOf(m_window->chart()));
    const int fitted = table->height();
    dragHandle(splitter->handle(tableIndex), -120);
    QTRY_COMPARE_WITH_TIMEOUT(table->height(), fitted + 120, kBusyMachineMs);
    // Never shorter than its header and two rows.
    dragHandle(splitter->handle(tableIndex), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(table->height() < fitted, kBusyMachineMs);
    QVERIFY2(table->viewport()->height() >= 2 * table->rowHeight(0),
             qPrintable(QString::number(table->viewport()->height())));
    QVERIFY(table->height() >= table->horizontalHeader()->height() + 2 * table->rowHeight(0));
    // The user's height is kept when the series change.
    const int chosen = table->height();
    const int again = int(m_ready->count());
    m_window->selectTargets({mainMeters.front()});
    waitForChart(again);
    QCOMPARE(m_window->totals()->rowCount(), 2); // energy and power of one meter
    QCOMPARE(table->height(), chosen);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
