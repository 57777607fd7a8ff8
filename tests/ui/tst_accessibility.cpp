// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and its dialogs with a keyboard and a screen reader: every control has a name,
// the tree, the totals table and the chart say what they are, and Tab reaches them in reading order.
#include "accountcontroller.h"
#include "auth/accountstore.h"
#include "auth/memorysecretstore.h"
#include "chartwidget.h"
#include "emulator/emulatordemobackend.h"
#include "mainwindow.h"
#include "models/chartcontroller.h"
#include "models/commodityicon.h"
#include "settingsdialog.h"
#include "support/demoemulatoroptions.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace meterscope;

namespace {

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    if (!object)
        return QStringLiteral("(role %1)").arg(int(iface->role()));
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
}

// The visible controls under `iface` that have no accessible name. Menus are left out: their items
// are named by their text.
void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, QList<QObject *> &seen, int depth = 0)
{
    if (!iface || depth > 40 || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::PopupMenu || role == QAccessible::MenuBar)
        return;
    if (isControl(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed << describe(iface);
    seen << iface->object();
    // The rows and cells of views are named by their data.
    if (role == QAccessible::Tree || role == QAccessible::Table || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, seen, depth + 1);
}

// The visible controls under `root` without a name; `seen`: every object the walk reached.
QStringList unnamedControls(QWidget *root, QList<QObject *> *seen = nullptr)
{
    QStringList unnamed;
    QList<QObject *> reached;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), unnamed, reached);
    if (seen)
        *seen = reached;
    return unnamed;
}

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(text) : QString();
}

// The inputs of `dialog` (shown or not) without an accessible name.
QStringList unnamedInputs(QWidget *dialog)
{
    QStringList unnamed;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                           qobject_cast<QAbstractSpinBox *>(widget);
        // The line edit inside a spin box or an editable combo box is named by its owner.
        const bool part = qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                          qobject_cast<QComboBox *>(widget->parentWidget());
        if (input && !part && accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyVisibleControlHasAName();
    void treeTotalsAndChartAreNamedAndDescribed();
    void tabReachesTreeChartAndTotalsInOrderAndCycles();
    void settingsAndExportInputsAreNamed();
    void chartIsSummarisedAndItsDataReachableByKeyboard();
    void chartFocusIsVisible();
    void iconsAreDrawnSharpAtScaleTwo();

private:
    void openWorkspace();
    MemorySecretStore m_secrets;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeterscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    QSettings().clear();
    QFile::remove(AccountStore::defaultSettingsFile());
}

void TestAccessibility::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestAccessibility::openWorkspace()
{
    m_window = new MainWindow(&m_secrets);
    m_window->account()->setDemoBackendFactory(
        emulator::EmulatorDemoBackend::factory(fixture::demoEmulatorOptions()));
    m_window->show();
    m_window->start(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), 15000);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestAccessibility::everyVisibleControlHasAName()
{
    openWorkspace();
    QList<QObject *> seen;
    const QStringList unnamed = unnamedControls(m_window, &seen);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("unnamed: ") + unnamed.join(QStringLiteral(", "))));
    // The walk went through the workspace, not only the menu bar.
    QVERIFY(seen.contains(m_window->tree()));
    QVERIFY(seen.contains(m_window->chart()));
    QVERIFY(seen.contains(m_window->findChild<QTableView *>(QStringLiteral("totalsTable"))));
    QVERIFY(seen.contains(m_window->findChild<QComboBox *>(QStringLiteral("granularityCombo"))));
}

void TestAccessibility::treeTotalsAndChartAreNamedAndDescribed()
{
    openWorkspace();
    auto *totals = m_window->findChild<QTableView *>(QStringLiteral("totalsTable"));
    QVERIFY(totals);
    const QList<QWidget *> widgets{m_window->tree(), totals, m_window->chart()};
    for (QWidget *widget : widgets) {
        QVERIFY2(!accessibleText(widget, QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!accessibleText(widget, QAccessible::Description).isEmpty(),
                 qPrintable(widget->objectName()));
    }
    QCOMPARE(accessibleText(m_window->tree(), QAccessible::Name), QStringLiteral("Sites and meters"));
    QCOMPARE(accessibleText(totals, QAccessible::Name), QStringLiteral("Totals"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("siteSearchEdit"));
    QVERIFY(search);
    QCOMPARE(accessibleText(search, QAccessible::Name), QStringLiteral("Search sites and meters"));
}

void TestAccessibility::tabReachesTreeChartAndTotalsInOrderAndCycles()
{
    openWorkspace();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("siteSearchEdit"));
    auto *totals = m_window->findChild<QTableView *>(QStringLiteral("totalsTable"));
    QVERIFY(search && totals);
    search->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), search);

    QList<QWidget *> visited{search};
    QStringList path{search->objectName()};
    bool cycled = false;
    for (int press = 0; press < 60; ++press) {
        QWidget *from = QApplication::focusWidget();
        QVERIFY(from);
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        path << (to ? QString::fromLatin1(to->metaObject()->className()) + QLatin1Char(':') + to->objectName()
                    : QStringLiteral("(none)"));
        QVERIFY2(to && to != from, qPrintable(QStringLiteral("stuck: ") + path.join(QStringLiteral(" → "))));
        if (to == search) {
            cycled = true;
            break;
        }
        QVERIFY2(!visited.contains(to),
                 qPrintable(QStringLiteral("loop without the search: ") + path.join(QStringLiteral(" → "))));
        visited << to;
    }
    const QString where = path.join(QStringLiteral(" → "));
    QVERIFY2(cycled, qPrintable(where));
    const qsizetype tree = visited.indexOf(m_window->tree());
    const qsizetype chart = visited.indexOf(m_window->chart());
    const qsizetype table = visited.indexOf(totals);
    QVERIFY2(tree > 0 && chart > tree && table > chart, qPrintable(where));
}

void TestAccessibility::settingsAndExportInputsAreNamed()
{
    openWorkspace();
    {
        SettingsDialog settings(m_window->account(), m_window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const QStringList inputs = unnamedInputs(&settings);
        QVERIFY2(inputs.isEmpty(),
                 qPrintable(QStringLiteral("settings: ") + inputs.join(QStringLiteral(", "))));
        const QStringList controls = unnamedControls(&settings);
        QVERIFY2(controls.isEmpty(),
                 qPrintable(QStringLiteral("settings: ") + controls.join(QStringLiteral(", "))));
    }
    QDialog *exportDialog = m_window->openExportDialog();
    QVERIFY(exportDialog);
    QVERIFY(QTest::qWaitForWindowExposed(exportDialog));
    const QStringList inputs = unnamedInputs(exportDialog);
    QVERIFY2(inputs.isEmpty(), qPrintable(QStringLiteral("export: ") + inputs.join(QStringLiteral(", "))));
    const QStringList controls = unnamedControls(exportDialog);
    QVERIFY2(controls.isEmpty(),
             qPrintable(QStringLiteral("export: ") + controls.join(QStringLiteral(", "))));
    exportDialog->close();
}

void TestAccessibility::chartIsSummarisedAndItsDataReachableByKeyboard()
{
    openWorkspace();
    QAbstractItemModel *tree = m_window->tree()->model();
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() > 0, 10000);
    m_window->selectTargets({tree->index(0, 0)});
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->chart()->series().isEmpty() && !m_window->chartController()->isLoading(), 20000);
    // The chart says in words what it shows: series, range with its zone, totals.
    const QString summary = accessibleText(m_window->chart(), QAccessible::Description);
    QVERIFY2(summary.contains(QStringLiteral(" series, ")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("(Europe/Paris)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("total ")), qPrintable(summary));

    // View → Chart data as a table (Ctrl+3): a table of the values, focused, walked with the arrow keys.
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("chartDataDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("chartDataTable"));
    QVERIFY(table);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QVERIFY(!accessibleText(table, QAccessible::Name).isEmpty());
    QVERIFY(table->model()->rowCount() > 1);
    QCOMPARE(table->model()->columnCount(), int(m_window->chart()->series().size()) + 1);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(!table->currentIndex().data().toString().isEmpty());
    dialog->close();
}

void TestAccessibility::chartFocusIsVisible()
{
    openWorkspace();
    ChartWidget *chart = m_window->chart();
    const QColor highlight = chart->palette().color(QPalette::Highlight);
    const QPoint edge(0, chart->height() / 2);
    m_window->tree()->setFocus();
    QTRY_VERIFY(!chart->hasFocus());
    QVERIFY(chart->grab().toImage().pixelColor(edge) != highlight);
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QCOMPARE(chart->grab().toImage().pixelColor(edge), highlight);
}

// On a screen at scale 2 every icon is drawn from its SVG at twice the pixels, never an enlarged
// bitmap: a 16 px icon is a 32 px pixmap with device pixel ratio 2, and it has detail at that size
// (edge pixels that are neither fully transparent nor opaque, as a scaled-up 16 px image would not
// have more of than a 16 px one).
void TestAccessibility::iconsAreDrawnSharpAtScaleTwo()
{
    QList<QPair<QString, QIcon>> icons{{QStringLiteral("site"), siteIcon()},
                                       {QStringLiteral("forbidden"), forbiddenIcon()},
                                       {QStringLiteral("application"), applicationIcon()}};
    for (const Commodity c :
         {Commodity::Electricity, Commodity::Gas, Commodity::Water, Commodity::DistrictHeating,
          Commodity::ChilledWater, Commodity::Solar, Commodity::Other})
        icons.append({commodityDisplayName(c), commodityIcon(c)});
    for (const auto &[name, icon] : icons) {
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QVERIFY2(pixmap.size() == QSize(32, 32), qPrintable(name));
        const QImage sharp = pixmap.toImage();
        const QImage enlarged = icon.pixmap(QSize(16, 16), 1.0).toImage().scaled(32, 32);
        QVERIFY2(sharp != enlarged,
                 qPrintable(name + QStringLiteral(": the scale-2 icon is an enlarged 16 px one")));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
