// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/charttarget.h"
#include "domain/site.h"

#include <QMainWindow>
#include <QModelIndexList>
#include <QPersistentModelIndex>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

namespace meterscope {

class AccountController;
class ChartController;
class ChartDocument;
class ChartExporter;
class ChartTotalsSplitter;
class ChartDataDialog;
class ChartWidget;
class DetailsPanel;
class ErrorBanner;
class FirstRunPage;
class SearchStatusLabel;
class SecretStore;
class SeriesTotalsModel;
class SiteTreeFilterModel;
class SiteTreeModel;
class TimeRangeBar;
struct ChartSeries;

// The application window: the first-run screen until someone is signed in, then the site tree
// (search, commodity filter, "search all meters"), the consumption chart with its range bar and
// totals, the details of the selected site or meter, an error banner, menus and shortcuts. Window
// state and the last view are kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `secrets` may be nullptr: the OS keychain.
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AccountController *account() const { return m_account; }
    [[nodiscard]] FirstRunPage *firstRunPage() const { return m_firstRun; }
    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] SiteTreeModel *siteModel() const { return m_siteModel; }
    [[nodiscard]] SiteTreeFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] ChartWidget *chart() const { return m_chart; }
    [[nodiscard]] ChartController *chartController() const { return m_chartController; }
    [[nodiscard]] ChartDocument *chartDocument() const { return m_chartDocument; }
    [[nodiscard]] TimeRangeBar *rangeBar() const { return m_rangeBar; }
    [[nodiscard]] ErrorBanner *banner() const { return m_banner; }
    [[nodiscard]] DetailsPanel *details() const { return m_details; }
    [[nodiscard]] SeriesTotalsModel *totals() const { return m_totals; }
    [[nodiscard]] ChartExporter *exporter() const { return m_exporter; }
    [[nodiscard]] bool isShowingWorkspace() const;

    // Selects tree rows (proxy indexes of the tree view) as the chart targets.
    void selectTargets(const QModelIndexList &treeIndexes);
    // Opens the export dialog (non-modal); returns it.
    QDialog *openExportDialog();
    // The chart's values as a table (View → Chart data as a table), one window that follows the chart.
    QDialog *showChartData();
    // Reopens the last account, else shows the first-run screen.
    void start(bool demo);

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildWorkspace();
    void buildMenus();
    // Names and descriptions for screen readers, and the Tab order of the workspace.
    void describeForAssistiveTechnology();
    void onSignedIn(const QList<Site> &sites);
    void onSignInFailed(const ApiError &error);
    void onSitesRefreshed(const QList<Site> &sites);
    void onSignedOut(const QString &message);
    void onSelectionChanged();
    void showDetailsOfSelection();
    void onSearchTextChanged(const QString &text);
    void updateSearchResults();
    void restoreTreeAfterSearch();
    void reloadChart();
    void onChartReady(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs);
    // In the banner, owned by `owner` (the load that raised it; empty: until the next message).
    void showError(const ApiError &error, const QString &scope, const QString &owner = QString());
    // The server no longer accepts the session's credentials: one banner, with the way back in.
    // `reason`: why, when more is known than that (a new token not accepted either).
    void showSessionEnded(const QString &reason, const QString &details);
    void enterNewToken();
    void signInAgain();
    void showAsOf();
    void confirmSignOut();
    void restoreLastView();
    void saveLastView() const;
    void showFirstRun();

    AccountController *m_account;
    QStackedWidget *m_stack;
    FirstRunPage *m_firstRun;
    QWidget *m_workspace = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_commodity = nullptr;
    QPushButton *m_searchAll = nullptr;
    QProgressBar *m_searchAllProgress = nullptr;
    SearchStatusLabel *m_searchStatus = nullptr;
    QStackedWidget *m_treeStack = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    SiteTreeModel *m_siteModel = nullptr;
    SiteTreeFilterModel *m_filter = nullptr;
    TimeRangeBar *m_rangeBar = nullptr;
    ChartWidget *m_chart = nullptr;
    ChartDocument *m_chartDocument = nullptr;
    ChartDataDialog *m_chartData = nullptr;
    ChartController *m_chartController = nullptr;
    ChartExporter *m_exporter = nullptr;
    SeriesTotalsModel *m_totals = nullptr;
    QTableView *m_totalsView = nullptr;
    ChartTotalsSplitter *m_chartSplitter = nullptr;
    DetailsPanel *m_details = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newTokenAction = nullptr;    // a personal access token account: replace the token
    QAction *m_signInAgainAction = nullptr; // a browser sign-in account: sign in again
    bool m_reauthenticating = false;        // a sign-in to go on with an ended session is under way
    QTimer *m_selectionTimer = nullptr;
    QTimer *m_offlineRetry = nullptr;
    QTimer *m_searchUpdate = nullptr;       // coalesces filter and loading changes into one results update
    QSet<QPersistentModelIndex> m_revealed; // matches (site model) already expanded to
    QList<QPersistentModelIndex> m_expandedBeforeSearch; // rows (site model) to expand again after it
    QPersistentModelIndex m_detailsRow;                  // the tree row the details panel shows
    QList<ChartTarget> m_targets;
    qint64 m_loadStartedMs = 0;
};

} // namespace meterscope
