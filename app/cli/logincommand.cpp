// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/logincommand.h"

#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "auth/browserlauncher.h"
#include "auth/logredactor.h"
#include "auth/signinprofile.h"
#include "cli/clicontext.h"
#include "cli/clisignin.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace meterscope {

namespace {

void tell(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// One line from stdin; at a terminal, prompted on stderr with echo off.
QString readSecretLine()
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::fputs("Personal access token: ", stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line.trimmed();
}

} // namespace

LoginCommand::LoginCommand() = default;
LoginCommand::~LoginCommand() = default;

QString LoginCommand::summary() const
{
    return QStringLiteral("Sign in (browser, or --pat) and remember it in the OS keychain");
}

QString LoginCommand::description() const
{
    return QStringLiteral("Without --pat, opens the sign-in page in a browser: the command given with "
                          "--browser, else the one in\n"
                          "METERSCOPE_BROWSER; when none can be opened the address is printed to open by "
                          "hand. With --pat, reads a\n"
                          "personal access token from stdin (without echo at a terminal). Later commands use "
                          "the stored sign-in\n"
                          "when METERSCOPE_TOKEN is not set. For a base URL on 127.0.0.1 the bundled "
                          "emulator's demo client is used.");
}

QList<QCommandLineOption> LoginCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("pat"),
                               QStringLiteral("Sign in with a personal access token read from stdin.")),
            QCommandLineOption(QStringLiteral("browser"),
                               QStringLiteral("Command that opens the sign-in URL (the URL is appended)."),
                               QStringLiteral("CMD"))};
}

QString LoginCommand::parse(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return QStringLiteral("login takes no arguments");
    m_pat = parser.isSet(QStringLiteral("pat"));
    m_browser = parser.value(QStringLiteral("browser"));
    m_profilePath = parser.value(QStringLiteral("profile"));
    if (m_pat && !m_browser.isEmpty())
        return QStringLiteral("--pat and --browser exclude each other");
    return QString();
}

void LoginCommand::run(CliContext &context)
{
    m_signIn = std::make_unique<CliSignIn>();
    SignInController *controller = m_signIn->controller();
    QObject::connect(controller, &SignInController::storageWarning, context.guard(),
                     [](const QString &message) { tell(message); });
    QObject::connect(
        controller, &SignInController::signedIn, context.guard(), [&context](const Account &account) {
            CliSignIn::finishWithText(context, QStringLiteral("Signed in: %1\n").arg(account.label));
        });
    QObject::connect(
        controller, &SignInController::signInFailed, context.guard(), [&context](const ApiError &error) {
            context.fail(error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Offline
                             ? CliExitCode::Failure
                             : CliExitCode::Auth,
                         error.userMessage());
        });
    if (m_pat)
        runPat(context);
    else
        runBrowser(context);
}

void LoginCommand::runPat(CliContext &context)
{
    QString error;
    const ApiProfile profile = SignInProfile::resolve(context.settings().baseUrl, m_profilePath, &error);
    if (!error.isEmpty())
        return context.fail(CliExitCode::Usage, error);
    const QString pat = readSecretLine();
    QString reason;
    if (!StaticTokenSource::isPlausiblePat(pat, &reason))
        return context.fail(CliExitCode::Usage, reason);
    LogRedactor::registerSecret(pat);
    // One cheap call proves the token before it replaces what is stored.
    m_patCheck = std::make_unique<StaticTokenSource>(pat);
    auto *api = new ApiClient(profile, context.guard());
    api->setTokenSource(m_patCheck.get());
    api->fetchSites(
        context.guard(), [this, &context, profile, pat](const QList<Site> &, const ApiError &failure) {
            if (failure.kind == ApiError::Kind::Unauthorized)
                return context.fail(CliExitCode::Auth,
                                    QStringLiteral("The personal access token was rejected — it expired or "
                                                   "was revoked; nothing was stored."));
            if (failure)
                return context.fail(failure);
            m_signIn->controller()->signInWithPat(profile, pat);
        });
}

void LoginCommand::runBrowser(CliContext &context)
{
    QString error;
    const ApiProfile profile = SignInProfile::resolve(context.settings().baseUrl, m_profilePath, &error);
    if (!error.isEmpty())
        return context.fail(CliExitCode::Usage, error);
    if (profile.clientId().isEmpty())
        return context.fail(
            CliExitCode::Usage,
            QStringLiteral("The API profile has no OAuth client id; use --pat or a profile with one."));
    SignInController *controller = m_signIn->controller();
    BrowserLauncher launcher;
    launcher.setCommand(m_browser);
    controller->setBrowserLauncher(launcher);
    QObject::connect(controller, &SignInController::browserOpened, context.guard(),
                     []() { tell(QStringLiteral("Waiting for the sign-in in the browser…")); });
    QObject::connect(controller, &SignInController::openUrlManually, context.guard(),
                     [](const QUrl &url, const QString &reason) {
                         tell(reason + QStringLiteral(" Open this address in a browser to sign in:"));
                         tell(QString::fromUtf8(url.toEncoded()));
                     });
    controller->signInWithBrowser(profile);
}

} // namespace meterscope
