// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/statictokensource.h"
#include "auth/accountstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/signincontroller.h"
#include "emulator/emulatorserver.h"
#include "emulator/faultspec.h"
#include "store/cachelocation.h"
#include "store/seriescache.h"
#include "store/seriesrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace meterscope;
using namespace meterscope::emulator;

namespace {

// Variables of a child's environment, by name.
using Environment = QHash<QString, QString>;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QStringList kSiteKeys{
    QStringLiteral("id"),   QStringLiteral("name"),           QStringLiteral("type"),
    QStringLiteral("city"), QStringLiteral("countryIsoCode"), QStringLiteral("timeZone")};
const QStringList kPointKeys{QStringLiteral("utc"),          QStringLiteral("local"),
                             QStringLiteral("zone"),         QStringLiteral("value"),
                             QStringLiteral("unit"),         QStringLiteral("meterId"),
                             QStringLiteral("measurementId")};

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    return keys;
}

QStringList dataLines(const QByteArray &csv)
{
    QStringList lines;
    for (const QByteArray &line : csv.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> m_server;
    QString m_baseUrl;
    QString m_token;
    QSet<QString> m_siteIds;
    QString m_parisSiteId;
    QString m_parisSiteName;

    // Runs the real binary asynchronously while this thread's event loop serves the emulator.
    // `removedEnvironment` is taken out of the child's environment, then `extraEnvironment` added; without
    // `withBaseUrl` no --base-url is given.
    CliRun run(const QStringList &arguments, const QString &token, const QByteArray &input = QByteArray(),
               const QHash<QString, QString> &extraEnvironment = {}, bool withBaseUrl = true,
               const QStringList &removedEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : removedEnvironment)
            environment.remove(name);
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            environment.insert(it.key(), it.value());
        for (const char *proxy :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            environment.remove(QString::fromLatin1(proxy));
        if (token.isNull())
            environment.remove(QStringLiteral("METERSCOPE_TOKEN"));
        else
            environment.insert(QStringLiteral("METERSCOPE_TOKEN"), token);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MS_CLI_PATH),
                      (withBaseUrl ? QStringList{QStringLiteral("--base-url"), m_baseUrl} : QStringList()) +
                          arguments);
        CliRun result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        // Keeps this thread's event loop (and so the emulator) running while the CLI works.
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 45000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    CliRun run(const QStringList &arguments) { return run(arguments, m_token); }

    // The site ids and a Europe/Paris site, read straight from the emulator (not through the CLI).
    void loadPortfolio()
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/sites")));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const QJsonArray sites = QJsonDocument::fromJson(reply->readAll()).array();
        for (const QJsonValue &value : sites) {
            const QJsonObject site = value.toObject();
            m_siteIds.insert(site.value(QStringLiteral("id")).toString());
            const QJsonObject address = site.value(QStringLiteral("postalAddress")).toObject();
            if (address.value(QStringLiteral("timezone")).toString() == QStringLiteral("Europe/Paris")) {
                m_parisSiteId = site.value(QStringLiteral("id")).toString();
                m_parisSiteName = site.value(QStringLiteral("name")).toString();
            }
        }
        QVERIFY(m_siteIds.size() >= 12);
        QVERIFY(!m_parisSiteId.isEmpty());
        QVERIFY(!m_parisSiteName.isEmpty());
    }

    // A failure is exactly one line on stderr, without the token, and nothing on stdout.
    void verifyOneErrorLine(const CliRun &result, const QString &token)
    {
        QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());
        QVERIFY(result.err.startsWith("meterscope-cli: "));
        if (!token.isEmpty())
            QVERIFY2(!result.err.contains(token.toUtf8()), "the token was printed");
        QVERIFY(result.out.isEmpty());
    }

    // `chart` of the Paris site's March 2025 by day, as a scheduled report runs it: no display, no
    // platform chosen (the child has no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM).
    CliRun runChart(const QStringList &outputs)
    {
        return run(QStringList{QStringLiteral("chart"), QStringLiteral("--target"), m_parisSiteId,
                               QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                               QStringLiteral("2025-04-01"), QStringLiteral("--granularity"),
                               QStringLiteral("day")} +
                       outputs,
                   m_token, QByteArray(), {}, true,
                   {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                    QStringLiteral("QT_QPA_PLATFORM")});
    }

    // Success of `chart`: exit 0 and nothing on stdout or stderr.
    static void verifyQuietSuccess(const CliRun &result)
    {
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY2(result.out.isEmpty(), result.out.constData());
    }

    // A drawn chart, not a blank page: many colours (text, bars, axes, legend) and ink on a tenth of it.
    static void verifyDrawnChart(const QImage &image)
    {
        QSet<QRgb> colours;
        qint64 ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                colours.insert(pixel);
                if (qGray(pixel) < 235)
                    ++ink;
            }
        }
        QVERIFY2(colours.size() >= 16, qPrintable(QString::number(colours.size())));
        QVERIFY2(ink * 10 >= qint64(image.width()) * image.height(), qPrintable(QString::number(ink)));
    }

    QJsonDocument runJson(const QStringList &arguments)
    {
        const CliRun result =
            run(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments);
        [&] {
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.err.isEmpty(), result.err.constData());
        }();
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
        return document;
    }

private Q_SLOTS:
    void initTestCase()
    {
        EmulatorOptions options;
        options.now = QDateTime(QDate(2025, 6, 15), QTime(12, 0), QTimeZone::utc());
        options.quiet = true;
        m_server = std::make_unique<EmulatorServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QCOMPARE(m_server->origin().host(), QStringLiteral("127.0.0.1"));
        m_baseUrl = m_server->servedProfile().baseUrl().toString();
        m_token = m_server->demoPat();
        QVERIFY(!m_token.isEmpty());
        loadPortfolio();
    }

    void sitesAsJsonHaveStableKeys()
    {
        const QJsonArray sites = runJson({QStringLiteral("sites")}).array();
        QVERIFY(sites.size() >= 12);
        QSet<QString> ids;
        for (const QJsonValue &value : sites) {
            const QJsonObject site = value.toObject();
            QCOMPARE(sortedKeys(site.keys()), sortedKeys(kSiteKeys));
            ids.insert(site.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), sites.size());
        QCOMPARE(ids, m_siteIds);
    }

    void sitesAsTableAndCsvListEverySite()
    {
        const CliRun table = run({QStringLiteral("sites")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_siteIds.size() + 2); // header, rule, one line per site
        QVERIFY(lines.at(0).startsWith(QStringLiteral("id ")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("---")));
        for (const QString &id : std::as_const(m_siteIds))
            QCOMPARE(table.out.count(id.toUtf8()), 1);

        const CliRun csv = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("sites")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = dataLines(csv.out);
        QCOMPARE(rows.first(), kSiteKeys.join(u','));
        QCOMPARE(rows.size(), m_siteIds.size() + 1);
    }

    void envelopeAndPagingStillListEverySiteOnce_data()
    {
        QTest::addColumn<int>("envelope");
        QTest::newRow("items") << int(ResponseVariants::Envelope::Items);
        QTest::newRow("named-key") << int(ResponseVariants::Envelope::NamedKey);
    }

    void envelopeAndPagingStillListEverySiteOnce()
    {
        QFETCH(int, envelope);
        ResponseVariants variants;
        variants.envelope = ResponseVariants::Envelope(envelope);
        variants.defaultPageSize = 5;
        variants.maxPageSize = 5; // whatever the client asks, several pages
        m_server->setVariants(variants);
        const int before = m_server->requestCount();
        const QJsonArray sites = runJson({QStringLiteral("sites")}).array();
        const int requests = m_server->requestCount() - before;
        m_server->setVariants(ResponseVariants());
        QVERIFY2(requests >= 3, qPrintable(QString::number(requests))); // really paged: 12 sites, 5 per page
        QStringList ids;
        for (const QJsonValue &value : sites)
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), m_siteIds.size());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), m_siteIds);
    }

    void siteShowsOneRecordWithDetails()
    {
        const QJsonObject site = runJson({QStringLiteral("site"), m_parisSiteId}).object();
        QCOMPARE(site.value(QStringLiteral("id")).toString(), m_parisSiteId);
        QCOMPARE(site.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Paris"));
        QVERIFY(site.contains(QStringLiteral("grossAreaM2")));

        const CliRun table = run({QStringLiteral("site"), m_parisSiteId});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(QString::fromUtf8(table.out).contains(
            QRegularExpression(QStringLiteral("\\ntimeZone +Europe/Paris\\n"))));
    }

    void metersAndMeterShowMeasurements()
    {
        const QJsonArray meters = runJson({QStringLiteral("meters"), m_parisSiteId}).array();
        QVERIFY(meters.size() >= 2);
        QString electricityMeter;
        for (const QJsonValue &value : meters) {
            const QJsonObject meter = value.toObject();
            QVERIFY(meter.value(QStringLiteral("measurements")).isArray());
            if (electricityMeter.isEmpty() &&
                meter.value(QStringLiteral("commodity")).toString() == QStringLiteral("Electricity"))
                electricityMeter = meter.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!electricityMeter.isEmpty());
        const QJsonObject meter =
            runJson({QStringLiteral("meter"), m_parisSiteId, electricityMeter}).object();
        QCOMPARE(meter.value(QStringLiteral("id")).toString(), electricityMeter);
        QCOMPARE(meter.value(QStringLiteral("siteId")).toString(), m_parisSiteId);
        bool hasActiveEnergy = false;
        for (const QJsonValue &m : meter.value(QStringLiteral("measurements")).toArray())
            hasActiveEnergy = hasActiveEnergy || m.toObject().value(QStringLiteral("name")).toString() ==
                                                     QStringLiteral("ActiveEnergy");
        QVERIFY(hasActiveEnergy);

        const CliRun csv =
            run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("meters"), m_parisSiteId});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(dataLines(csv.out).size(), meters.size() + 1);
    }

    void seriesInEveryFormatAcrossDst()
    {
        // Dates without a zone are the site's local midnights: 2025-03-29 00:00 in Paris is 23:00Z the day
        // before.
        const QStringList query{QStringLiteral("series"),
                                QStringLiteral("--site"),
                                m_parisSiteId,
                                QStringLiteral("--active-energy"),
                                QStringLiteral("--from"),
                                QStringLiteral("2025-03-29"),
                                QStringLiteral("--to"),
                                QStringLiteral("2025-04-01"),
                                QStringLiteral("--interval"),
                                QStringLiteral("hourly")};
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("series.csv"));
        const CliRun csv = run(QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("--output"), csvPath} +
                               query);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.isEmpty());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csvText = file.readAll();
        QVERIFY(csvText.startsWith("#meterscope,"));
        QVERIFY(csvText.contains("\n#zone,Europe/Paris\n"));
        QVERIFY(csvText.contains(QByteArray("\n#site," + m_parisSiteId.toUtf8())));
        QVERIFY(csvText.contains(
            "\n#range,2025-03-29T00:00:00+01:00 to 2025-04-01T00:00:00+02:00 (end exclusive)\n"));
        const QStringList rows = dataLines(csvText);
        QCOMPARE(rows.first(), kPointKeys.join(u','));
        const qsizetype points = rows.size() - 1;
        QVERIFY2(points > 60 && points <= 71,
                 qPrintable(QString::number(points))); // 24 + 23 + 24 hours, gaps absent
        const QTimeZone paris("Europe/Paris");
        const QDateTime from = QDateTime::fromString(QStringLiteral("2025-03-28T23:00:00Z"), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(QStringLiteral("2025-03-31T22:00:00Z"), Qt::ISODate);
        QSet<QString> offsets;
        QSet<QString> utcTimes;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList cells = rows.at(i).split(u',');
            QCOMPARE(cells.size(), kPointKeys.size());
            const QDateTime utc = QDateTime::fromString(cells.at(0), Qt::ISODate);
            QVERIFY(cells.at(0).endsWith(u'Z'));
            QVERIFY(utc >= from && utc < to);
            QCOMPARE(cells.at(1), utc.toTimeZone(paris).toString(Qt::ISODate));
            QCOMPARE(cells.at(2), QStringLiteral("Europe/Paris"));
            QVERIFY(!cells.at(3).isEmpty()); // a gap is an absent row, never an empty or zero-filled one
            QCOMPARE(cells.at(4), QStringLiteral("kWh"));
            offsets.insert(cells.at(1).right(6));
            utcTimes.insert(cells.at(0));
        }
        QCOMPARE(offsets, QSet<QString>({QStringLiteral("+01:00"), QStringLiteral("+02:00")}));
        QCOMPARE(utcTimes.size(), points);

        const QJsonArray json = runJson(query).array();
        QCOMPARE(json.size(), points);
        QCOMPARE(sortedKeys(json.first().toObject().keys()), sortedKeys(kPointKeys));
        QCOMPARE(json.first().toObject().value(QStringLiteral("utc")).toString(),
                 rows.at(1).section(u',', 0, 0));
        QVERIFY(json.first().toObject().value(QStringLiteral("value")).isDouble());

        const CliRun table = run(query);
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts).size(), points + 2);
    }

    void seriesDatesAreReadInTheSiteZone_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QByteArray>("range");
        QTest::newRow("dates") << QStringLiteral("2025-03-29") << QStringLiteral("2025-03-31")
                               << QByteArray("2025-03-29T00:00:00+01:00 to 2025-03-31T00:00:00+02:00");
        QTest::newRow("local-times") << QStringLiteral("2025-03-29T06:00")
                                     << QStringLiteral("2025-03-30 18:30:00")
                                     << QByteArray("2025-03-29T06:00:00+01:00 to 2025-03-30T18:30:00+02:00");
        QTest::newRow("skipped-by-dst")
            << QStringLiteral("2025-03-30") << QStringLiteral("2025-03-30T02:30")
            << QByteArray("2025-03-30T00:00:00+01:00 to 2025-03-30T03:00:00+02:00");
        QTest::newRow("utc-and-offset")
            << QStringLiteral("2025-03-29T00:00:00Z") << QStringLiteral("2025-03-30T12:00+05:30")
            << QByteArray("2025-03-29T01:00:00+01:00 to 2025-03-30T08:30:00+02:00");
    }

    void seriesDatesAreReadInTheSiteZone()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QByteArray, range);
        const CliRun result =
            run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("series"),
                 QStringLiteral("--site"), m_parisSiteId, QStringLiteral("--active-energy"),
                 QStringLiteral("--interval"), QStringLiteral("hourly"), QStringLiteral("--from"), from,
                 QStringLiteral("--to"), to});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QByteArray("\n#range," + range + " (end exclusive)\n")),
                 result.out.left(600).constData());
    }

    void seriesOfOneMeasurementOfOneMeter()
    {
        const QJsonArray meters = runJson({QStringLiteral("meters"), m_parisSiteId}).array();
        const QString meterId = meters.first().toObject().value(QStringLiteral("id")).toString();
        const QString measurement = meters.first()
                                        .toObject()
                                        .value(QStringLiteral("measurements"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("name"))
                                        .toString();
        const QJsonArray points =
            runJson({QStringLiteral("series"), QStringLiteral("--site"), m_parisSiteId,
                     QStringLiteral("--meter"), meterId, QStringLiteral("--measurement"), measurement,
                     QStringLiteral("--from"), QStringLiteral("2025-06-01T00:00:00Z"), QStringLiteral("--to"),
                     QStringLiteral("2025-06-01T06:00:00Z"), QStringLiteral("--interval"),
                     QStringLiteral("15min")})
                .array();
        QVERIFY(!points.empty() && points.size() <= 24);
        for (const QJsonValue &point : points)
            QCOMPARE(point.toObject().value(QStringLiteral("meterId")).toString(), meterId);
    }

    void seriesWithoutUnitTakeItFromTheMeter()
    {
        // The server's series say neither unit nor commodity; the meter's measurements do.
        const QJsonArray meters = runJson({QStringLiteral("meters"), m_parisSiteId}).array();
        const QJsonObject meter = meters.first().toObject();
        const QJsonObject measurement =
            meter.value(QStringLiteral("measurements")).toArray().first().toObject();
        const QString unit = measurement.value(QStringLiteral("unit")).toString();
        QVERIFY(!unit.isEmpty());
        ResponseVariants bare;
        bare.bareSeries = true;
        m_server->setVariants(bare);
        const auto restore = qScopeGuard([this] { m_server->setVariants(ResponseVariants()); });
        const QJsonArray points =
            runJson({QStringLiteral("series"), QStringLiteral("--site"), m_parisSiteId,
                     QStringLiteral("--meter"), meter.value(QStringLiteral("id")).toString(),
                     QStringLiteral("--measurement"), measurement.value(QStringLiteral("name")).toString(),
                     QStringLiteral("--from"), QStringLiteral("2025-06-01T00:00:00Z"), QStringLiteral("--to"),
                     QStringLiteral("2025-06-01T06:00:00Z"), QStringLiteral("--interval"),
                     QStringLiteral("15min"), QStringLiteral("--no-cache")})
                .array();
        QVERIFY(!points.empty());
        for (const QJsonValue &point : points)
            QCOMPARE(point.toObject().value(QStringLiteral("unit")).toString(), unit);
    }

    void badUsageExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no-command") << QStringList();
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("bogus")};
        QTest::newRow("missing-argument") << QStringList{QStringLiteral("meter"), QStringLiteral("x")};
        QTest::newRow("extra-argument") << QStringList{QStringLiteral("sites"), QStringLiteral("x")};
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("sites"), QStringLiteral("--colour")};
        QTest::newRow("bad-format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                                   QStringLiteral("sites")};
        QUrl withPassword(m_baseUrl);
        withPassword.setUserInfo(QStringLiteral("user:secret"));
        QTest::newRow("base-url-with-password")
            << QStringList{QStringLiteral("--base-url"), withPassword.toString(), QStringLiteral("sites")};
        QTest::newRow("series-without-dates")
            << QStringList{QStringLiteral("series"), QStringLiteral("--site"), QStringLiteral("s")};
        QTest::newRow("series-bad-date")
            << QStringList{QStringLiteral("series"),    QStringLiteral("--site"), QStringLiteral("s"),
                           QStringLiteral("--from"),    QStringLiteral("March"),  QStringLiteral("--to"),
                           QStringLiteral("2025-04-01")};
        QTest::newRow("series-bad-interval") << QStringList{
            QStringLiteral("series"),     QStringLiteral("--site"),     QStringLiteral("s"),
            QStringLiteral("--from"),     QStringLiteral("2025-03-01"), QStringLiteral("--to"),
            QStringLiteral("2025-04-01"), QStringLiteral("--interval"), QStringLiteral("weekly")};
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                                 QStringLiteral("--to"), QStringLiteral("2025-04-01")};
        QTest::newRow("export-without-target") << QStringList{QStringLiteral("export")} + period;
        QTest::newRow("export-bad-target")
            << QStringList{QStringLiteral("export"), QStringLiteral("--target"), QStringLiteral("a/b/c")} +
                   period;
        QTest::newRow("export-half-a-view")
            << QStringList{QStringLiteral("export"), QStringLiteral("--target"), QStringLiteral("s"),
                           QStringLiteral("--view-from"), QStringLiteral("2025-03-02")} +
                   period;
        QTest::newRow("export-unknown-zone")
            << QStringList{QStringLiteral("export"), QStringLiteral("--target"), QStringLiteral("s"),
                           QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")} +
                   period;
        QTest::newRow("export-bad-granularity")
            << QStringList{QStringLiteral("export"), QStringLiteral("--target"), QStringLiteral("s"),
                           QStringLiteral("--granularity"), QStringLiteral("fortnight")} +
                   period;
        QTest::newRow("export-as-json")
            << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("export"),
                           QStringLiteral("--target"), QStringLiteral("s")} +
                   period;
    }

    void exportWritesDaysOfTheSiteZoneWithTheirQuality()
    {
        // March 2025 in Paris by day: 31 local days across the change to summer time (the 30th has 23 h).
        const CliRun result =
            run({QStringLiteral("export"), QStringLiteral("--target"), m_parisSiteId,
                 QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2025-04-01"), QStringLiteral("--granularity"), QStringLiteral("day")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY(result.out.contains("\n#zone,Europe/Paris\n"));
        QVERIFY(result.out.contains("\n#command,meterscope-cli --base-url "));
        const QStringList rows = dataLines(result.out);
        QCOMPARE(rows.size(), 1 + 31);
        const QStringList header = rows.first().split(u',');
        QCOMPARE(header.mid(0, 3),
                 QStringList({QStringLiteral("utc"), QStringLiteral("local"), QStringLiteral("zone")}));
        QVERIFY2(header.at(4).endsWith(QStringLiteral(" coverage (%)")) &&
                     header.at(5).endsWith(QStringLiteral(" partial")) &&
                     header.at(6).endsWith(QStringLiteral(" negative intervals")),
                 qPrintable(rows.first()));
        QCOMPARE(rows.at(1).section(u',', 1, 1), QStringLiteral("2025-03-01T00:00:00+01:00"));
        QCOMPARE(rows.at(30).section(u',', 1, 1), QStringLiteral("2025-03-30T00:00:00+01:00"));
        QCOMPARE(rows.at(31).section(u',', 1, 1), QStringLiteral("2025-03-31T00:00:00+02:00"));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(!rows.at(i).section(u',', 3, 3).isEmpty(), qPrintable(rows.at(i)));
    }

    void chartWritesAPngOfTheRequestedSizeWithoutADisplay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("march.png"));
        const CliRun result =
            runChart({QStringLiteral("--png"), png, QStringLiteral("--size"), QStringLiteral("1000x600")});
        verifyQuietSuccess(result);
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), QSize(1000, 600));
        verifyDrawnChart(image);
    }

    void chartWritesAnSvgWithItsTitleAndSite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svg = dir.filePath(QStringLiteral("march.svg"));
        verifyQuietSuccess(runChart({QStringLiteral("--svg"), svg}));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root;
        QString title;
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QStringLiteral("title"))
                title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QStringLiteral("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY2(title.startsWith(QStringLiteral("Consumption — ")) && title.contains(m_parisSiteName),
                 qPrintable(title));
        // The header lines are drawn, as in the app's export: the title, then the site.
        QVERIFY2(texts.contains(title), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Site: ") + m_parisSiteName), qPrintable(texts.join(u'|')));
        // The totals table below the chart, as the app's export draws it; left out with --no-totals.
        for (const QString &heading : {QStringLiteral("Total"), QStringLiteral("Min"), QStringLiteral("Max"),
                                       QStringLiteral("Mean"), QStringLiteral("Coverage")})
            QVERIFY2(texts.contains(heading), qPrintable(heading + u'|' + texts.join(u'|')));
        verifyQuietSuccess(runChart({QStringLiteral("--svg"), svg, QStringLiteral("--no-totals")}));
        QFile bare(svg);
        QVERIFY(bare.open(QIODevice::ReadOnly));
        QVERIFY(!bare.readAll().contains(">Coverage<"));
    }

    // --png and --pdf write both files from one fetch; the PNG has the size of the app's export.
    void chartWritesSeveralFormatsFromOneFetch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("march.png"));
        const QString pdf = dir.filePath(QStringLiteral("march.pdf"));
        int before = m_server->requestCount();
        verifyQuietSuccess(runChart({QStringLiteral("--no-cache"), QStringLiteral("--png"), png}));
        const int pngRequests = m_server->requestCount() - before;
        QVERIFY(pngRequests > 0);
        QVERIFY(QFile::remove(png));

        before = m_server->requestCount();
        verifyQuietSuccess(runChart(
            {QStringLiteral("--no-cache"), QStringLiteral("--png"), png, QStringLiteral("--pdf"), pdf}));
        QCOMPARE(m_server->requestCount() - before, pngRequests);
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), QSize(1600, 900));
        verifyDrawnChart(image);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("%PDF-"), bytes.left(16).constData());
        QVERIFY2(bytes.trimmed().endsWith("%%EOF"), bytes.right(16).constData());
        QVERIFY(bytes.size() > 4096);
    }

    void chartRejectsBadOptionsBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("options");
        const QString png = QStringLiteral("PNG");
        QTest::newRow("no-output") << QStringList();
        QTest::newRow("size-not-a-size")
            << QStringList{QStringLiteral("--png"), png, QStringLiteral("--size"), QStringLiteral("large")};
        QTest::newRow("size-without-height")
            << QStringList{QStringLiteral("--png"), png, QStringLiteral("--size"), QStringLiteral("1600x")};
        QTest::newRow("size-too-small")
            << QStringList{QStringLiteral("--png"), png, QStringLiteral("--size"), QStringLiteral("10x10")};
        QTest::newRow("size-absurd") << QStringList{QStringLiteral("--png"), png, QStringLiteral("--size"),
                                                    QStringLiteral("100000x100000")};
        QTest::newRow("size-of-a-pdf")
            << QStringList{QStringLiteral("--pdf"), png, QStringLiteral("--size"), QStringLiteral("800x600")};
        QTest::newRow("one-file-twice")
            << QStringList{QStringLiteral("--png"), png, QStringLiteral("--svg"), png};
        QTest::newRow("output") << QStringList{QStringLiteral("--png"), png, QStringLiteral("--output"),
                                               QStringLiteral("OTHER")};
    }

    void chartRejectsBadOptionsBeforeAnyRequest()
    {
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        options.replaceInStrings(QStringLiteral("PNG"), dir.filePath(QStringLiteral("chart.png")));
        options.replaceInStrings(QStringLiteral("OTHER"), dir.filePath(QStringLiteral("other")));
        const int before = m_server->requestCount();
        const CliRun result = runChart(options);
        QCOMPARE(result.exitCode, 2);
        verifyOneErrorLine(result, m_token);
        QCOMPARE(m_server->requestCount(), before);
        QVERIFY2(QDir(dir.path()).isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    }

    // The words follow the user's languages as gettext programs do: LANGUAGE (an ordered list) before
    // LC_ALL, before LC_MESSAGES, before LANG; a language Meterscope has no translation for is passed over.
    void wordsFollowTheUsersLanguages_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QByteArray>("words");
        const QString lang = QStringLiteral("LANG");
        const QString french = QStringLiteral("fr_FR.UTF-8");
        const QString german = QStringLiteral("de_DE.UTF-8");
        QTest::newRow("LANG") << Environment{{lang, french}}
                              << QByteArray("chart demande au moins un --target");
        QTest::newRow("LC_MESSAGES over LANG")
            << Environment{{lang, french}, {QStringLiteral("LC_MESSAGES"), german}}
            << QByteArray("chart braucht mindestens ein --target");
        QTest::newRow("LC_ALL over LC_MESSAGES")
            << Environment{{QStringLiteral("LC_MESSAGES"), german}, {QStringLiteral("LC_ALL"), french}}
            << QByteArray("chart demande au moins un --target");
        QTest::newRow("LANGUAGE's first translated")
            << Environment{{lang, french}, {QStringLiteral("LANGUAGE"), QStringLiteral("es:de:fr")}}
            << QByteArray("chart braucht mindestens ein --target");
        QTest::newRow("C") << Environment{{lang, QStringLiteral("C.UTF-8")}}
                           << QByteArray("chart needs at least one --target");
    }

    void wordsFollowTheUsersLanguages()
    {
        QFETCH(Environment, environment);
        QFETCH(QByteArray, words);
        const CliRun result = run({QStringLiteral("chart")}, m_token, QByteArray(), environment, true,
                                  {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"),
                                   QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG")});
        QCOMPARE(result.exitCode, 2);
        verifyOneErrorLine(result, m_token);
        QVERIFY2(result.err.contains(words), result.err.constData());
    }

    // A file that cannot be written is named with the reason before anything is fetched.
    void chartThatCannotWriteItsFileExitsWith5()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile notADirectory(dir.filePath(QStringLiteral("report")));
        QVERIFY(notADirectory.open(QIODevice::WriteOnly));
        notADirectory.close();
        const QString png = dir.filePath(QStringLiteral("march.png"));
        for (const QString &unwritable : {dir.filePath(QStringLiteral("report/march.pdf")),
                                          dir.filePath(QStringLiteral("missing/march.pdf"))}) {
            const int before = m_server->requestCount();
            const CliRun result =
                runChart({QStringLiteral("--png"), png, QStringLiteral("--pdf"), unwritable});
            QCOMPARE(result.exitCode, 5);
            verifyOneErrorLine(result, m_token);
            const QByteArray named = "Cannot write " + unwritable.toUtf8() + ": ";
            QVERIFY2(result.err.contains(named) &&
                         result.err.size() > result.err.indexOf(named) + named.size() + 2,
                     result.err.constData());
            QCOMPARE(m_server->requestCount(), before);
            QVERIFY(!QFileInfo::exists(png));
            QVERIFY(!QFileInfo::exists(unwritable));
        }
    }

    void chartWithoutDataExitsWith5AndWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("future.png"));
        // After the emulator's now (2025-06-15): no reading yet.
        const CliRun result =
            run({QStringLiteral("chart"), QStringLiteral("--target"), m_parisSiteId, QStringLiteral("--from"),
                 QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01"),
                 QStringLiteral("--png"), png});
        QCOMPARE(result.exitCode, 5);
        verifyOneErrorLine(result, m_token);
        QVERIFY2(result.err.contains("no data"), result.err.constData());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void badUsageExitsWith2()
    {
        QFETCH(QStringList, arguments);
        const int before = m_server->requestCount();
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        verifyOneErrorLine(result, m_token);
        QCOMPARE(m_server->requestCount(), before); // rejected before any request
    }

    void helpExitsWith0()
    {
        const CliRun tool = run({QStringLiteral("--help")});
        QCOMPARE(tool.exitCode, 0);
        for (const char *command : {"sites", "site SITE", "meters SITE", "meter SITE METER", "series",
                                    "export [options]", "chart [options]"})
            QVERIFY2(tool.out.contains(command), command);
        QVERIFY(tool.out.contains("METERSCOPE_TOKEN"));
        const CliRun series = run({QStringLiteral("series"), QStringLiteral("--help")});
        QCOMPARE(series.exitCode, 0);
        QVERIFY(series.out.contains("--active-energy"));
        QVERIFY(series.out.contains("site's time zone"));
        const CliRun chart = run({QStringLiteral("chart"), QStringLiteral("--help")});
        QCOMPARE(chart.exitCode, 0);
        for (const char *option :
             {"--png <FILE>", "--svg <FILE>", "--pdf <FILE>", "--size <WIDTHxHEIGHT>", "--no-totals"})
            QVERIFY2(chart.out.contains(option), option);
        QVERIFY(chart.out.contains("default 1600x900"));
    }

    void rejectedOrMissingTokenExitsWith3()
    {
        const QString badToken = QStringLiteral("ms-pat-not-issued-by-this-server-0123456789");
        const CliRun rejected = run({QStringLiteral("sites")}, badToken);
        QCOMPARE(rejected.exitCode, 3);
        verifyOneErrorLine(rejected, badToken);
        QVERIFY(rejected.err.contains("METERSCOPE_TOKEN"));

        const CliRun missing = run({QStringLiteral("sites")}, QString());
        QCOMPARE(missing.exitCode, 3);
        verifyOneErrorLine(missing, QString());

        const CliRun implausible = run({QStringLiteral("sites")}, QStringLiteral("{\"access_token\":\"x\"}"));
        QCOMPARE(implausible.exitCode, 3);
        verifyOneErrorLine(implausible, QStringLiteral("access_token"));
    }

    void unknownSiteOrMeterExitsWith4()
    {
        const CliRun site = run({QStringLiteral("site"), QStringLiteral("no-such-site")});
        QCOMPARE(site.exitCode, 4);
        verifyOneErrorLine(site, m_token);

        const CliRun meter = run({QStringLiteral("meter"), m_parisSiteId, QStringLiteral("no-such-meter")});
        QCOMPARE(meter.exitCode, 4);
        verifyOneErrorLine(meter, m_token);

        const CliRun series =
            run({QStringLiteral("series"), QStringLiteral("--site"), QStringLiteral("no-such-site"),
                 QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2025-03-02")});
        QCOMPARE(series.exitCode, 4);
        verifyOneErrorLine(series, m_token);
    }

    void serverErrorAfterRetriesExitsWith5()
    {
        FaultSpec fault;
        fault.kind = FaultSpec::Kind::Status;
        fault.status = 503;
        fault.pathPattern = QStringLiteral("/sites$");
        fault.count = -1;
        m_server->addFault(fault);
        const int before = m_server->requestCount();
        const CliRun result = run({QStringLiteral("sites")});
        m_server->clearFaults();
        QCOMPARE(result.exitCode, 5);
        verifyOneErrorLine(result, m_token);
        QVERIFY(m_server->requestCount() - before > 1); // it retried before giving up
    }

    // A stored sign-in behaves as METERSCOPE_TOKEN does: its token never reaches the error line, --profile
    // applies.
    void storedSignInHidesItsTokenAndHonoursTheProfile()
    {
        const CliRun login =
            run({QStringLiteral("login"), QStringLiteral("--pat")}, QString(), m_token.toUtf8() + '\n');
        QCOMPARE(login.exitCode, 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // An output path that cannot be created and that holds the token: the failure names the path.
        const QString output =
            dir.filePath(QStringLiteral("missing-") + m_token + QStringLiteral("/sites.json"));
        const CliRun result = run({QStringLiteral("--output"), output, QStringLiteral("sites")}, QString());
        // --profile applies to a stored sign-in as it does to METERSCOPE_TOKEN: its sites path is not served
        // here.
        QFile profile(dir.filePath(QStringLiteral("profile.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"paths": {"sites": "/no-such-sites"}})");
        profile.close();
        const QStringList withProfile{QStringLiteral("--profile"), profile.fileName(),
                                      QStringLiteral("sites")};
        const CliRun storedWithProfile = run(withProfile, QString());
        const CliRun tokenWithProfile = run(withProfile);
        const CliRun logout = run({QStringLiteral("logout")}, QString());
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains("missing-"), result.err.constData());
        verifyOneErrorLine(result, m_token);
        QCOMPARE(tokenWithProfile.exitCode, 4);
        QCOMPARE(storedWithProfile.exitCode, tokenWithProfile.exitCode);
        QCOMPARE(logout.exitCode, 0);
    }

    // Keychain commands with every debug category on (QtKeychain and D-Bus log at exit) end cleanly.
    void keychainCommandsWithAllDebugLoggingExitCleanly()
    {
        const QHash<QString, QString> debug{
            {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}};
        const CliRun login = run({QStringLiteral("login"), QStringLiteral("--pat")}, QString(),
                                 m_token.toUtf8() + '\n', debug);
        const CliRun whoami = run({QStringLiteral("whoami")}, QString(), QByteArray(), debug);
        const CliRun logout = run({QStringLiteral("logout")}, QString(), QByteArray(), debug);
        const CliRun signedOut = run({QStringLiteral("whoami")}, QString(), QByteArray(), debug);
        QVERIFY2(login.exitCode == 0, login.err.right(400).constData());
        QVERIFY2(!login.err.contains(m_token.toUtf8()), "the token reached the debug log");
        QVERIFY2(whoami.exitCode == 0, whoami.err.right(400).constData());
        QVERIFY2(logout.exitCode == 0, logout.err.right(400).constData());
        QCOMPARE(signedOut.exitCode, 3);
    }

    // A refresh token the server refuses (invalid_grant) is no longer in the keychain once the command
    // that found out has exited, and whoami no longer says signed in.
    void refusedRefreshTokenIsGoneWhenTheProcessHasExited()
    {
        const Account account =
            SignInController::accountFor(m_server->servedProfile(), Account::Kind::OAuth, QString());
        AccountStore accounts;
        accounts.save(account);
        accounts.setLastUsedId(account.id);
        KeychainSecretStore keychain;
        bool written = false;
        keychain.write(account.id, SecretStore::Key::RefreshToken,
                       QStringLiteral("refresh-token-this-server-never-issued-0123"), this,
                       [&written](const SecretStore::Result &result) { written = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);

        const CliRun sites = run({QStringLiteral("sites")}, QString());
        QCOMPARE(sites.exitCode, 3);
        QVERIFY2(sites.err.contains("sign in again"), sites.err.constData());
        verifyOneErrorLine(sites, QStringLiteral("refresh-token-this-server-never-issued-0123"));
        SecretStore::Status status = SecretStore::Status::Ok;
        bool read = false;
        keychain.read(account.id, SecretStore::Key::RefreshToken, this,
                      [&](const QString &, const SecretStore::Result &result) {
                          status = result.status;
                          read = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(read, 15000);
        QCOMPARE(status, SecretStore::Status::NotFound);
        QCOMPARE(run({QStringLiteral("whoami")}, QString()).exitCode, 3);
        accounts.remove(account.id);
    }

    // Every way a URL that carries a credential comes in (flag, profile file; base URL, token URL) meets
    // the same policy, before any request: exit 2 with the reason.
    void credentialUrlsAreCheckedWhereverTheyComeFrom_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("flag: http base URL")
            << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://api.example.invalid/v1"),
                           QStringLiteral("sites")}
            << QByteArray() << QByteArrayLiteral("plain http");
        QTest::newRow("flag: user info")
            << QStringList{QStringLiteral("--base-url"),
                           QStringLiteral("https://me:pw@api.example.invalid/v1"), QStringLiteral("sites")}
            << QByteArray() << QByteArrayLiteral("user name");
        QTest::newRow("profile: http base URL")
            << QStringList{QStringLiteral("sites")}
            << QByteArray("{\"baseUrl\": \"http://api.example.invalid/v1\"}")
            << QByteArrayLiteral("plain http");
        QTest::newRow("profile: http token URL, sites")
            << QStringList{QStringLiteral("sites")}
            << QByteArray(
                   "{\"oauth\": {\"clientId\": \"mine\", \"tokenUrl\": \"http://login.example.invalid/t\"}}")
            << QByteArrayLiteral("token URL");
        QTest::newRow("profile: http token URL, login")
            << QStringList{QStringLiteral("login"), QStringLiteral("--browser"), QStringLiteral("false")}
            << QByteArray(
                   "{\"oauth\": {\"clientId\": \"mine\", \"tokenUrl\": \"http://login.example.invalid/t\"}}")
            << QByteArrayLiteral("token URL");
    }

    void credentialUrlsAreCheckedWhereverTheyComeFrom()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, profile);
        QFETCH(QByteArray, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (!profile.isEmpty()) {
            QFile file(dir.filePath(QStringLiteral("profile.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(profile);
            file.close();
            arguments.prepend(file.fileName());
            arguments.prepend(QStringLiteral("--profile"));
        }
        const int before = m_server->requestCount();
        const CliRun result = run(arguments, m_token, QByteArray(), {}, false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(reason), result.err.constData());
        QVERIFY2(!result.err.contains("pw@"), result.err.constData());
        QCOMPARE(m_server->requestCount(), before);
    }

    // A client secret is never an argument (every user of the machine can read a command line).
    void clientSecretIsRefusedAsAnArgument()
    {
        const CliRun result =
            run({QStringLiteral("login"), QStringLiteral("--client-id"), QStringLiteral("mine"),
                 QStringLiteral("--client-secret"), QStringLiteral("s3cret-in-argv")},
                QString());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("METERSCOPE_CLIENT_SECRET"), result.err.constData());
        QVERIFY(!result.err.contains("s3cret-in-argv"));
    }
    // The series of meterscope-cli go through the account's local cache, shared with the desktop app.
    QStringList cachedSeriesQuery(const QString &from, const QString &to) const
    {
        return {QStringLiteral("--format"),
                QStringLiteral("csv"),
                QStringLiteral("series"),
                QStringLiteral("--site"),
                m_parisSiteId,
                QStringLiteral("--active-energy"),
                QStringLiteral("--from"),
                from,
                QStringLiteral("--to"),
                to,
                QStringLiteral("--interval"),
                QStringLiteral("hourly")};
    }

    void seriesIsServedFromTheCacheWhenTheServerFails()
    {
        const QStringList query =
            cachedSeriesQuery(QStringLiteral("2025-02-01"), QStringLiteral("2025-03-01"));
        const CliRun online = run(query);
        QCOMPARE(online.exitCode, 0);
        const QStringList rows = dataLines(online.out);
        QVERIFY(rows.size() > 20 * 24); // February, hour by hour (the emulator leaves a few gaps)

        FaultSpec down;
        down.status = 503;
        down.count = -1;
        m_server->addFault(down);
        const CliRun offline = run(query);
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(dataLines(offline.out), rows);
        QVERIFY2(offline.err.contains("printed from the local cache, data as of 20"),
                 offline.err.constData());
        QVERIFY(offline.out.contains("\n#data-as-of,20"));

        // A period the cache holds only in part: the missing span is named, nothing is printed.
        const CliRun partly =
            run(cachedSeriesQuery(QStringLiteral("2025-01-15"), QStringLiteral("2025-03-01")));
        QVERIFY(partly.exitCode != 0);
        QVERIFY2(partly.err.contains("The local cache lacks 2025-01-14T23:00:00Z – 2025-01-31T23:00:00Z"),
                 partly.err.constData());
        QVERIFY(dataLines(partly.out).isEmpty());

        // Scripts that want the server's answer only get its failure.
        for (const QString &flag : {QStringLiteral("--refresh"), QStringLiteral("--no-cache")}) {
            const CliRun strict = run(query + QStringList{flag});
            QVERIFY2(strict.exitCode != 0, qPrintable(flag));
            QVERIFY(dataLines(strict.out).isEmpty());
        }
        m_server->clearFaults();
        for (const QString &flag : {QStringLiteral("--refresh"), QStringLiteral("--no-cache")}) {
            const CliRun fresh = run(query + QStringList{flag});
            QCOMPARE(fresh.exitCode, 0);
            QCOMPARE(dataLines(fresh.out), rows);
        }
        QCOMPARE(run(query + QStringList{QStringLiteral("--refresh"), QStringLiteral("--no-cache")}).exitCode,
                 2);
    }

    // Two processes on one cache file: what one keeps, the other reads, while both have it open.
    void theCliAndAnotherProcessShareOneCache()
    {
        const ApiProfile profile = ApiProfile::builtInProduction().withBaseUrl(QUrl(m_baseUrl));
        const QString path =
            CacheLocation::pathFor(AccountStore::makeId(Account::Kind::PersonalAccessToken, profile));
        QDir().mkpath(CacheLocation::directory());
        SeriesCache cache(path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        StaticTokenSource token(m_token);
        ApiClient client(profile);
        client.setTokenSource(&token);
        client.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        SeriesRepository repository(&client, &cache);
        const auto fetch = [&](const QString &from, const QString &to) {
            SeriesQuery query;
            query.source = SeriesQuery::Source::ActiveEnergy;
            query.siteId = m_parisSiteId;
            query.interval = ApiInterval::Hourly;
            const QTimeZone paris("Europe/Paris");
            query.from = QDateTime(QDate::fromString(from, Qt::ISODate), QTime(0, 0), paris).toUTC();
            query.to = QDateTime(QDate::fromString(to, Qt::ISODate), QTime(0, 0), paris).toUTC();
            std::optional<SeriesFetchResult> answer;
            repository.fetchSeries(query, CacheMode::Normal, this, [&](const SeriesFetchResult &result) {
                if (result.complete)
                    answer = result;
            });
            [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
            return answer.value_or(SeriesFetchResult{});
        };
        // This process keeps May; the CLI keeps April meanwhile.
        const SeriesFetchResult may = fetch(QStringLiteral("2025-05-01"), QStringLiteral("2025-06-01"));
        QVERIFY(!may.error && !may.series.isEmpty());
        const CliRun april =
            run(cachedSeriesQuery(QStringLiteral("2025-04-01"), QStringLiteral("2025-05-01")));
        QCOMPARE(april.exitCode, 0);

        FaultSpec down;
        down.status = 503;
        down.count = -1;
        m_server->addFault(down);
        // The CLI prints May from what this process kept, the same points.
        const CliRun mayFromCli =
            run(cachedSeriesQuery(QStringLiteral("2025-05-01"), QStringLiteral("2025-06-01")));
        // This process reads April from what the CLI kept.
        const SeriesFetchResult aprilHere = fetch(QStringLiteral("2025-04-01"), QStringLiteral("2025-05-01"));
        m_server->clearFaults();
        QCOMPARE(mayFromCli.exitCode, 0);
        QCOMPARE(dataLines(mayFromCli.out).size() - 1, qsizetype(may.series.front().size()));
        QVERIFY(!aprilHere.error || aprilHere.servedFromCache);
        QVERIFY(aprilHere.missing.isEmpty());
        QVERIFY(!aprilHere.series.isEmpty());
        QCOMPARE(qsizetype(aprilHere.series.front().size()), dataLines(april.out).size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
