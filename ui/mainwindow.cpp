// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountcontroller.h"
#include "api/apiclient.h"
#include "chartdatadialog.h"
#include "chartexporter.h"
#include "charttotalssplitter.h"
#include "chartwidget.h"
#include "detailspanel.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "firstrunpage.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/commodityicon.h"
#include "models/seriestotalsmodel.h"
#include "models/sitetreefiltermodel.h"
#include "models/sitetreemodel.h"
#include "searchstatuslabel.h"
#include "settingsdialog.h"
#include "signoutdialog.h"
#include "store/seriesrepository.h"
#include "timerangebar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace meterscope {

namespace {
constexpr int kMaxOverlay = 8;         // targets charted at once
constexpr int kOfflineRetryMs = 15000; // one automatic retry while the server is unreachable

const QString kSessionBanner = QStringLiteral("session"); // the owner of the session-ended banner

QString siteBanner(const QString &siteId)
{
    return QStringLiteral("site:") + siteId;
}
} // namespace

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_account(new AccountController(secrets, this)), m_stack(new QStackedWidget(this)),
      m_firstRun(new FirstRunPage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Meterscope"));
    setWindowIcon(applicationIcon());
    m_stack->addWidget(m_firstRun);
    setCentralWidget(m_stack);
    buildWorkspace();
    buildMenus();
    describeForAssistiveTechnology();

    connect(m_firstRun, &FirstRunPage::demoRequested, m_account, &AccountController::signInDemo);
    connect(m_firstRun, &FirstRunPage::patSubmitted, m_account, &AccountController::signInWithPat);
    connect(m_firstRun, &FirstRunPage::browserSignInRequested, m_account,
            &AccountController::signInWithBrowser);
    connect(m_firstRun, &FirstRunPage::cancelRequested, m_account, &AccountController::cancelSignIn);
    connect(m_account, &AccountController::openUrlManually, m_firstRun, &FirstRunPage::showManualUrl);
    // The sign-in's progress stays in the status bar while the sign-in runs, not after it ends.
    auto signInProgress = std::make_shared<QString>();
    connect(m_account, &AccountController::busy, this, [this, signInProgress](const QString &message) {
        if (!isShowingWorkspace())
            m_firstRun->setBusy(message);
        *signInProgress = message;
        statusBar()->showMessage(message);
    });
    const auto endSignInProgress = [this, signInProgress] {
        if (!signInProgress->isEmpty() && statusBar()->currentMessage() == *signInProgress)
            statusBar()->clearMessage();
        signInProgress->clear();
    };
    connect(m_account, &AccountController::signInFailed, this, endSignInProgress);
    connect(m_account, &AccountController::signedIn, this, endSignInProgress);
    connect(m_account, &AccountController::signedIn, this, &MainWindow::onSignedIn);
    connect(m_account, &AccountController::sitesRefreshed, this, &MainWindow::onSitesRefreshed);
    connect(m_account, &AccountController::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_account, &AccountController::signedOut, this, &MainWindow::onSignedOut);
    connect(m_account, &AccountController::notice, this, [this](const QString &message) {
        m_banner->showMessage(message, QString(), false, ErrorBanner::Severity::Notice);
        if (!isShowingWorkspace())
            m_firstRun->setError(message);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
    m_chartSplitter->restoreUserState(settings.value(QStringLiteral("window/chartSplitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 880);
    // A window kept from a larger screen (or the default size on a smaller one) fits the screen it opens
    // on, and is all on it.
    const QScreen *onScreen = QGuiApplication::screenAt(frameGeometry().center());
    if (!onScreen)
        onScreen = screen();
    if (onScreen && !isMaximized() && !isFullScreen()) {
        const QRect available = onScreen->availableGeometry();
        resize(size().boundedTo(available.size()));
        const QRect frame = frameGeometry();
        move(std::clamp(frame.left(), available.left(),
                        std::max(available.left(), available.right() + 1 - frame.width())),
             std::clamp(frame.top(), available.top(),
                        std::max(available.top(), available.bottom() + 1 - frame.height())));
    }
}

MainWindow::~MainWindow()
{
    m_chartController->cancel();
    m_siteModel->cancelLoading();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto *outer = new QVBoxLayout(m_workspace);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new ErrorBanner(m_workspace);
    outer->addWidget(m_banner);

    m_mainSplitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    outer->addWidget(m_mainSplitter, 1);

    // Left: the site tree with its search.
    auto *left = new QWidget(m_mainSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("siteSearchEdit"));
    m_search->setPlaceholderText(tr("Search sites and meters (name or ID)  Ctrl+F"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    auto *filterRow = new QHBoxLayout;
    m_commodity = new QComboBox(left);
    m_commodity->setObjectName(QStringLiteral("commodityFilterCombo"));
    m_commodity->addItem(tr("All utilities"), int(Commodity::Unknown));
    for (Commodity c : {Commodity::Electricity, Commodity::Gas, Commodity::Water, Commodity::DistrictHeating,
                        Commodity::ChilledWater, Commodity::Solar})
        m_commodity->addItem(commodityIcon(c), commodityDisplayName(c), int(c));
    filterRow->addWidget(m_commodity, 1);
    m_searchAll = new QPushButton(tr("Search all meters"), left);
    m_searchAll->setObjectName(QStringLiteral("searchAllMetersButton"));
    m_searchAll->setToolTip(tr("Load the meters of every site so the search covers them all"));
    filterRow->addWidget(m_searchAll);
    leftLayout->addLayout(filterRow);
    m_searchAllProgress = new QProgressBar(left);
    m_searchAllProgress->setObjectName(QStringLiteral("searchAllProgress"));
    m_searchAllProgress->setFormat(tr("Loading meters: %v of %m sites"));
    m_searchAllProgress->hide();
    leftLayout->addWidget(m_searchAllProgress);
    m_searchStatus = new SearchStatusLabel(left);
    m_searchStatus->hide();
    leftLayout->addWidget(m_searchStatus);
    m_siteModel = new SiteTreeModel(this);
    m_filter = new SiteTreeFilterModel(this);
    m_filter->setSourceModel(m_siteModel);
    // The tree, or in its place a sentence when nothing matches the search.
    m_treeStack = new QStackedWidget(left);
    m_tree = new QTreeView(m_treeStack);
    m_tree->setObjectName(QStringLiteral("siteTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setAnimated(false);
    m_treeStack->addWidget(m_tree);
    m_noMatchLabel = new QLabel(m_treeStack);
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setTextFormat(Qt::RichText);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noMatchLabel->setMargin(16);
    m_noMatchLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // Framed on the base colour like the tree it stands in for.
    m_noMatchLabel->setFrameShape(QFrame::StyledPanel);
    m_noMatchLabel->setFrameShadow(QFrame::Sunken);
    m_noMatchLabel->setBackgroundRole(QPalette::Base);
    m_noMatchLabel->setAutoFillBackground(true);
    m_treeStack->addWidget(m_noMatchLabel);
    leftLayout->addWidget(m_treeStack, 1);
    m_mainSplitter->addWidget(left);

    // Right: range bar, chart, totals, details.
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    auto *chartPane = new QWidget(m_rightSplitter);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(6, 6, 6, 0);
    m_rangeBar = new TimeRangeBar(chartPane);
    chartLayout->addWidget(m_rangeBar);
    m_chartDocument = new ChartDocument(this);
    m_chart = new ChartWidget(chartPane);
    m_chart->setDocument(m_chartDocument);
    m_chart->setMinimumHeight(260);
    m_totals = new SeriesTotalsModel(this);
    m_totals->setDocument(m_chartDocument);
    m_totalsView = new QTableView(chartPane);
    m_totalsView->setObjectName(QStringLiteral("totalsTable"));
    m_totalsView->setModel(m_totals);
    m_totalsView->verticalHeader()->hide();
    // The series' names and the figures whole; the notes, last, take the rest of the width and elide
    // (their tooltip has them whole) where it is short.
    m_totalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totalsView->horizontalHeader()->setSectionResizeMode(SeriesTotalsModel::FlagsColumn,
                                                           QHeaderView::Stretch);
    m_totalsView->setWordWrap(false); // one line a series: what does not fit elides
    m_totalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chartSplitter = new ChartTotalsSplitter(m_chart, m_totalsView, chartPane);
    chartLayout->addWidget(m_chartSplitter, 1);
    m_rightSplitter->addWidget(chartPane);
    m_details = new DetailsPanel(m_rightSplitter);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setStretchFactor(0, 4);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({340, 1060});
    m_rightSplitter->setSizes({620, 200});
    m_stack->addWidget(m_workspace);

    m_chartController = new ChartController(m_chartDocument, this);
    m_exporter = new ChartExporter(m_chartDocument, m_chart, this);
    m_selectionTimer = new QTimer(this);
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(0); // coalesces a burst of selection changes into one load
    m_offlineRetry = new QTimer(this);
    m_offlineRetry->setSingleShot(true);
    m_offlineRetry->setInterval(kOfflineRetryMs);
    m_searchUpdate = new QTimer(this);
    m_searchUpdate->setSingleShot(true);
    m_searchUpdate->setInterval(0);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_searchUpdate, &QTimer::timeout, this, &MainWindow::updateSearchResults);
    // Matches appear and disappear as meters load and filters change.
    const auto scheduleSearchUpdate = [this] { m_searchUpdate->start(); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, scheduleSearchUpdate);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, scheduleSearchUpdate);
    connect(m_filter, &QAbstractItemModel::modelReset, this, scheduleSearchUpdate);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, scheduleSearchUpdate);
    connect(m_siteModel, &QAbstractItemModel::dataChanged, this, scheduleSearchUpdate);
    connect(m_siteModel, &SiteTreeModel::loadAllProgress, this, scheduleSearchUpdate);
    connect(m_siteModel, &SiteTreeModel::loadAllFinished, this, scheduleSearchUpdate);
    connect(m_searchStatus, &SearchStatusLabel::searchAllRequested, m_siteModel,
            &SiteTreeModel::loadAllMeters);
    connect(m_noMatchLabel, &QLabel::linkActivated, m_siteModel, &SiteTreeModel::loadAllMeters);
    connect(m_commodity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCommodity(Commodity(m_commodity->currentData().toInt())); });
    connect(m_searchAll, &QPushButton::clicked, m_siteModel, &SiteTreeModel::loadAllMeters);
    connect(m_siteModel, &SiteTreeModel::loadAllProgress, this, [this](int done, int total) {
        m_searchAllProgress->setRange(0, total);
        m_searchAllProgress->setValue(done);
        m_searchAllProgress->show();
        m_searchAll->setEnabled(false);
    });
    connect(m_siteModel, &SiteTreeModel::loadAllFinished, this, [this] {
        m_searchAllProgress->hide();
        m_searchAll->setEnabled(true);
        statusBar()->showMessage(tr("Meters of every site loaded."), 5000);
    });
    connect(m_siteModel, &SiteTreeModel::siteFailed, this,
            [this](const QString &siteId, const ApiError &error) {
                const QString name = m_siteModel->site(m_siteModel->siteIndex(siteId)).name;
                if (error.kind == ApiError::Kind::Forbidden) // marked in the tree; the others go on
                    statusBar()->showMessage(tr("No access to site %1 (403).").arg(name), 8000);
                else if (error.endsSession())
                    showSessionEnded(QString(), error.details());
                else
                    showError(error, name, siteBanner(siteId));
            });
    // A failure belongs to the load that raised it: the site's meters loaded, its message goes.
    connect(m_siteModel, &SiteTreeModel::metersLoaded, this,
            [this](const QString &siteId) { m_banner->dismissOwnedBy(siteBanner(siteId)); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionTimer,
            qOverload<>(&QTimer::start));
    connect(m_selectionTimer, &QTimer::timeout, this, &MainWindow::onSelectionChanged);
    connect(m_rangeBar, &TimeRangeBar::changed, this, &MainWindow::reloadChart);
    connect(m_chartDocument, &ChartDocument::seriesChanged, this, &MainWindow::showAsOf);
    connect(m_chartDocument, &ChartDocument::seriesChanged, this, [this] {
        // Δ columns only while something is compared.
        const bool compared = m_chartDocument->comparison() != PeriodComparison::Mode::None;
        m_totalsView->setColumnHidden(SeriesTotalsModel::DeltaColumn, !compared);
        m_totalsView->setColumnHidden(SeriesTotalsModel::DeltaPercentColumn, !compared);
    });
    connect(m_chartController, &ChartController::ready, this, &MainWindow::onChartReady);
    // The chart says itself what failed (ChartStatusOverlay); an ended session is the window's matter.
    connect(m_chartController, &ChartController::failed, this,
            [this](const ChartTarget &, const ApiError &error) {
                if (error.endsSession())
                    showSessionEnded(QString(), error.details());
            });
    connect(m_chart, &ChartWidget::cancelLoadingRequested, m_chartController, &ChartController::stop);
    connect(m_chart, &ChartWidget::retryRequested, m_chartController, &ChartController::retry);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_offlineRetry, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_chart, &ChartWidget::viewChanged, this, [this] {
        if (m_chart->isZoomed())
            statusBar()->showMessage(
                tr("Zoomed: the wheel zooms, dragging moves; double-click or Ctrl+0 shows the whole range."),
                4000);
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("&Export…"), this, [this] { openExportDialog(); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *find = view->addAction(tr("&Find site or meter"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *tree =
        view->addAction(tr("Go to &tree"), this, [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    tree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *chart =
        view->addAction(tr("Go to &chart"), this, [this] { m_chart->setFocus(Qt::ShortcutFocusReason); });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *reset = view->addAction(tr("Reset &zoom"), m_chart, &ChartWidget::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *chartData = view->addAction(tr("Chart &data as a table…"), this, &MainWindow::showChartData);
    chartData->setObjectName(QStringLiteral("chartDataAction"));
    chartData->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    // The only owners of Alt+Left and Alt+Right (the range bar's ◀ ▶ name them in their tooltips).
    QAction *back = view->addAction(tr("Previous period"), m_rangeBar, [this] { m_rangeBar->step(-1); });
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setObjectName(QStringLiteral("previousPeriodAction"));
    QAction *next = view->addAction(tr("Next period"), m_rangeBar, [this] { m_rangeBar->step(1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    next->setObjectName(QStringLiteral("nextPeriodAction"));
    // As ▶: no further than the present.
    next->setEnabled(m_rangeBar->canStepForward());
    connect(m_rangeBar, &TimeRangeBar::changed, next,
            [this, next] { next->setEnabled(m_rangeBar->canStepForward()); });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Network and sign-in…"), this, [this] {
        SettingsDialog dialog(m_account, this);
        if (dialog.exec() == QDialog::Accepted)
            m_account->applyNetworkSettings();
    });

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    m_signOutAction = account->addAction(tr("&Sign out…"), this, &MainWindow::confirmSignOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    m_newTokenAction = account->addAction(tr("Enter a &new token…"), this, &MainWindow::enterNewToken);
    m_newTokenAction->setObjectName(QStringLiteral("enterNewTokenAction"));
    m_newTokenAction->setToolTip(tr("Go on with a new personal access token"));
    m_signInAgainAction = account->addAction(tr("Sign &in again…"), this, &MainWindow::signInAgain);
    m_signInAgainAction->setObjectName(QStringLiteral("signInAgainAction"));
    m_signInAgainAction->setToolTip(tr("Sign in again in the browser"));
    m_newTokenAction->setVisible(false);
    m_signInAgainAction->setVisible(false);
    m_exportAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Meterscope"), this, [this] {
        const bool demo = m_account->isSignedIn() && m_account->account().kind == Account::Kind::Demo;
        auto *dialog = new AboutDialog(
            demo ? AboutDialog::DataSource::Demo : AboutDialog::DataSource::EcoStruxure, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    statusBar()->addPermanentWidget(m_asOfLabel);
    statusBar()->addPermanentWidget(m_accountLabel);
}

bool MainWindow::isShowingWorkspace() const
{
    return m_stack->currentWidget() == m_workspace;
}

void MainWindow::start(bool demo)
{
    showFirstRun();
    if (demo)
        m_account->signInDemo();
    else
        m_account->restoreLastAccount();
}

void MainWindow::showFirstRun()
{
    m_stack->setCurrentWidget(m_firstRun);
    m_signOutAction->setEnabled(false);
    m_exportAction->setEnabled(false);
    m_newTokenAction->setVisible(false);
    m_signInAgainAction->setVisible(false);
}

void MainWindow::onSignedIn(const QList<Site> &sites)
{
    m_banner->dismiss();
    m_reauthenticating = false;
    m_firstRun->setIdle();
    m_chartController->setRepository(m_account->repository());
    m_siteModel->setRepository(m_account->repository());
    m_siteModel->setSites(sites);
    m_exporter->setBaseUrl(m_account->client() ? m_account->client()->profile().baseUrl() : QUrl());
    m_rangeBar->setClock(m_account->clock());
    m_chartController->setClock(m_account->clock());
    m_chartDocument->clear(
        tr("Select a site or a meter to see its consumption. Ctrl+click to compare several."));
    m_details->clear();
    m_stack->setCurrentWidget(m_workspace);
    m_signOutAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    m_newTokenAction->setVisible(m_account->account().kind == Account::Kind::PersonalAccessToken &&
                                 m_account->demoBackend().expired());
    m_signInAgainAction->setVisible(m_account->account().kind == Account::Kind::OAuth &&
                                    m_account->demoBackend().expired());
    m_accountLabel->setText(m_account->account().label);
    statusBar()->showMessage(tr("%n site(s)", nullptr, int(sites.size())), 5000);
    restoreLastView();
}

void MainWindow::onSitesRefreshed(const QList<Site> &sites)
{
    // The workspace opened with the cached list; the server's replaces it only if it differs.
    const auto same = [](const Site &a, const Site &b) {
        return a.id == b.id && a.name == b.name && a.timeZoneId == b.timeZoneId;
    };
    QList<Site> shown;
    for (int i = 0; i < m_siteModel->siteCount(); ++i)
        shown.append(m_siteModel->site(m_siteModel->index(i, 0)));
    if (std::equal(shown.begin(), shown.end(), sites.begin(), sites.end(), same))
        return;
    m_siteModel->setSites(sites);
    restoreLastView();
}

void MainWindow::onSignInFailed(const ApiError &error)
{
    const QString message = error.sentence();
    if (isShowingWorkspace() && m_reauthenticating) {
        // A new token that is not accepted either: the session stays ended, the view stays.
        m_reauthenticating = false;
        statusBar()->clearMessage();
        if (error.kind != ApiError::Kind::Cancelled)
            showSessionEnded(message, error.details());
        return;
    }
    if (isShowingWorkspace() && !error.endsSession()) {
        showError(error, QString());
        return;
    }
    showFirstRun();
    m_firstRun->setError(message);
}

void MainWindow::onSignedOut(const QString &message)
{
    m_chartController->cancel();
    m_chartController->setRepository(nullptr);
    m_siteModel->setRepository(nullptr);
    m_siteModel->clear();
    m_chartDocument->clear(QString());
    m_details->clear();
    m_banner->dismiss();
    m_accountLabel->clear();
    showFirstRun();
    m_firstRun->setIdle();
    statusBar()->showMessage(message, 5000);
}

void MainWindow::selectTargets(const QModelIndexList &treeIndexes)
{
    QItemSelection selection;
    for (const QModelIndex &index : treeIndexes)
        selection.select(index, index);
    m_tree->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!treeIndexes.isEmpty())
        m_tree->selectionModel()->setCurrentIndex(treeIndexes.front(), QItemSelectionModel::NoUpdate);
}

void MainWindow::onSelectionChanged()
{
    QList<ChartTarget> targets;
    QStringList zones;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : rows) {
        const QModelIndex index = m_filter->mapToSource(proxyIndex);
        ChartTarget target;
        target.site = m_siteModel->site(index);
        if (m_siteModel->kind(index) == SiteTreeModel::NodeKind::Meter)
            target.meter = m_siteModel->meter(index);
        else if (m_siteModel->loadState(target.site.id) == SiteTreeModel::LoadState::Forbidden)
            continue;
        targets.append(target);
        zones.append(target.site.timeZoneId);
        if (targets.size() == kMaxOverlay) {
            statusBar()->showMessage(tr("At most %1 selections are charted together.").arg(kMaxOverlay),
                                     5000);
            break;
        }
    }
    showDetailsOfSelection();
    m_targets = targets;
    m_rangeBar->setSiteZones(zones);
    if (!targets.isEmpty())
        m_rangeBar->setReferenceZone(QTimeZone(targets.front().site.timeZoneId.toUtf8()));
    saveLastView();
    reloadChart();
}

void MainWindow::showDetailsOfSelection()
{
    // The current row while it is selected, else the first selected row, else nothing: never a row
    // the search has hidden.
    QItemSelectionModel *selection = m_tree->selectionModel();
    QModelIndex row = m_tree->currentIndex();
    if (!row.isValid() || !selection->isSelected(row)) {
        const QModelIndexList rows = selection->selectedRows();
        row = rows.isEmpty() ? QModelIndex() : rows.front();
    }
    m_detailsRow = row;
    const QModelIndex source = m_filter->mapToSource(row);
    if (!source.isValid())
        m_details->clear();
    else if (m_siteModel->kind(source) == SiteTreeModel::NodeKind::Meter)
        m_details->showMeter(m_siteModel->meter(source), m_siteModel->site(source));
    else
        m_details->showSite(m_siteModel->site(source));
}

void MainWindow::onSearchTextChanged(const QString &text)
{
    const bool wasSearching = !m_filter->searchText().isEmpty();
    const bool searching = !text.trimmed().isEmpty();
    if (searching && !wasSearching) {
        // Remember what was open, to come back to it when the search is cleared.
        m_expandedBeforeSearch.clear();
        QModelIndexList stack;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            stack.append(m_filter->index(row, 0));
        while (!stack.isEmpty()) {
            const QModelIndex index = stack.takeLast();
            if (!m_tree->isExpanded(index))
                continue;
            m_expandedBeforeSearch.append(m_filter->mapToSource(index));
            for (int row = 0; row < m_filter->rowCount(index); ++row)
                stack.append(m_filter->index(row, 0, index));
        }
    }
    m_revealed.clear();
    m_filter->setSearchText(text);
    if (!searching && wasSearching)
        restoreTreeAfterSearch();
    updateSearchResults();
}

void MainWindow::restoreTreeAfterSearch()
{
    m_tree->collapseAll();
    for (const QPersistentModelIndex &source : std::as_const(m_expandedBeforeSearch)) {
        if (const QModelIndex index = m_filter->mapFromSource(source); index.isValid())
            m_tree->expand(index);
    }
    m_expandedBeforeSearch.clear();
    // What was picked during the search stays in view.
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && m_tree->selectionModel()->isSelected(current)) {
        for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        m_tree->scrollTo(current);
    }
}

void MainWindow::updateSearchResults()
{
    m_searchUpdate->stop();
    const QString text = m_filter->searchText();
    if (!m_detailsRow.isValid())
        showDetailsOfSelection(); // the row it showed was filtered out
    if (text.isEmpty()) {
        m_searchStatus->hide();
        m_treeStack->setCurrentWidget(m_tree);
        return;
    }
    // Every match in view: open its site and parent meters; a site that matches shows its meters.
    const QModelIndexList matches = m_filter->matchingRows();
    for (const QModelIndex &match : matches) {
        const QPersistentModelIndex source(m_filter->mapToSource(match));
        if (m_revealed.contains(source))
            continue;
        m_revealed.insert(source);
        for (QModelIndex parent = match.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        if (!match.parent().isValid())
            m_tree->expand(match);
    }
    QStringList unsearched;
    const QList<Site> notLoaded = m_siteModel->sitesWithoutMeters();
    for (const Site &site : notLoaded)
        unsearched.append(site.name);
    const bool loading = m_siteModel->isLoadingAll();
    m_searchStatus->showResult(int(matches.size()), unsearched, loading);
    if (m_filter->rowCount() > 0) {
        m_searchStatus->show();
        m_treeStack->setCurrentWidget(m_tree);
        return;
    }
    // Nothing to show: one sentence in place of the tree says so (and what was not searched).
    m_searchStatus->hide();
    QString message = tr("No site or meter matches “%1”.").arg(text).toHtmlEscaped();
    if (const QString unsearchedText = SearchStatusLabel::unsearchedText(unsearched.size(), loading);
        !unsearchedText.isEmpty()) {
        message += QStringLiteral("<br><br>") + tr("Not searched: %1.").arg(unsearchedText).toHtmlEscaped();
        if (!loading)
            message += QStringLiteral("<br><a href=\"search-all\">%1</a>")
                           .arg(tr("Search all meters").toHtmlEscaped());
    }
    m_noMatchLabel->setText(message);
    m_noMatchLabel->setToolTip(m_searchStatus->toolTip());
    m_treeStack->setCurrentWidget(m_noMatchLabel);
}

void MainWindow::reloadChart()
{
    if (!isShowingWorkspace())
        return;
    if (m_targets.isEmpty()) {
        m_chartController->cancel();
        m_chartDocument->clear(
            tr("Select a site or a meter to see its consumption. Ctrl+click to compare several."));
        return;
    }
    m_loadStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_chartDocument->setAxisZone(m_rangeBar->axisZone());
    m_chartController->load(m_targets, m_rangeBar->range(), m_rangeBar->granularity(),
                            m_rangeBar->comparison());
}

void MainWindow::onChartReady(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs)
{
    Q_UNUSED(fromUtcMs)
    Q_UNUSED(toUtcMs)
    if (m_targets.isEmpty() || m_chartDocument->loadStatus().state != ChartLoadStatus::State::Idle)
        return; // a failure is said over the chart
    qint64 points = 0;
    for (const ChartSeries &s : series)
        points += s.size();
    statusBar()->showMessage(tr("%1 series, %2 points, ready in %3 ms")
                                 .arg(series.size())
                                 .arg(points)
                                 .arg(QDateTime::currentMSecsSinceEpoch() - m_loadStartedMs),
                             8000);
}

void MainWindow::showAsOf()
{
    const std::optional<qint64> asOf = m_chartDocument->asOfUtcMs();
    if (!asOf) {
        m_asOfLabel->clear();
        m_asOfLabel->setToolTip(QString());
        return;
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*asOf).toLocalTime();
    m_asOfLabel->setText(tr("Data as of %1").arg(QLocale().toString(when, QLocale::ShortFormat)));
    m_asOfLabel->setToolTip(tr("When the oldest data on the chart that could still change was fetched from "
                               "the server. F5 fetches everything again."));
}

void MainWindow::confirmSignOut()
{
    auto *dialog = new SignOutDialog(m_account->account().label, AccountController::cacheSizeOnDisk(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignOutDialog::signOutRequested, m_account, &AccountController::signOut);
    dialog->open();
}

void MainWindow::showError(const ApiError &error, const QString &scope, const QString &owner)
{
    if (error.kind == ApiError::Kind::Cancelled || !error.isError())
        return;
    if (m_banner->owner() == kSessionBanner)
        return; // signing in again comes first
    QString message = error.sentence();
    if (!scope.isEmpty() && error.kind != ApiError::Kind::Offline && !message.contains(scope))
        message = tr("%1 — %2").arg(scope, message);
    m_banner->showMessage(message, error.details(), error.isTransient(), ErrorBanner::Severity::Error, owner);
    if (error.kind == ApiError::Kind::Offline && !m_offlineRetry->isActive())
        m_offlineRetry->start();
}

void MainWindow::showSessionEnded(const QString &reason, const QString &details)
{
    // The account's kind as signed in (a failed new token leaves no account to ask).
    const bool pat = m_newTokenAction->isVisible();
    QString message = reason;
    if (message.isEmpty())
        message =
            pat ? tr("The server no longer accepts your personal access token: it expired or was revoked.")
                : tr("Your sign-in has ended and could not be renewed.");
    message += QLatin1Char(' ') + (pat ? tr("Enter a new token to go on; the view stays as it is.")
                                       : tr("Sign in again to go on; the view stays as it is."));
    m_banner->showMessage(message, details, false, ErrorBanner::Severity::Error, kSessionBanner);
    m_banner->addAction(pat ? m_newTokenAction : m_signInAgainAction);
}

void MainWindow::enterNewToken()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newTokenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Enter a new token"));
    dialog->setLabelText(tr("Personal access token for %1:").arg(m_account->account().label));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Continue"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &token) {
        if (token.trimmed().isEmpty())
            return;
        m_reauthenticating = true;
        m_banner->dismiss();
        m_account->signInWithPat(token.trimmed());
    });
    dialog->open();
}

void MainWindow::signInAgain()
{
    // The sign-in page follows the browser sign-in (and offers its address to copy); the view is
    // restored once it succeeds.
    m_banner->dismiss();
    showFirstRun();
    m_account->signInWithBrowser();
}

void MainWindow::refresh()
{
    if (!isShowingWorkspace())
        return;
    m_offlineRetry->stop();
    if (m_banner->owner() != kSessionBanner)
        m_banner->dismiss();
    if (m_siteModel->siteCount() == 0 && m_account->client()) {
        m_account->client()->fetchSites(this, [this](const QList<Site> &sites, const ApiError &error) {
            if (error)
                showError(error, QString());
            else
                m_siteModel->setSites(sites);
        });
    }
    if (m_targets.isEmpty()) {
        reloadChart();
        return;
    }
    // Refresh asks the server for everything charted, not only what the cache lacks.
    m_loadStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_chartController->reload(CacheMode::Refresh);
}

QDialog *MainWindow::openExportDialog()
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("export/directory")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new ExportDialog(m_exporter, dir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [](const QString &path) {
        QSettings().setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    });
    dialog->show();
    return dialog;
}

void MainWindow::saveLastView() const
{
    QSettings settings;
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    settings.setValue(QStringLiteral("view/siteId"),
                      current.isValid() ? m_siteModel->site(current).id : QString());
    settings.setValue(QStringLiteral("view/meterId"),
                      current.isValid() ? m_siteModel->meter(current).id : QString());
    settings.setValue(QStringLiteral("view/preset"), TimeRange::presetKey(m_rangeBar->range().preset()));
    settings.setValue(QStringLiteral("view/granularity"), m_rangeBar->isAutomaticGranularity()
                                                              ? QStringLiteral("auto")
                                                              : granularityKey(m_rangeBar->granularity()));
    settings.setValue(QStringLiteral("view/compare"), PeriodComparison::modeKey(m_rangeBar->comparison()));
}

void MainWindow::restoreLastView()
{
    QSettings settings;
    TimeRange::Preset preset;
    if (TimeRange::presetFromKey(settings.value(QStringLiteral("view/preset")).toString(), &preset) &&
        preset != TimeRange::Preset::Custom)
        m_rangeBar->setPreset(preset);
    Granularity granularity;
    if (granularityFromKey(settings.value(QStringLiteral("view/granularity")).toString(), &granularity))
        m_rangeBar->setGranularity(granularity);
    PeriodComparison::Mode comparison = PeriodComparison::Mode::None;
    if (PeriodComparison::modeFromKey(settings.value(QStringLiteral("view/compare")).toString(), &comparison))
        m_rangeBar->setComparison(comparison);
    const QString siteId = settings.value(QStringLiteral("view/siteId")).toString();
    const QString meterId = settings.value(QStringLiteral("view/meterId")).toString();
    const QModelIndex site = m_siteModel->siteIndex(siteId);
    if (!site.isValid())
        return;
    if (meterId.isEmpty()) {
        selectTargets({m_filter->mapFromSource(site)});
        return;
    }
    // The meter appears once its site's meters are loaded.
    auto *once = new QObject(this);
    connect(m_siteModel, &SiteTreeModel::metersLoaded, once,
            [this, once, siteId, meterId](const QString &loaded) {
                if (loaded != siteId)
                    return;
                const QModelIndex meter = m_filter->mapFromSource(m_siteModel->meterIndex(siteId, meterId));
                if (meter.isValid()) {
                    m_tree->expand(meter.parent());
                    selectTargets({meter});
                }
                once->deleteLater();
            });
    m_tree->expand(m_filter->mapFromSource(site));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    if (m_chartSplitter->isUserSized())
        settings.setValue(QStringLiteral("window/chartSplitter"), m_chartSplitter->saveUserState());
    if (isShowingWorkspace())
        saveLastView();
    QMainWindow::closeEvent(event);
}

QDialog *MainWindow::showChartData()
{
    if (!m_chartData)
        m_chartData = new ChartDataDialog(m_chartDocument, this);
    m_chartData->show();
    m_chartData->raise();
    m_chartData->activateWindow();
    m_chartData->table()->setFocus(Qt::OtherFocusReason);
    return m_chartData;
}

void MainWindow::describeForAssistiveTechnology()
{
    m_search->setAccessibleName(tr("Search sites and meters"));
    m_search->setAccessibleDescription(
        tr("Shows only the sites and meters whose name or ID contains the text"));
    m_commodity->setAccessibleName(tr("Utility"));
    m_commodity->setAccessibleDescription(tr("Shows only the meters of one utility"));
    m_searchAll->setAccessibleDescription(m_searchAll->toolTip());
    m_searchAllProgress->setAccessibleName(tr("Loading meters"));
    m_tree->setAccessibleName(tr("Sites and meters"));
    m_tree->setAccessibleDescription(tr("The sites and their meters; the selected ones are charted"));
    m_noMatchLabel->setAccessibleName(tr("No match"));
    m_rangeBar->setAccessibleName(tr("Time range"));
    m_chart->setAccessibleName(tr("Consumption chart"));
    m_chart->setAccessibleDescription(
        tr("The consumption of the selected sites and meters over the time range; the totals table below "
           "lists the same values in text"));
    m_totalsView->setAccessibleName(tr("Totals"));
    m_totalsView->setAccessibleDescription(tr("The total of each charted series over the time range"));
    m_details->setAccessibleName(tr("Details"));
    // Tab leaves the tables (arrow keys move between their cells) instead of walking every cell.
    m_totalsView->setTabKeyNavigation(false);

    // Reading order: search and filter, tree, range bar, chart, totals, details.
    QList<QWidget *> order{m_search, m_commodity, m_searchAll, m_tree};
    for (const char *name : {"stepBackButton", "rangePresetCombo", "stepForwardButton", "customFromEdit",
                             "customToEdit", "granularityCombo", "compareCombo", "zoneCombo"}) {
        if (auto *control = m_rangeBar->findChild<QWidget *>(QLatin1String(name)))
            order.append(control);
    }
    order << m_chart << m_totalsView;
    if (auto *copy = m_details->findChild<QWidget *>(QStringLiteral("copyDetailsButton")))
        order.append(copy);
    if (auto *table = m_details->findChild<QWidget *>(QStringLiteral("detailsTable")))
        order.append(table);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace meterscope
