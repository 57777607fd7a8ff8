// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clirunner.h"

#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "api/untrustedtext.h"
#include "auth/accountstore.h"
#include "auth/logredactor.h"
#include "auth/signincontroller.h"
#include "cli/clicontext.h"
#include "cli/clisignin.h"
#include "store/cachelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace meterscope {

namespace {

const QString kBaseUrl = QStringLiteral("base-url");
const QString kProfile = QStringLiteral("profile");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");
const QString kVerbose = QStringLiteral("verbose");
const char kTokenVariable[] = "METERSCOPE_TOKEN";

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Options text of a parser's help, without its "Usage:" line. The parser has no description, so the
// options heading follows the first blank line; Qt translates that heading, so it is not searched for.
QString optionsSection(const QCommandLineParser &parser)
{
    const QString help = parser.helpText();
    const qsizetype at = help.indexOf(QStringLiteral("\n\n"));
    return at < 0 ? help : help.mid(at + 2);
}

} // namespace

CliRunner::CliRunner(CliCommandRegistry registry, QObject *parent)
    : QObject(parent), m_registry(std::move(registry))
{
}

CliRunner::~CliRunner()
{
    // The client refers to the token source; it goes first.
    delete m_guard;
    // Before the stored sign-in whose session it may use as token source.
    m_ownedApi.reset();
}

void CliRunner::addGlobalOptions(QCommandLineParser *parser)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOption(QCommandLineOption(
        kBaseUrl,
        QCoreApplication::translate("CliRunner", "API base URL (default: the profile's, %1).")
            .arg(ApiProfile::builtInProduction().baseUrl().toString()),
        QStringLiteral("URL")));
    parser->addOption(
        QCommandLineOption(kProfile,
                           QCoreApplication::translate(
                               "CliRunner", "API profile JSON file (paths, parameter names, intervals)."),
                           QStringLiteral("FILE")));
    parser->addOption(QCommandLineOption(
        kFormat, QCoreApplication::translate("CliRunner", "Output format: table (default), json or csv."),
        QStringLiteral("FORMAT"), QStringLiteral("table")));
    parser->addOption(QCommandLineOption(
        kOutput,
        QCoreApplication::translate("CliRunner",
                                    "Write the result to FILE instead of stdout (complete or not at all)."),
        QStringLiteral("FILE")));
    parser->addOption(
        QCommandLineOption({QStringLiteral("h"), kHelp},
                           QCoreApplication::translate("CliRunner", "Show help (also: COMMAND --help).")));
    parser->addOption(
        QCommandLineOption(kVersion, QCoreApplication::translate("CliRunner", "Show the version.")));
    parser->addOption(QCommandLineOption(
        kVerbose, QCoreApplication::translate(
                      "CliRunner", "Log each request (method, path, status, retries) on stderr.")));
}

QString CliRunner::toolHelp() const
{
    QCommandLineParser parser;
    addGlobalOptions(&parser);
    QString text = QCoreApplication::translate(
        "CliRunner",
        "Usage: meterscope-cli [options] COMMAND [arguments]\n"
        "Reads sites, meters and time series from the EcoStruxure Energy Contextualized Data API.\n\n"
        "Commands:\n");
    for (CliCommand *command : m_registry.commands()) {
        const QString usage = command->name() + (command->options().isEmpty() ? u' ' + command->syntax()
                                                                              : QStringLiteral(" [options]"));
        text += QStringLiteral("  ") + usage.trimmed().leftJustified(22) + u' ' + command->summary() + u'\n';
    }
    text += QCoreApplication::translate(
        "CliRunner", "  Run \"meterscope-cli COMMAND --help\" for a command's arguments.\n\n");
    text += optionsSection(parser);
    text += QCoreApplication::translate(
        "CliRunner",
        "\nEnvironment:\n"
        "  METERSCOPE_TOKEN        Personal access token sent as the bearer token (never printed).\n"
        "\nDates and times without \"Z\" or an offset are read in the site's time zone (UTC when the site "
        "has none).\n"
        "Exit codes: 0 ok, 2 usage error, 3 authentication (no token, token rejected, no access),\n"
        "4 not found (site, meter or measurement), 5 any other API, network or output error.\n");
    return text;
}

QString CliRunner::commandHelp(CliCommand *command) const
{
    QCommandLineParser parser;
    addGlobalOptions(&parser);
    parser.addOptions(command->options());
    QString text = QCoreApplication::translate("CliRunner", "Usage: meterscope-cli [options] %1 %2\n%3.\n")
                       .arg(command->name(), command->syntax(), command->summary());
    if (!command->description().isEmpty())
        text += u'\n' + command->description() + u'\n';
    return text + u'\n' + optionsSection(parser);
}

void CliRunner::printHelp(const QString &text)
{
    writeTo(stdout, text);
    complete(CliExitCode::Ok, QString());
}

void CliRunner::start(const QStringList &arguments)
{
    const auto usageError = [this](const QString &message) {
        complete(CliExitCode::Usage,
                 QCoreApplication::translate("CliRunner", "%1 — see meterscope-cli --help").arg(message));
    };
    QCommandLineParser globals;
    addGlobalOptions(&globals);
    globals.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!globals.parse(arguments))
        return usageError(globals.errorText());
    if (globals.isSet(kVersion)) {
        writeTo(stdout, QStringLiteral("meterscope-cli %1\n").arg(QStringLiteral(MS_VERSION)));
        return complete(CliExitCode::Ok, QString());
    }
    QStringList positional = globals.positionalArguments();
    if (positional.isEmpty()) {
        if (globals.isSet(kHelp))
            return printHelp(toolHelp());
        return usageError(QCoreApplication::translate("CliRunner", "no command given"));
    }
    const bool helpCommand = positional.first() == QStringLiteral("help");
    if (helpCommand && positional.size() == 1)
        return printHelp(toolHelp());
    const QString name = helpCommand ? positional.at(1) : positional.first();
    CliCommand *command = m_registry.find(name);
    if (!command)
        return usageError(QCoreApplication::translate("CliRunner", "unknown command \"%1\"").arg(name));
    if (helpCommand)
        return printHelp(commandHelp(command));

    QCommandLineParser parser;
    addGlobalOptions(&parser);
    parser.addOptions(command->options());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(kHelp))
        return printHelp(commandHelp(command));
    Q_EMIT verbosityChosen(globals.isSet(kVerbose));
    if (const QString error = command->parse(parser, parser.positionalArguments().mid(1)); !error.isEmpty())
        return usageError(error);
    startCommand(command, parser, arguments);
}

void CliRunner::startCommand(CliCommand *command, QCommandLineParser &parser, const QStringList &arguments)
{
    const auto usageError = [this](const QString &message) { complete(CliExitCode::Usage, message); };
    CliContext::Settings settings;
    settings.arguments = arguments.mid(1);
    settings.outputPath = parser.value(kOutput);
    if (!outputFormatFromName(parser.value(kFormat), &settings.format))
        return usageError(
            QCoreApplication::translate("CliRunner", "unknown --format \"%1\" — use table, json, csv or xlsx")
                .arg(parser.value(kFormat)));
    if (settings.format == OutputFormat::Xlsx && !command->writesWorkbooks())
        return usageError(QCoreApplication::translate(
                              "CliRunner", "--format xlsx is for export; %1 writes table, json or csv")
                              .arg(command->name()));
    if (settings.format == OutputFormat::Xlsx && settings.outputPath.isEmpty())
        return usageError(
            QCoreApplication::translate("CliRunner", "--format xlsx writes a file: add --output FILE.xlsx"));

    ApiProfile profile = ApiProfile::builtInProduction();
    if (parser.isSet(kProfile)) {
        QString error;
        profile = ApiProfile::fromFile(parser.value(kProfile), &error);
        if (!error.isEmpty() || !profile.isValid())
            return usageError(QCoreApplication::translate("CliRunner", "cannot use the profile %1: %2")
                                  .arg(parser.value(kProfile), error));
    }
    if (parser.isSet(kBaseUrl)) {
        const QUrl url(parser.value(kBaseUrl), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")))
            return usageError(
                QCoreApplication::translate("CliRunner", "--base-url must be an http(s) URL such as %1")
                    .arg(ApiProfile::builtInProduction().baseUrl().toString()));
        profile = profile.withBaseUrl(url);
    }
    // One rule for every URL that carries a credential, wherever it came from (flag or profile file).
    if (const QString refused = SignInController::checkProfile(profile); !refused.isEmpty())
        return usageError(refused);
    settings.baseUrl = profile.baseUrl();

    if (command->needsApi() && qEnvironmentVariableIsEmpty(kTokenVariable)) {
        // The stored sign-in of `meterscope-cli login` (OS keychain), restored silently with the profile
        // it signed in with.
        const bool requested = parser.isSet(kBaseUrl) || parser.isSet(kProfile);
        m_storedSignIn = std::make_unique<CliSignIn>();
        QString error;
        if (!m_storedSignIn->restore(requested ? profile : ApiProfile(), parser.isSet(kProfile), &error))
            return complete(CliExitCode::Auth, error);
        m_api = m_storedSignIn->client();
        if (parser.isSet(kProfile)) {
            // --profile's paths and parameter names apply here too; its base and token URL are the
            // account's (restore() matched them), so the stored tokens go nowhere else.
            m_ownedApi = std::make_unique<ApiClient>(profile.withBaseUrl(m_api->profile().baseUrl()));
            m_ownedApi->setTokenSource(m_storedSignIn->controller()->session());
            m_api = m_ownedApi.get();
        }
        settings.baseUrl = m_api->profile().baseUrl();
        settings.cachePath = CacheLocation::pathFor(m_storedSignIn->controller()->account().id);
    } else if (command->needsApi()) {
        const QString token = qEnvironmentVariable(kTokenVariable).trimmed();
        QString reason;
        if (!StaticTokenSource::isPlausiblePat(token, &reason))
            return complete(CliExitCode::Auth,
                            QCoreApplication::translate(
                                "CliRunner", "METERSCOPE_TOKEN does not hold a personal access token: %1")
                                .arg(reason));
        LogRedactor::registerSecret(token);
        m_tokenSource = std::make_unique<StaticTokenSource>(token);
        m_ownedApi = std::make_unique<ApiClient>(profile);
        m_ownedApi->setTokenSource(m_tokenSource.get());
        m_api = m_ownedApi.get();
        // The same cache as the desktop app signed in with a token to this API.
        settings.cachePath =
            CacheLocation::pathFor(AccountStore::makeId(Account::Kind::PersonalAccessToken, profile));
    }
    m_guard = new QObject(this);
    m_context = std::make_unique<CliContext>(
        m_api, m_guard, settings, [this](CliExitCode code, const QString &line) { complete(code, line); });
    command->run(*m_context);
}

void CliRunner::complete(CliExitCode code, const QString &errorLine)
{
    if (m_completed)
        return;
    m_completed = true;
    if (!errorLine.isEmpty()) {
        // Every secret this run has seen (METERSCOPE_TOKEN, a stored sign-in's tokens) is blanked out.
        QString line = LogRedactor::redact(errorLine);
        line.replace(u'\n', u' ');
        writeTo(stderr, QStringLiteral("meterscope-cli: ") + UntrustedText::printable(line) + u'\n');
    }
    // Not from inside the API callback that may have called us: the event loop ends the run.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(int(code)); });
}

} // namespace meterscope
