// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The meterscope-emulator executable: its options, its start lines (scripts parse them) and serving.
#include "emulator/variantswitches.h"
#include "support/emulatortestclient.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace meterscope;
using namespace meterscope::emulator;
using namespace meterscope::emulator::testing;

class TestEmulatorExecutable : public QObject
{
    Q_OBJECT

private:
    QString m_program;

    // Starts the emulator with these arguments and returns its four start lines.
    QStringList startLines(QProcess *process, const QStringList &arguments)
    {
        process->start(m_program, arguments);
        QByteArray output;
        const bool started = process->waitForStarted(10000);
        if (!started)
            return {};
        const QDeadlineTimer deadline(10000);
        while (output.count('\n') < 4 && !deadline.hasExpired() &&
               process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            output += process->readAllStandardOutput();
        }
        return QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    }
    // The value of the start line "name: value".
    static QString field(const QStringList &lines, const char *name)
    {
        const QString prefix = QLatin1String(name) + QStringLiteral(": ");
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size());
        }
        return QString();
    }
    void stop(QProcess *process)
    {
        process->terminate();
        QVERIFY(process->waitForFinished(10000));
    }

private slots:
    void initTestCase()
    {
        m_program =
            qEnvironmentVariable("MS_BINARY_DIR") + QStringLiteral("/app/emulator/meterscope-emulator");
        QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program + QStringLiteral(" is not built")));
    }

    void helpDocumentsEveryOption()
    {
        QProcess process;
        process.start(m_program, {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QStringList options{QStringLiteral("port"),
                            QStringLiteral("now"),
                            QStringLiteral("seed"),
                            QStringLiteral("sites"),
                            QStringLiteral("meters-per-site"),
                            QStringLiteral("days"),
                            QStringLiteral("profile"),
                            QStringLiteral("token-lifetime"),
                            QStringLiteral("rotate-refresh-tokens"),
                            QStringLiteral("require-pkce"),
                            QStringLiteral("redirect-uri"),
                            QStringLiteral("rate-limit"),
                            QStringLiteral("latency"),
                            QStringLiteral("envelope"),
                            QStringLiteral("page-size"),
                            QStringLiteral("enum-case"),
                            QStringLiteral("error-shape"),
                            QStringLiteral("quiet")};
        for (const variantswitches::Flag &flag : variantswitches::flags())
            options.append(QLatin1String(flag.name));
        for (const QString &option : std::as_const(options))
            QVERIFY2(help.contains(QStringLiteral("--") + option), qPrintable(option));
    }

    void startPrintsTheFourLinesAndServes()
    {
        QProcess process;
        const QStringList lines = startLines(
            &process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--now"),
                       QStringLiteral("2025-11-15T12:00:00Z"), QStringLiteral("--sites"), QStringLiteral("3"),
                       QStringLiteral("--envelope"), QStringLiteral("named"), QStringLiteral("--quiet")});
        QCOMPARE(lines.size(), 4);
        const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("^listening: http://127\\.0\\.0\\.1:(\\d+)$"))
                .match(lines.at(0));
        QVERIFY2(listening.hasMatch(), qPrintable(lines.at(0)));
        const QString origin = QStringLiteral("http://127.0.0.1:") + listening.captured(1);
        QCOMPARE(lines.at(1), QStringLiteral("base-url: ") + origin +
                                  QStringLiteral("/ecostruxure/energy-contextualized/v1"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("demo-pat: ")));
        const QString pat = field(lines, "demo-pat");
        QVERIFY(pat.size() > 20);
        QVERIFY(lines.at(3).startsWith(QStringLiteral("control-token: ")));
        QVERIFY(field(lines, "control-token").size() > 20);

        EmulatorTestClient client(QUrl(origin), field(lines, "control-token"));
        const HttpResult sites = client.get(QUrl(field(lines, "base-url") + QStringLiteral("/sites")), pat);
        QCOMPARE(sites.status, 200);
        QCOMPARE(sites.object().value(u"sites").toArray().size(), 3);
        QCOMPARE(sites.object().value(u"totalCount").toInt(), 3);
        QCOMPARE(client.get(QUrl(field(lines, "base-url") + QStringLiteral("/sites"))).status, 401);
        stop(&process);
        QVERIFY(process.readAllStandardError().isEmpty()); // --quiet: nothing else, and never a token
    }

    void requestLogOnStderrNamesPathsButNoSecrets()
    {
        QProcess process;
        const QStringList lines =
            startLines(&process, {QStringLiteral("--now"), QStringLiteral("2025-11-15T12:00:00Z")});
        QCOMPARE(lines.size(), 4);
        const QString base = field(lines, "base-url");
        const QString pat = field(lines, "demo-pat");
        EmulatorTestClient client(QUrl(field(lines, "listening")), field(lines, "control-token"));
        QCOMPARE(client.get(QUrl(base + QStringLiteral("/sites?limit=2")), pat).status, 200);
        QCOMPARE(client.get(QUrl(base + QStringLiteral("/sites/unknown")), pat).status, 404);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += process.readAllStandardError()).contains("/sites/unknown 404"),
                                 10000);
        const QString path = QUrl(base).path();
        QVERIFY2(log.contains(QByteArray("GET " + path.toUtf8() + "/sites 200\n")), log.constData());
        QVERIFY(!log.contains(pat.toUtf8()));
        QVERIFY(!log.contains(field(lines, "control-token").toUtf8()));
        QVERIFY(!log.contains("limit=2"));
        stop(&process);
    }

    // A script drives the controls with the token the emulator printed, and only with it.
    void controlsNeedThePrintedControlToken()
    {
        QProcess process;
        const QStringList lines = startLines(&process, {QStringLiteral("--quiet")});
        QCOMPARE(lines.size(), 4);
        const QUrl origin(field(lines, "listening"));
        const QString token = field(lines, "control-token");
        EmulatorTestClient withToken(origin, token);
        EmulatorTestClient withoutToken(origin, QString());
        EmulatorTestClient otherToken(origin, QStringLiteral("msctl_guessed"));
        QCOMPARE(withoutToken.control(QStringLiteral("requests")).status, 401);
        QCOMPARE(otherToken.control(QStringLiteral("requests")).status, 401);
        QCOMPARE(withoutToken.control(QStringLiteral("revoke-grants"), QJsonObject()).status, 401);
        const HttpResult log = withToken.control(QStringLiteral("requests"));
        QCOMPARE(log.status, 200);
        QCOMPARE(log.object().value(u"count").toInt(), 0);
        QCOMPARE(withToken.control(QStringLiteral("revoke-grants"), QJsonObject()).status, 200);
        stop(&process);
    }

    // --redirect-uri replaces the default registration.
    void redirectUriOptionRegistersRedirects()
    {
        QProcess process;
        const QStringList lines =
            startLines(&process, {QStringLiteral("--quiet"), QStringLiteral("--redirect-uri"),
                                  QStringLiteral("http://[::1]/done"), QStringLiteral("--redirect-uri"),
                                  QStringLiteral("http://127.0.0.1/other")});
        QCOMPARE(lines.size(), 4);
        const QUrl origin(field(lines, "listening"));
        EmulatorTestClient client(origin, field(lines, "control-token"));
        const auto consentStatus = [&](const QString &redirect) {
            QUrl url = origin;
            url.setPath(ApiProfile::builtInDemo().authorizeUrl().path());
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("client_id"), ApiProfile::builtInDemo().clientId());
            query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
            query.addQueryItem(QStringLiteral("redirect_uri"),
                               QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
            url.setQuery(query);
            return client.get(url).status;
        };
        QCOMPARE(consentStatus(QStringLiteral("http://[::1]:4321/done")), 200);
        QCOMPARE(consentStatus(QStringLiteral("http://127.0.0.1:4321/other")), 200);
        QCOMPARE(consentStatus(QStringLiteral("http://127.0.0.1:4321/callback")), 400);
        stop(&process);
    }

    void profileOptionServesItsPaths()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("profile.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"baseUrl\":\"https://energy.example.com/api/v2\",\"paths\":{\"sites\":\"/buildings\"}}");
        file.close();
        QProcess process;
        const QStringList lines =
            startLines(&process, {QStringLiteral("--profile"), file.fileName(), QStringLiteral("--quiet")});
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("base-url: http://127.0.0.1:")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("/api/v2")));
        EmulatorTestClient client(QUrl(field(lines, "listening")), field(lines, "control-token"));
        const HttpResult sites = client.get(QUrl(field(lines, "base-url") + QStringLiteral("/buildings")),
                                            field(lines, "demo-pat"));
        QCOMPARE(sites.status, 200);
        QCOMPARE(sites.array().size(), 12);
        stop(&process);
    }

    void badOptionValuesExitWithAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("envelope") << QStringList{QStringLiteral("--envelope"), QStringLiteral("sideways")}
                                  << QStringLiteral("--envelope");
        QTest::newRow("sites") << QStringList{QStringLiteral("--sites"), QStringLiteral("many")}
                               << QStringLiteral("--sites");
        QTest::newRow("now") << QStringList{QStringLiteral("--now"), QStringLiteral("soon")}
                             << QStringLiteral("--now");
        QTest::newRow("redirect-uri-relative")
            << QStringList{QStringLiteral("--redirect-uri"), QStringLiteral("/callback")}
            << QStringLiteral("--redirect-uri");
        QTest::newRow("redirect-uri-fragment")
            << QStringList{QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1/cb#x")}
            << QStringLiteral("--redirect-uri");
    }

    void badOptionValuesExitWithAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.start(m_program, arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(mentions));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorExecutable)
#include "tst_emulatorexecutable.moc"
