// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logredactor.h"
#include "emulator/emulatorserver.h"
#include "emulator/registeredredirects.h"
#include "emulator/variantswitches.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace meterscope;
using namespace meterscope::emulator;

namespace {

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "meterscope-emulator: " << message << Qt::endl;
    std::exit(2);
}

int intValue(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(QStringLiteral("--%1 must be an integer from %2 to %3").arg(name).arg(minimum).arg(maximum));
    return value;
}

// Parses an enum option with one of the shared switch parsers, or exits with a usage error.
template <typename Enum>
Enum choice(const QCommandLineParser &parser, const QString &name, bool (*parse)(const QString &, Enum *))
{
    Enum result{};
    if (!parse(parser.value(name), &result))
        fail(QStringLiteral("--%1 has an unknown value: %2").arg(name, parser.value(name)));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt HTTP Server's debug output prints request headers, which carry credentials.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=false"));
    // And whatever else is logged passes the redactor: no bearer token, code or secret reaches stderr.
    LogRedactor::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meterscope-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MS_VERSION));

    const EmulatorOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the EcoStruxure Energy Contextualized Data API (as Meterscope expects it) on 127.0.0.1 with "
        "a "
        "generated portfolio, OAuth consent and token endpoints, Personal Access Tokens and fault "
        "injection.\n"
        "On start it prints \"listening: URL\", \"base-url: URL\", \"demo-pat: TOKEN\" and "
        "\"control-token: TOKEN\", then serves until stopped.\n"
        "Every request must name 127.0.0.1, [::1] or localhost in its Host header (else 421).\n"
        "Controls for tests and scripts (POST a JSON object to /_emulator/<control>): pats, pats/revoke, "
        "clients, token-lifetime, rotate-refresh-tokens, require-pkce, revoke-grants, rate-limit, latency, "
        "faults (status incl. 429 + Retry-After, malformed-json, truncated-body, stall, drip, redirect), "
        "faults/clear, variants, now; GET /_emulator/requests lists the requests served (method, path, "
        "grant type). Each control request needs the header \"X-Emulator-Control-Token: <control-token>\" "
        "(else 401) and is refused when it carries an Origin header (403)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto value = [&](const char *name, const QString &description, const char *valueName,
                           const QString &fallback) {
        parser.addOption(
            QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName), fallback));
    };
    value("port", QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."), "port", QStringLiteral("0"));
    value("now", QStringLiteral("Fix the emulator's clock (RFC 3339, e.g. 2025-06-01T12:00:00Z)."),
          "datetime", QString());
    value("seed", QStringLiteral("Portfolio seed: the same seed serves the same data."), "n",
          QString::number(defaults.seed));
    value("sites", QStringLiteral("Number of sites (the first 12 are the demo sites)."), "n",
          QString::number(defaults.siteCount));
    value("meters-per-site",
          QStringLiteral("Meters per site (0 = the demo layout: main meter, sub-meters, gas, water, ...)."),
          "n", QStringLiteral("0"));
    value("days", QStringLiteral("Days of history up to now."), "n", QString::number(defaults.historyDays));
    value("profile", QStringLiteral("API profile JSON whose paths and parameter names are served."), "file",
          QString());
    value("token-lifetime", QStringLiteral("Access-token lifetime in seconds."), "seconds",
          QString::number(defaults.accessTokenLifetimeSeconds));
    parser.addOption(QCommandLineOption(
        QStringLiteral("rotate-refresh-tokens"),
        QStringLiteral("Each refresh issues a new refresh token; the old one stops working.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("require-pkce"),
                           QStringLiteral("Reject authorization requests without a PKCE code challenge.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("redirect-uri"),
        QStringLiteral("Register a redirect URI for every OAuth client (repeatable). Replaces the default, "
                       "http://127.0.0.1 followed by the profile's oauth.redirectPath "
                       "(http://127.0.0.1/callback). Matched exactly; a loopback one (127.0.0.1, [::1]) "
                       "matches any port."),
        QStringLiteral("uri")));
    value("rate-limit",
          QStringLiteral(
              "Requests per second on the data endpoints (0 = unlimited); 429 + Retry-After above it."),
          "n", QStringLiteral("0"));
    value("rate-burst", QStringLiteral("Burst size of the rate limit."), "n",
          QString::number(defaults.rateLimitBurst));
    value("latency", QStringLiteral("Milliseconds added to every answer."), "ms", QStringLiteral("0"));
    value("envelope",
          QStringLiteral("Wrap lists in a paged envelope: none, items ({\"items\":[…],\"totalCount\"}) or "
                         "named ({\"sites\":[…],…})."),
          "kind", QStringLiteral("none"));
    value("page-size", QStringLiteral("Page size of the envelope when the client gives no limit."), "n",
          QString::number(defaults.variants.defaultPageSize));
    value("max-page-size", QStringLiteral("Largest page the envelope serves."), "n",
          QString::number(defaults.variants.maxPageSize));
    value("enum-case", QStringLiteral("Case of commodity and site-type values: as-is, upper or lower."),
          "case", QStringLiteral("as-is"));
    value("error-shape", QStringLiteral("Error bodies: problem, gateway, oauth, empty or html."), "shape",
          QStringLiteral("problem"));
    for (const variantswitches::Flag &flag : variantswitches::flags())
        parser.addOption(QCommandLineOption(QLatin1String(flag.name), QLatin1String(flag.description)));
    parser.addOption(
        QCommandLineOption(QStringLiteral("quiet"),
                           QStringLiteral("Print only the four start lines (no request log on stderr).")));
    parser.process(app);

    EmulatorOptions options;
    options.port = quint16(intValue(parser, QStringLiteral("port"), 0, 65535));
    if (parser.isSet(QStringLiteral("now"))) {
        options.now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODateWithMs);
        if (!options.now.isValid())
            fail(QStringLiteral("--now is not an RFC 3339 date-time"));
        if (options.now.timeSpec() == Qt::LocalTime)
            options.now.setTimeSpec(Qt::UTC);
    }
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed must be a non-negative integer"));
    options.siteCount = intValue(parser, QStringLiteral("sites"), 1, 100000);
    options.metersPerSite = intValue(parser, QStringLiteral("meters-per-site"), 0, 999);
    options.historyDays = intValue(parser, QStringLiteral("days"), 1, 3660);
    if (parser.isSet(QStringLiteral("profile"))) {
        QString error;
        options.profile = ApiProfile::fromFile(parser.value(QStringLiteral("profile")), &error);
        if (!error.isEmpty())
            fail(error);
    }
    options.accessTokenLifetimeSeconds = intValue(parser, QStringLiteral("token-lifetime"), 1, 86400 * 365);
    options.rotateRefreshTokens = parser.isSet(QStringLiteral("rotate-refresh-tokens"));
    options.requirePkce = parser.isSet(QStringLiteral("require-pkce"));
    const QStringList redirectUris = parser.values(QStringLiteral("redirect-uri"));
    for (const QString &text : redirectUris) {
        const QUrl uri(text, QUrl::StrictMode);
        if (!RegisteredRedirects::isRegistrable(uri))
            fail(QStringLiteral("--redirect-uri must be an absolute http or https URL with a host and no "
                                "fragment: %1")
                     .arg(text));
        options.redirectUris.append(uri);
    }
    options.rateLimitPerSecond = intValue(parser, QStringLiteral("rate-limit"), 0, 1000000);
    options.rateLimitBurst = intValue(parser, QStringLiteral("rate-burst"), 1, 1000000);
    options.latencyMs = intValue(parser, QStringLiteral("latency"), 0, 600000);
    options.quiet = parser.isSet(QStringLiteral("quiet"));

    ResponseVariants &variants = options.variants;
    variants.envelope = choice(parser, QStringLiteral("envelope"), &variantswitches::parseEnvelope);
    variants.defaultPageSize = intValue(parser, QStringLiteral("page-size"), 1, 1000000);
    variants.maxPageSize = intValue(parser, QStringLiteral("max-page-size"), 1, 1000000);
    variants.enumCase = choice(parser, QStringLiteral("enum-case"), &variantswitches::parseEnumCase);
    variants.errorShape = choice(parser, QStringLiteral("error-shape"), &variantswitches::parseErrorShape);
    for (const variantswitches::Flag &flag : variantswitches::flags())
        variants.*flag.member = parser.isSet(QLatin1String(flag.name));

    EmulatorServer server(options);
    QString error;
    if (!server.start(&error))
        fail(error);
    QTextStream out(stdout);
    out << "listening: " << server.origin().toString() << '\n'
        << "base-url: " << server.servedProfile().baseUrl().toString() << '\n'
        << "demo-pat: " << server.demoPat() << '\n'
        << "control-token: " << server.controlToken() << Qt::endl;
    if (!options.quiet) {
        QTextStream(stderr) << "Serving " << options.siteCount << " sites until stopped (Ctrl+C)."
                            << Qt::endl;
        // One line per request: method, path (never the query or a header) and status.
        QObject::connect(&server, &EmulatorServer::requestServed, &server,
                         [](const QString &method, const QString &path, int status) {
                             QTextStream(stderr) << method << ' ' << path << ' ' << status << Qt::endl;
                         });
    }
    return QCoreApplication::exec();
}
