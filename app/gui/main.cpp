// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"
#include "auth/logredactor.h"
#include "auth/signinprofile.h"
#include "emulator/emulatordemobackend.h"
#include "i18n/applicationlanguage.h"
#include "mainwindow.h"
#include "screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

// Qt aborts when the xcb platform finds no display; say what is wrong instead.
bool displayAvailable(int argc, char **argv)
{
    QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            platform = argv[i + 1];
    }
    if (platform.startsWith("wayland"))
        return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.isEmpty() || platform.startsWith("xcb"))
        return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return true; // offscreen, vnc, ...: no display needed
}

// The options of `meterscope`, shared by the early look for --help/--version and the real parse.
struct CommandLineOptions
{
    CommandLineOptions() { screenshot.setFlags(QCommandLineOption::HiddenFromHelp); }

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Browse, chart and export EcoStruxure energy data."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, profile, baseUrl, browser, demoNow, reportFirstPaint, screenshot});
    }

    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QStringLiteral("Open straight on the demo portfolio (no account, no network).")};
    const QCommandLineOption profile{
        QStringLiteral("profile"),
        QStringLiteral("API profile file (JSON) for sign-in (wins over the settings' profile and the "
                       "account used last)."),
        QStringLiteral("file")};
    const QCommandLineOption baseUrl{
        QStringLiteral("base-url"),
        QStringLiteral(
            "Base URL of the API for sign-in (wins over the account used last). On 127.0.0.1 "
            "(a running meterscope-emulator) the browser sign-in uses the emulator's demo client."),
        QStringLiteral("url")};
    const QCommandLineOption browser{
        QStringLiteral("browser"),
        QStringLiteral("Command that opens the sign-in page (the address is its last argument); wins over "
                       "METERSCOPE_BROWSER and the settings."),
        QStringLiteral("command")};
    const QCommandLineOption demoNow{QStringLiteral("demo-now"),
                                     QStringLiteral("Clock of the demo (ISO 8601)."), QStringLiteral("time")};
    const QCommandLineOption reportFirstPaint{
        QStringLiteral("report-first-paint"),
        QStringLiteral("Print the milliseconds from start to the first paint of the window (and of the "
                       "signed-in workspace when signing in) on stderr, then exit (for benchmarks).")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Take screenshots into a folder."), QStringLiteral("dir")};
};

// --help and --version need no display: they are answered (and the process ends) before the GUI
// starts. Anything else, mistakes included, is left to the real parse once the GUI runs.
void answerHelpOrVersion(int &argc, char **argv, const CommandLineOptions &options)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    options.addTo(parser);
    // Qt's own options such as -platformtheme or -reverse are single words, not -p -l -a ...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.parse(arguments);
    const bool version = parser.isSet(QStringLiteral("version"));
    if (!version && !parser.isSet(QStringLiteral("help")))
        return;
    const QCoreApplication app(argc, argv);
    if (version)
        parser.showVersion();
    parser.showHelp();
}

// --report-first-paint (bench/run.sh, goal G1): prints on stderr the milliseconds from the start of
// main() to the end of the first paint of the main window ("first-paint-ms: 23.4"); when a sign-in is
// under way (--demo, or a remembered account), also to the first paint of the signed-in workspace
// ("workspace-paint-ms: 61.0"). Then the process ends at once, without tearing anything down, so that
// timing the whole process (hyperfine) measures exec -> painted window.
class FirstPaintReporter final : public QObject
{
public:
    FirstPaintReporter(meterscope::MainWindow *window, const QElapsedTimer &sinceMain)
        : m_window(window), m_sinceMain(sinceMain)
    {
        connect(window->account(), &meterscope::AccountController::busy, this,
                [this] { m_signingIn = true; });
        connect(window->account(), &meterscope::AccountController::signInFailed, this, [] {
            std::fputs("workspace-paint-ms: none (the sign-in failed)\n", stderr);
            finish(1);
        });
        QTimer::singleShot(30000, this, [] {
            std::fputs("workspace-paint-ms: none (nothing painted within 30 s)\n", stderr);
            finish(1);
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_paintSeen) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_window || m_window->isAncestorOf(widget))) {
                m_paintSeen = true;
                m_workspacePainted = m_window->isShowingWorkspace();
                // The rest of the window is painted in the same pass: report once that pass is over.
                QTimer::singleShot(0, this, [this] { painted(); });
            }
        }
        return false;
    }

private:
    void painted()
    {
        const double ms = double(m_sinceMain.nsecsElapsed()) / 1e6;
        if (!m_firstReported) {
            std::fprintf(stderr, "first-paint-ms: %.1f\n", ms);
            m_firstReported = true;
        }
        if (!m_signingIn) {
            finish(0);
            return;
        }
        if (m_workspacePainted) {
            std::fprintf(stderr, "workspace-paint-ms: %.1f\n", ms);
            finish(0);
            return;
        }
        m_paintSeen = false; // wait for the signed-in workspace to be painted
    }

    static void finish(int status)
    {
        std::fflush(stderr);
        std::_Exit(status);
    }

    meterscope::MainWindow *m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_signingIn = false;
    bool m_paintSeen = false;
    bool m_workspacePainted = false;
    bool m_firstReported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain; // first thing: --report-first-paint measures from here
    sinceMain.start();
    meterscope::LogRedactor::install();
    // Qt HTTP Server's debug output would print request headers of the in-process demo emulator.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Meterscope"));
    QCoreApplication::setApplicationName(QStringLiteral("meterscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MS_VERSION));
    const CommandLineOptions options;
    answerHelpOrVersion(argc, argv, options);
    if (!displayAvailable(argc, argv)) {
        std::fputs("meterscope: no display found (DISPLAY is not set). Meterscope is a desktop application: "
                   "run it in a "
                   "graphical session, under xvfb-run, or use meterscope-cli for the command line.\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    // The system's language unless one was chosen in the settings (words, numbers and dates).
    meterscope::ApplicationLanguage::install(meterscope::ApplicationLanguage::chosen());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Meterscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("meterscope"));
    // "System proxy" in the network settings means the desktop's proxy configuration; a client set to
    // no proxy or a manual one overrides it.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    meterscope::MainWindow window;
    meterscope::AccountController *account = window.account();
    if (parser.isSet(options.profile) || parser.isSet(options.baseUrl)) {
        // The same choice as meterscope-cli login: the file, else the demo client on loopback, else
        // the production profile; at --base-url when given.
        const QString profilePath = parser.isSet(options.profile)
                                        ? QFileInfo(parser.value(options.profile)).absoluteFilePath()
                                        : QString();
        QString error;
        const meterscope::ApiProfile loaded =
            meterscope::SignInProfile::resolve(QUrl(parser.value(options.baseUrl)), profilePath, &error);
        if (!loaded.isValid()) {
            std::fprintf(
                stderr, "meterscope: %s\n",
                qPrintable(error.isEmpty() ? QStringLiteral("the API profile has no base URL") : error));
            return 2;
        }
        account->setProfile(loaded, profilePath);
    }
    if (parser.isSet(options.browser))
        account->setBrowserCommand(parser.value(options.browser));
    meterscope::emulator::EmulatorOptions demoOptions;
    if (parser.isSet(options.demoNow)) {
        // As meterscope-emulator --now: RFC 3339, a time without an offset is UTC.
        demoOptions.now = QDateTime::fromString(parser.value(options.demoNow), Qt::ISODateWithMs);
        if (!demoOptions.now.isValid()) {
            std::fputs("meterscope: --demo-now is not an ISO 8601 date-time (e.g. 2025-06-18T10:00:00Z)\n",
                       stderr);
            return 2;
        }
        if (demoOptions.now.timeSpec() == Qt::LocalTime)
            demoOptions.now.setTimeSpec(Qt::UTC);
    }
    account->setDemoBackendFactory(meterscope::emulator::EmulatorDemoBackend::factory(demoOptions));
    std::unique_ptr<FirstPaintReporter> firstPaint;
    if (parser.isSet(options.reportFirstPaint)) {
        firstPaint = std::make_unique<FirstPaintReporter>(&window, sinceMain);
        app.installEventFilter(firstPaint.get());
    }
    window.show();
    const bool tour = parser.isSet(options.screenshot);
    window.start(parser.isSet(options.demo) || tour);
    if (tour) {
        auto *shots = new meterscope::ScreenshotTour(&window, parser.value(options.screenshot), &app);
        QObject::connect(shots, &meterscope::ScreenshotTour::finished, &app, &QApplication::quit);
        shots->start();
    }
    return QApplication::exec();
}
