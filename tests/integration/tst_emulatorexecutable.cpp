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

using namespace meterscope::emulator;
using namespace meterscope::emulator::testing;

class TestEmulatorExecutable : public QObject
{
    Q_OBJECT

private:
    QString m_program;

    // Starts the emulator with these arguments and returns its three start lines.
    QStringList startLines(QProcess *process, const QStringList &arguments)
    {
        process->start(m_program, arguments);
        QByteArray output;
        const bool started = process->waitForStarted(10000);
        if (!started)
            return {};
        const QDeadlineTimer deadline(10000);
        while (output.count('\n') < 3 && !deadline.hasExpired() &&
               process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            output += process->readAllStandardOutput();
        }
        return QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
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

    void startPrintsTheThreeLinesAndServes()
    {
        QProcess process;
        const QStringList lines = startLines(
            &process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--now"),
                       QStringLiteral("2025-11-15T12:00:00Z"), QStringLiteral("--sites"), QStringLiteral("3"),
                       QStringLiteral("--envelope"), QStringLiteral("named"), QStringLiteral("--quiet")});
        QCOMPARE(lines.size(), 3);
        const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("^listening: http://127\\.0\\.0\\.1:(\\d+)$"))
                .match(lines.at(0));
        QVERIFY2(listening.hasMatch(), qPrintable(lines.at(0)));
        const QString origin = QStringLiteral("http://127.0.0.1:") + listening.captured(1);
        QCOMPARE(lines.at(1), QStringLiteral("base-url: ") + origin +
                                  QStringLiteral("/ecostruxure/energy-contextualized/v1"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("demo-pat: ")));
        const QString pat = lines.at(2).mid(10);
        QVERIFY(pat.size() > 20);

        EmulatorTestClient client(nullptr);
        const HttpResult sites = client.get(QUrl(lines.at(1).mid(10) + QStringLiteral("/sites")), pat);
        QCOMPARE(sites.status, 200);
        QCOMPARE(sites.object().value(u"sites").toArray().size(), 3);
        QCOMPARE(sites.object().value(u"totalCount").toInt(), 3);
        QCOMPARE(client.get(QUrl(lines.at(1).mid(10) + QStringLiteral("/sites"))).status, 401);
        stop(&process);
        QVERIFY(process.readAllStandardError().isEmpty()); // --quiet: nothing else, and never a token
    }

    void requestLogOnStderrNamesPathsButNoSecrets()
    {
        QProcess process;
        const QStringList lines =
            startLines(&process, {QStringLiteral("--now"), QStringLiteral("2025-11-15T12:00:00Z")});
        QCOMPARE(lines.size(), 3);
        const QString base = lines.at(1).mid(10);
        const QString pat = lines.at(2).mid(10);
        EmulatorTestClient client(nullptr);
        QCOMPARE(client.get(QUrl(base + QStringLiteral("/sites?limit=2")), pat).status, 200);
        QCOMPARE(client.get(QUrl(base + QStringLiteral("/sites/unknown")), pat).status, 404);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += process.readAllStandardError()).contains("/sites/unknown 404"),
                                 10000);
        const QString path = QUrl(base).path();
        QVERIFY2(log.contains(QByteArray("GET " + path.toUtf8() + "/sites 200\n")), log.constData());
        QVERIFY(!log.contains(pat.toUtf8()));
        QVERIFY(!log.contains("limit=2"));
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
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("base-url: http://127.0.0.1:")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("/api/v2")));
        EmulatorTestClient client(nullptr);
        const HttpResult sites =
            client.get(QUrl(lines.at(1).mid(10) + QStringLiteral("/buildings")), lines.at(2).mid(10));
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
