// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What frames the main window's content: its size and place on the screen, the menus' keys and
// Help → About.
#include "aboutdialog.h"
#include "accountcontroller.h"
#include "auth/accountstore.h"
#include "auth/memorysecretstore.h"
#include "emulator/emulatordemobackend.h"
#include "mainwindow.h"
#include "support/demoemulatoroptions.h"
#include "timerangebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace meterscope;

namespace {

QString describe(const QRect &rect)
{
    return QStringLiteral("%1,%2 %3x%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// The actions and buttons of `window` that answer `keys`.
int ownersOf(const QWidget &window, const QKeySequence &keys)
{
    int owners = 0;
    for (const QAction *action : window.findChildren<QAction *>())
        owners += action->shortcuts().contains(keys) ? 1 : 0;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        owners += button->shortcut() == keys ? 1 : 0;
    return owners;
}

QAction *menuAction(const QMainWindow &window, const QString &menuName, const QString &actionName)
{
    const auto *menu = window.menuBar()->findChild<QMenu *>(menuName);
    return menu ? menu->findChild<QAction *>(actionName) : window.findChild<QAction *>(actionName);
}

} // namespace

class TestMainWindowChrome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void windowKeptFromALargerScreenFitsThisOne();
    void periodKeysAreAltArrowsWithOneOwnerEach();
    void aboutNamesVersionLicenceDataAndQt();
};

void TestMainWindowChrome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeterscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowchrome"));
}

void TestMainWindowChrome::init()
{
    QSettings().clear();
    QFile::remove(AccountStore::defaultSettingsFile());
}

void TestMainWindowChrome::windowKeptFromALargerScreenFitsThisOne()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // Saved on a screen twice as large, partly beyond this one's right and bottom edges.
        QWidget saved;
        saved.setGeometry(screen.x() + screen.width() / 2, screen.y() + screen.height() / 2,
                          screen.width() * 2, screen.height() * 2);
        QSettings().setValue(QStringLiteral("window/geometry"), saved.saveGeometry());
    }
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // As small as the screen, or as the window can be when that is larger; then all on the screen, or
    // from its top-left corner.
    const QRect available = window.screen()->availableGeometry();
    const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
    const QSize largest = available.size().expandedTo(smallest);
    const QRect frame = window.frameGeometry();
    const QString where = describe(frame) + QStringLiteral(" on ") + describe(available);
    QVERIFY2(window.width() <= largest.width() && window.height() <= largest.height(), qPrintable(where));
    QVERIFY2(frame.left() >= available.left() && frame.top() >= available.top(), qPrintable(where));
    QVERIFY2(frame.left() <= std::max(available.left(), available.right() + 1 - frame.width()),
             qPrintable(where));
    QVERIFY2(frame.top() <= std::max(available.top(), available.bottom() + 1 - frame.height()),
             qPrintable(where));
}

// View → Previous / Next period are Alt+Left / Alt+Right (as the range bar's ◀ ▶ say), and nothing else
// in the window claims those keys, which would make them ambiguous and dead.
void TestMainWindowChrome::periodKeysAreAltArrowsWithOneOwnerEach()
{
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.account()->setDemoBackendFactory(
        emulator::EmulatorDemoBackend::factory(fixture::demoEmulatorOptions()));
    window.show();
    window.start(true);
    QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QAction *previous = window.findChild<QAction *>(QStringLiteral("previousPeriodAction"));
    QAction *next = window.findChild<QAction *>(QStringLiteral("nextPeriodAction"));
    QVERIFY(previous && next);
    const QKeySequence altLeft(Qt::ALT | Qt::Key_Left);
    const QKeySequence altRight(Qt::ALT | Qt::Key_Right);
    QCOMPARE(previous->shortcut(), altLeft);
    QCOMPARE(next->shortcut(), altRight);
    QCOMPARE(ownersOf(window, altLeft), 1);
    QCOMPARE(ownersOf(window, altRight), 1);
    QCOMPARE(ownersOf(window, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)), 0);
    QCOMPARE(ownersOf(window, QKeySequence(Qt::CTRL | Qt::Key_BracketRight)), 0);

    // The keys work while the range bar shows.
    TimeRangeBar *bar = window.rangeBar();
    QVERIFY(bar->isVisible());
    const TimeRange before = bar->range();
    QSignalSpy changed(bar, &TimeRangeBar::changed);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(changed.size(), 1);
    const TimeRange stepped = bar->range();
    QVERIFY(stepped.fromUtcMs() < before.fromUtcMs());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(changed.size(), 2);
    QVERIFY(bar->range().fromUtcMs() > stepped.fromUtcMs());
}

void TestMainWindowChrome::aboutNamesVersionLicenceDataAndQt()
{
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.account()->setDemoBackendFactory(
        emulator::EmulatorDemoBackend::factory(fixture::demoEmulatorOptions()));
    window.show();
    window.start(false);

    QAction *about = menuAction(window, QStringLiteral("helpMenu"), QStringLiteral("aboutAction"));
    QAction *aboutQt = menuAction(window, QStringLiteral("helpMenu"), QStringLiteral("aboutQtAction"));
    QVERIFY(about && aboutQt);
    QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")));
    QVERIFY(about->isEnabled() && aboutQt->isEnabled());

    const auto openAbout = [&window, about]() -> AboutDialog * {
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    };
    const auto text = [](const AboutDialog *dialog, const char *label) {
        const auto *found = dialog->findChild<QLabel *>(QString::fromLatin1(label));
        return found ? found->text() : QString();
    };

    // Signed out: the EcoStruxure API is where the data comes from.
    AboutDialog *dialog = openAbout();
    QVERIFY(dialog);
    QVERIFY(text(dialog, "aboutVersionLabel").contains(QStringLiteral(MS_VERSION)));
    QVERIFY(text(dialog, "aboutLicenceLabel").contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text(dialog, "aboutQtVersionLabel").contains(QString::fromLatin1(qVersion())));
    QVERIFY(text(dialog, "aboutDataSourceLabel")
                .contains(QStringLiteral("Schneider Electric EcoStruxure Energy Contextualized Data API")));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"))); // closed and gone

    // In the demo: the built-in demo data.
    window.account()->signInDemo();
    QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWorkspace(), 15000);
    dialog = openAbout();
    QVERIFY(dialog);
    const QString source = text(dialog, "aboutDataSourceLabel");
    QVERIFY2(source.contains(QStringLiteral("demo")), qPrintable(source));
    QVERIFY(!source.contains(QStringLiteral("EcoStruxure")));
    dialog->reject();
}

QTEST_MAIN(TestMainWindowChrome)
#include "tst_mainwindowchrome.moc"
