// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/browserlauncher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace meterscope;

namespace {
const QUrl kAddress(QStringLiteral("http://127.0.0.1:9/authorize?client_id=app&state=s1&code_challenge=c1"));
}

// How the browser command is started, and how its failures reach the sign-in.
class TestBrowserLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandGetsTheAddressAndIsNotReportedWhenItSucceeds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString received = dir.filePath(QStringLiteral("address"));
        BrowserLauncher launcher;
        launcher.setCommand(QStringLiteral("sh -c \"set -f; printf %s $1 > $0\" ") + received);
        QStringList failures;
        launcher.setFailureHandler([&failures](const QString &reason) { failures.append(reason); });
        QString error;
        QVERIFY2(launcher.open(kAddress, &error), qPrintable(error));
        const auto readAddress = [&received] {
            QFile file(received);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTRY_COMPARE(readAddress(), QString::fromUtf8(kAddress.toEncoded()));
        QTest::qWait(300); // the command's end is seen
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void commandEndingWithAnErrorIsReportedWithoutTheAddress()
    {
        BrowserLauncher launcher;
        launcher.setCommand(QStringLiteral("sh -c \"exit 4\" failing-browser"));
        QStringList failures;
        launcher.setFailureHandler([&failures](const QString &reason) { failures.append(reason); });
        QVERIFY(launcher.open(kAddress)); // it started
        QTRY_COMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(QStringLiteral("exit status 4")), qPrintable(failures.first()));
        QVERIFY(failures.first().contains(QStringLiteral("\"sh\"")));
        QVERIFY(!failures.first().contains(QStringLiteral("state=")));
        QVERIFY(!failures.first().contains(QStringLiteral("127.0.0.1")));
    }

    void crashingCommandIsReported()
    {
        BrowserLauncher launcher;
        launcher.setCommand(QStringLiteral("sh -c \"kill -KILL $$\" crashing-browser"));
        QStringList failures;
        launcher.setFailureHandler([&failures](const QString &reason) { failures.append(reason); });
        QVERIFY(launcher.open(kAddress));
        QTRY_COMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(QStringLiteral("stopped unexpectedly")),
                 qPrintable(failures.first()));
    }

    void missingCommandFailsAtOnce()
    {
        BrowserLauncher launcher;
        launcher.setCommand(QStringLiteral("/nonexistent/meterscope-test-browser --new-window"));
        int failures = 0;
        launcher.setFailureHandler([&failures](const QString &) { ++failures; });
        QString error;
        QVERIFY(!launcher.open(kAddress, &error));
        QVERIFY2(error.contains(QStringLiteral("could not be started")), qPrintable(error));
        QTest::qWait(100);
        QCOMPARE(failures, 0); // said once, by open()
    }
};

QTEST_GUILESS_MAIN(TestBrowserLauncher)
#include "tst_browserlauncher.moc"
