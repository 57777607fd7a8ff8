// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/logincommand.h"

#include "api/statictokensource.h"
#include "auth/browserlauncher.h"
#include "auth/logredactor.h"
#include "auth/signinprofile.h"
#include "cli/clicontext.h"
#include "cli/clisignin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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
QString readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
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

const char kClientSecretVariable[] = "METERSCOPE_CLIENT_SECRET";

} // namespace

LoginCommand::LoginCommand() = default;
LoginCommand::~LoginCommand() = default;

QString LoginCommand::summary() const
{
    return QCoreApplication::translate("LoginCommand",
                                       "Sign in (browser, or --pat) and remember it in the OS keychain");
}

QString LoginCommand::description() const
{
    return QCoreApplication::translate(
        "LoginCommand",
        "Without --pat, opens the sign-in page in a browser: the command given with --browser, else the one\n"
        "in METERSCOPE_BROWSER; when none can be opened the address is printed to open by hand. The browser\n"
        "comes back to http://127.0.0.1:<port><redirectPath> (the profile's oauth.redirectPath, default\n"
        "/callback; register http://127.0.0.1/callback with your authorization server). With --client-id,\n"
        "signs in as your own registered client; its secret, if it has one, comes from\n"
        "METERSCOPE_CLIENT_SECRET or, with --client-secret-stdin, from stdin (never from an argument) and "
        "is\n"
        "kept in the OS keychain for that authorization server. With --pat, reads a personal access token\n"
        "from stdin (without echo at a terminal). The account is remembered with the profile it signed in\n"
        "with; later commands use it when METERSCOPE_TOKEN is not set. For a base URL on 127.0.0.1 without "
        "a\n"
        "profile the bundled emulator's demo client is used.");
}

QList<QCommandLineOption> LoginCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("pat"),
                           QCoreApplication::translate(
                               "LoginCommand", "Sign in with a personal access token read from stdin.")),
        QCommandLineOption(QStringLiteral("browser"),
                           QCoreApplication::translate(
                               "LoginCommand", "Command that opens the sign-in URL (the URL is appended)."),
                           QStringLiteral("CMD")),
        QCommandLineOption(
            QStringLiteral("client-id"),
            QCoreApplication::translate("LoginCommand", "The OAuth client id of your own app registration."),
            QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("client-secret-stdin"),
                           QCoreApplication::translate("LoginCommand",
                                                       "Read the client's secret from stdin (else from "
                                                       "METERSCOPE_CLIENT_SECRET, if set).")),
        QCommandLineOption(QStringLiteral("client-secret"),
                           QCoreApplication::translate(
                               "LoginCommand", "Refused: a secret in an argument is visible to every user of "
                                               "this machine."),
                           QStringLiteral("SECRET"))};
}

QString LoginCommand::parse(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return QCoreApplication::translate("LoginCommand", "login takes no arguments");
    if (parser.isSet(QStringLiteral("client-secret")))
        return QCoreApplication::translate(
            "LoginCommand", "a client secret is never taken as an argument (other users of this machine can "
                            "read it) — set METERSCOPE_CLIENT_SECRET or use --client-secret-stdin");
    m_pat = parser.isSet(QStringLiteral("pat"));
    m_browser = parser.value(QStringLiteral("browser"));
    m_profilePath = parser.value(QStringLiteral("profile"));
    m_clientId = parser.value(QStringLiteral("client-id")).trimmed();
    m_secretFromStdin = parser.isSet(QStringLiteral("client-secret-stdin"));
    if (m_pat && !m_browser.isEmpty())
        return QCoreApplication::translate("LoginCommand", "--pat and --browser exclude each other");
    if (m_pat && (!m_clientId.isEmpty() || m_secretFromStdin))
        return QCoreApplication::translate(
            "LoginCommand", "--pat signs in without an OAuth client; leave out --client-id and "
                            "--client-secret-stdin");
    if (m_secretFromStdin && m_clientId.isEmpty())
        return QCoreApplication::translate("LoginCommand", "--client-secret-stdin needs --client-id");
    if (parser.isSet(QStringLiteral("client-id")) && m_clientId.isEmpty())
        return QCoreApplication::translate("LoginCommand", "--client-id is empty");
    return QString();
}

void LoginCommand::run(CliContext &context)
{
    QString error;
    m_profile = SignInProfile::resolve(context.settings().baseUrl, m_profilePath, &error);
    if (!error.isEmpty())
        return context.fail(CliExitCode::Usage, error);
    if (!m_profilePath.isEmpty())
        m_profilePath = QFileInfo(m_profilePath).absoluteFilePath();
    if (!m_clientId.isEmpty())
        m_profile = m_profile.withClientId(m_clientId);
    if (const QString refused = SignInController::checkProfile(m_profile); !refused.isEmpty())
        return context.fail(CliExitCode::Usage, refused);
    m_signIn = std::make_unique<CliSignIn>();
    SignInController *controller = m_signIn->controller();
    QObject::connect(controller, &SignInController::storageWarning, context.guard(),
                     [](const QString &message) { tell(message); });
    QObject::connect(controller, &SignInController::signedIn, context.guard(),
                     [&context](const Account &account, const QList<Site> &sites) {
                         CliSignIn::finishWithText(context,
                                                   QCoreApplication::translate("LoginCommand",
                                                                               "Signed in: %1 (%n site(s))\n",
                                                                               nullptr, int(sites.size()))
                                                       .arg(account.label));
                     });
    QObject::connect(
        controller, &SignInController::signInFailed, context.guard(), [&context](const ApiError &failure) {
            context.fail(failure.kind == ApiError::Kind::Timeout || failure.kind == ApiError::Kind::Offline
                             ? CliExitCode::Failure
                             : CliExitCode::Auth,
                         failure.userMessage());
        });
    if (m_pat)
        return runPat(context);
    QString secret = qEnvironmentVariable(kClientSecretVariable);
    if (m_secretFromStdin)
        secret = readSecretLine(QCoreApplication::translate("LoginCommand", "Client secret: "));
    if (m_clientId.isEmpty() || secret.isEmpty())
        return runBrowser(context);
    // The secret is kept for this authorization server before the sign-in that needs it.
    LogRedactor::registerSecret(secret);
    controller->storeClientSecret(m_profile, secret, [this, &context](bool ok, const QString &message) {
        if (!ok)
            return context.fail(
                CliExitCode::Failure,
                QCoreApplication::translate("LoginCommand",
                                            "The client secret could not be kept in the OS keychain: %1")
                    .arg(message));
        runBrowser(context);
    });
}

void LoginCommand::runPat(CliContext &context)
{
    const QString pat =
        readSecretLine(QCoreApplication::translate("LoginCommand", "Personal access token: "));
    QString reason;
    if (!StaticTokenSource::isPlausiblePat(pat, &reason))
        return context.fail(CliExitCode::Usage, reason);
    m_signIn->controller()->signInWithPat(m_profile, pat, m_profilePath);
}

void LoginCommand::runBrowser(CliContext &context)
{
    if (m_profile.clientId().isEmpty())
        return context.fail(CliExitCode::Usage,
                            QCoreApplication::translate(
                                "LoginCommand",
                                "The API profile has no OAuth client id; give your app registration's with "
                                "--client-id (register the redirect URI http://127.0.0.1%1), or use --pat.")
                                .arg(m_profile.redirectPath()));
    SignInController *controller = m_signIn->controller();
    BrowserLauncher launcher;
    launcher.setCommand(m_browser);
    controller->setBrowserLauncher(launcher);
    QObject::connect(controller, &SignInController::browserOpened, context.guard(), []() {
        tell(QCoreApplication::translate("LoginCommand", "Waiting for the sign-in in the browser…"));
    });
    QObject::connect(
        controller, &SignInController::openUrlManually, context.guard(),
        [](const QUrl &url, const QString &reason) {
            //: %1 is the reason the browser could not be opened, a whole sentence.
            tell(QCoreApplication::translate("LoginCommand", "%1 Open this address in a browser to sign in:")
                     .arg(reason));
            tell(QString::fromUtf8(url.toEncoded()));
        });
    controller->signInWithBrowser(m_profile, m_profilePath);
}

} // namespace meterscope
