// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in French: its menus, an error banner (a sentence from core/) and a totals row
// (French words and French number formats), with Meterscope's embedded translations and Qt's own.
#include "accountcontroller.h"
#include "auth/accountstore.h"
#include "auth/memorysecretstore.h"
#include "chartexporter.h"
#include "emulator/emulatordemobackend.h"
#include "emulator/emulatorserver.h"
#include "emulator/faultspec.h"
#include "errorbanner.h"
#include "i18n/applicationlanguage.h"
#include "mainwindow.h"
#include "models/chartcontroller.h"
#include "models/chartdocument.h"
#include "models/seriestotalsmodel.h"
#include "support/demoemulatoroptions.h"
#include "timerangebar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace meterscope;

namespace {

emulator::EmulatorServer *demoServer(MainWindow *window)
{
    const auto demo =
        std::static_pointer_cast<emulator::EmulatorDemoBackend>(window->account()->demoBackend().lock());
    return demo ? demo->server() : nullptr;
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// Every text of the menus' entries, separators aside.
QStringList menuEntries(const QMainWindow &window)
{
    QStringList entries;
    for (const QAction *action : window.menuBar()->actions()) {
        if (action->menu() == nullptr)
            continue;
        for (const QAction *entry : action->menu()->actions()) {
            if (!entry->isSeparator())
                entries.append(entry->text());
        }
    }
    return entries;
}

// The width a combo box has for its current text.
int textRoom(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    QRect room =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    if (!option.currentIcon.isNull())
        room.setLeft(room.left() + option.iconSize.width() + 4); // QComboBox's own gap after the icon
    return room.width();
}

// Opens the built-in demo in `window` and sets `*meter` to the first site's first meter, its row
// loaded in the tree.
void openDemoAtItsFirstMeter(MainWindow &window, QModelIndex *meter)
{
    window.account()->setDemoBackendFactory(
        emulator::EmulatorDemoBackend::factory(fixture::demoEmulatorOptions()));
    window.show();
    window.start(true);
    QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
    QAbstractItemModel *tree = window.tree()->model();
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() >= 2, 10000);
    const QModelIndex site = tree->index(0, 0);
    window.tree()->expand(site);
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(site) > 0, 10000);
    *meter = tree->index(0, 0, site);
}

} // namespace

class TestFrenchWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void languageFollowsTheSystemOrTheSettings();
    void menusAreFrench();
    void errorBannerAndTotalsRowAreFrench();
    void qtsOwnButtonsAreFrench();
    void workspaceFitsASmallScreenInEachLanguage_data();
    void workspaceFitsASmallScreenInEachLanguage();

private:
    QStringList m_englishMenuTitles;
    QStringList m_englishMenuEntries;
};

void TestFrenchWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeterscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_frenchwindow"));
    // The English window, to tell translated words from untranslated ones.
    QCOMPARE(ApplicationLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
    MemorySecretStore secrets;
    const MainWindow english(&secrets);
    m_englishMenuTitles = menuTitles(english);
    m_englishMenuEntries = menuEntries(english);
    QVERIFY(m_englishMenuTitles.contains(QStringLiteral("&File")));
    QCOMPARE(ApplicationLanguage::install(QStringLiteral("fr")), QStringLiteral("fr"));
}

void TestFrenchWindow::init()
{
    QSettings().clear();
    QFile::remove(AccountStore::defaultSettingsFile());
}

void TestFrenchWindow::cleanupTestCase()
{
    ApplicationLanguage::install(QStringLiteral("en"));
}

void TestFrenchWindow::languageFollowsTheSystemOrTheSettings()
{
    QCOMPARE(ApplicationLanguage::chosen(), QString()); // nothing chosen: the system's
    QVERIFY(ApplicationLanguage::choose(QStringLiteral("de")));
    QCOMPARE(ApplicationLanguage::chosen(), QStringLiteral("de"));
    QCOMPARE(ApplicationLanguage::localeFor(QStringLiteral("de")).language(), QLocale::German);
    QVERIFY(!ApplicationLanguage::choose(QStringLiteral("xx")));
    QCOMPARE(ApplicationLanguage::chosen(), QStringLiteral("de")); // a refused choice changes nothing
    QVERIFY(ApplicationLanguage::choose(QString()));
    QCOMPARE(ApplicationLanguage::chosen(), QString());
    QCOMPARE(ApplicationLanguage::localeFor(QString()), QLocale::system());
}

void TestFrenchWindow::menusAreFrench()
{
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    const QStringList titles = menuTitles(window);
    QCOMPARE(titles.size(), m_englishMenuTitles.size());
    QVERIFY2(titles.contains(QStringLiteral("&Fichier")), qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY2(titles.contains(QStringLiteral("&Affichage")), qPrintable(titles.join(QLatin1Char('|'))));
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(titles[i] != m_englishMenuTitles[i], qPrintable(titles[i]));
    // Every entry of every menu is in French (none left as it is in English).
    const QStringList entries = menuEntries(window);
    QCOMPARE(entries.size(), m_englishMenuEntries.size());
    for (int i = 0; i < entries.size(); ++i)
        QVERIFY2(entries[i] != m_englishMenuEntries[i], qPrintable(entries[i]));
    // Each menu's accelerators are distinct, so Alt+letter reaches one entry.
    for (const QAction *action : window.menuBar()->actions()) {
        QSet<QChar> keys;
        for (const QAction *entry : action->menu()->actions()) {
            const qsizetype amp = entry->text().indexOf(QRegularExpression(QStringLiteral("&(?!&)")));
            if (entry->isSeparator() || amp < 0)
                continue;
            const QChar key = entry->text().at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(action->text() + QStringLiteral(": ") + entry->text()));
            keys.insert(key);
        }
    }
}

void TestFrenchWindow::errorBannerAndTotalsRowAreFrench()
{
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.resize(1400, 880);
    QModelIndex meter;
    openDemoAtItsFirstMeter(window, &meter);
    QVERIFY(!QTest::currentTestFailed());

    // A totals row: French words in the header, French number formats in the cells.
    window.selectTargets({meter});
    SeriesTotalsModel *totals = window.totals();
    QTRY_VERIFY_WITH_TIMEOUT(totals->rowCount() > 0 && !window.chartController()->isLoading(), 20000);
    const QString header = totals->headerData(SeriesTotalsModel::TotalColumn, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("Total"));
    const QString mean = totals->headerData(SeriesTotalsModel::MeanColumn, Qt::Horizontal).toString();
    QVERIFY2(mean == QStringLiteral("Moyenne"), qPrintable(mean));
    const QString coverage = totals->headerData(SeriesTotalsModel::CoverageColumn, Qt::Horizontal).toString();
    QVERIFY2(coverage == QStringLiteral("Couverture"), qPrintable(coverage));
    const QModelIndex total = totals->index(0, SeriesTotalsModel::TotalColumn);
    // "24,70 MWh": a decimal comma, never "24.70"; the tooltip's sum in the server's unit is large enough
    // to be grouped the French way ("24 700,3 kWh", a narrow no-break space).
    const QLocale french(QLocale::French);
    const QString text = total.data().toString();
    QVERIFY2(text.contains(french.decimalPoint()) && !text.contains(QLatin1Char('.')), qPrintable(text));
    bool isFrenchNumber = false;
    QVERIFY2(french.toDouble(text.left(text.lastIndexOf(QLatin1Char(' '))), &isFrenchNumber) > 0.0 &&
                 isFrenchNumber,
             qPrintable(text));
    const QString sum = total.data(Qt::ToolTipRole).toString();
    QVERIFY2(sum.startsWith(QStringLiteral("Somme des valeurs")), qPrintable(sum));
    QVERIFY2(sum.contains(french.groupSeparator()) && !sum.contains(QLatin1Char('.')), qPrintable(sum));

    // The name an export suggests: French words around ISO 8601 days ("… 2025-05-01 au 2025-05-31.csv").
    const QString fileName = window.exporter()->defaultFileName(ChartExporter::Format::Csv);
    static const QRegularExpression frenchDays(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\d au \\d{4}-\\d\\d-\\d\\d\\.csv$"));
    QVERIFY2(frenchDays.match(fileName).hasMatch(), qPrintable(fileName));

    // An error banner: a sentence of core/ (the API's answer) and the window's own words, in French.
    emulator::EmulatorServer *server = demoServer(&window);
    QVERIFY(server);
    emulator::FaultSpec missing;
    missing.status = 404;
    missing.pathPattern = QStringLiteral("/meters");
    missing.count = -1;
    server->addFault(missing);
    window.tree()->expand(window.tree()->model()->index(1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 20000);
    const QString message = window.banner()->message();
    QVERIFY2(message.contains(QStringLiteral("introuvable"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Not found")), qPrintable(message));
    const auto *details = window.banner()->findChild<QAbstractButton *>(QStringLiteral("errorDetailsButton"));
    QVERIFY(details);
    QVERIFY2(details->text().startsWith(QStringLiteral("D\u00e9tails")), qPrintable(details->text()));
}

// Qt's own words (qt6-translations-l10n): a dialog's standard buttons.
void TestFrenchWindow::qtsOwnButtonsAreFrench()
{
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
}

void TestFrenchWindow::workspaceFitsASmallScreenInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("German") << QStringLiteral("de");
}

// A 1024×700 screen (a small laptop's, or 2048×1400 at scale 2) holds the whole window, its
// workspace and a comparison chart shown: longer words elide or wrap rather than widen it.
void TestFrenchWindow::workspaceFitsASmallScreenInEachLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(ApplicationLanguage::install(language), language);
    const auto backToFrench = qScopeGuard([] { ApplicationLanguage::install(QStringLiteral("fr")); });
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    QModelIndex meter;
    openDemoAtItsFirstMeter(window, &meter);
    QVERIFY(!QTest::currentTestFailed());
    auto *compare = window.findChild<QComboBox *>(QStringLiteral("compareCombo"));
    QVERIFY(compare);
    compare->setCurrentIndex(compare->count() - 1);             // the same period last year, the longest name
    window.rangeBar()->setPreset(TimeRange::Preset::ThisMonth); // in progress: the longest notes
    window.selectTargets({meter});
    QTRY_VERIFY_WITH_TIMEOUT(window.totals()->rowCount() > 0 && !window.chartController()->isLoading(),
                             20000);
    const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(
        smallest.width() <= 1024 && smallest.height() <= 700,
        qPrintable(QStringLiteral("%1×%2 px at the least").arg(smallest.width()).arg(smallest.height())));
    // At that size, and on a larger screen where the choices sit beside the dates, the zone's and
    // the comparison's names can be read whole.
    auto *zone = window.findChild<QComboBox *>(QStringLiteral("zoneCombo"));
    QVERIFY(zone);
    for (const QSize size : {QSize(1400, 880), QSize(1024, 700)}) {
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        for (QComboBox *combo : {compare, zone}) {
            const QString text = combo->currentText();
            QTRY_VERIFY2(combo->fontMetrics().horizontalAdvance(text) <= textRoom(combo),
                         qPrintable(QStringLiteral("%1 px wide: %2: \"%3\" in %4 px")
                                        .arg(size.width())
                                        .arg(combo->objectName(), text)
                                        .arg(textRoom(combo))));
        }
    }
    // And so can the totals' series names (the notes after them may elide).
    auto *table = window.findChild<QTableView *>(QStringLiteral("totalsTable"));
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name = table->model()->index(row, SeriesTotalsModel::SeriesColumn).data().toString();
        // (The header sizes its sections after the rows came, on a later turn of the event loop.)
        QTRY_VERIFY2(table->fontMetrics().horizontalAdvance(name) <
                         table->columnWidth(SeriesTotalsModel::SeriesColumn),
                     qPrintable(name));
    }
}

QTEST_MAIN(TestFrenchWindow)
#include "tst_frenchwindow.moc"
