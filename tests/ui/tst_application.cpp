// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real `meterscope` executable, as a user starts it.
class TestApplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutADisplayItSaysSo();
    void helpAndVersionNeedNoDisplay();
    void anUnreadableDemoClockIsRefused();
    void demoTourRunsAndSavesScreenshots();

private:
    QProcessEnvironment cleanEnvironment() const;
    QString m_binary;
    QTemporaryDir m_home;
};

void TestApplication::initTestCase()
{
    m_binary = qEnvironmentVariable("MS_BINARY_DIR") + QStringLiteral("/app/gui/meterscope");
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_home.isValid());
}

QProcessEnvironment TestApplication::cleanEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path()); // no remembered account or window state
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    return env;
}

void TestApplication::withoutADisplayItSaysSo()
{
    QProcessEnvironment env = cleanEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the default platform, xcb
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(m_binary, {QStringLiteral("--demo")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // no crash, no abort
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("no display")));
}

void TestApplication::helpAndVersionNeedNoDisplay()
{
    QProcessEnvironment env = cleanEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the default platform, xcb, which needs a display
    const auto run = [this, &env](const QStringList &arguments) {
        auto app = std::make_unique<QProcess>();
        app->setProcessEnvironment(env);
        app->start(m_binary, arguments);
        return app;
    };
    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const std::unique_ptr<QProcess> app = run({help});
        QVERIFY(app->waitForFinished(20000));
        QCOMPARE(app->exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(app->readAllStandardOutput());
        QVERIFY2(app->exitCode() == 0, qPrintable(QString::fromUtf8(app->readAllStandardError())));
        QVERIFY2(out.startsWith(QStringLiteral("Usage: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--base-url <url>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--demo")), qPrintable(out));
    }
    const std::unique_ptr<QProcess> app = run({QStringLiteral("--version")});
    QVERIFY(app->waitForFinished(20000));
    QCOMPARE(app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(app->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(app->readAllStandardOutput()).trimmed(),
             QStringLiteral("meterscope " MS_VERSION));
}

void TestApplication::anUnreadableDemoClockIsRefused()
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(m_binary,
              {QStringLiteral("--demo"), QStringLiteral("--demo-now"), QStringLiteral("yesterday")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2); // not a demo silently running on the system clock
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("--demo-now")));
}

void TestApplication::demoTourRunsAndSavesScreenshots()
{
    QTemporaryDir shots;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(m_binary,
              {QStringLiteral("--demo"), QStringLiteral("--demo-now"), QStringLiteral("2025-06-18T10:00:00Z"),
               QStringLiteral("--screenshot"), shots.path()});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QStringList expected{QStringLiteral("demo-tree.png"), QStringLiteral("meter-chart.png"),
                               QStringLiteral("overlay.png"), QStringLiteral("export-dialog.png")};
    for (const QString &name : expected) {
        const QImage image(QDir(shots.path()).filePath(name));
        QVERIFY2(!image.isNull() && image.width() > 600, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
