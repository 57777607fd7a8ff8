// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/browserlauncher.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace meterscope {

namespace {
Q_LOGGING_CATEGORY(lcBrowser, "meterscope.auth.browser")

constexpr int kStartTimeoutMs = 10000;

// Browser commands started and not yet deleted. Each is deleted once it has ended; one still running
// when Meterscope exits is left running (deleting a QProcess would kill it) and stays reachable here.
std::vector<QProcess *> &startedCommands()
{
    static auto *started = new std::vector<QProcess *>;
    return *started;
}

void keep(QProcess *process)
{
    startedCommands().push_back(process);
    QObject::connect(process, &QObject::destroyed, [process] {
        std::vector<QProcess *> &started = startedCommands();
        started.erase(std::remove(started.begin(), started.end(), process), started.end());
    });
}
} // namespace

QString BrowserLauncher::effectiveCommand() const
{
    if (!m_command.trimmed().isEmpty())
        return m_command.trimmed();
    return qEnvironmentVariable(environmentVariable().toLatin1().constData()).trimmed();
}

bool BrowserLauncher::open(const QUrl &url, QString *error) const
{
    const QString command = effectiveCommand();
    if (!command.isEmpty())
        return startCommand(command, url, error);
    if (m_systemOpener && m_systemOpener(url))
        return true;
    if (error)
        *error = tr("No web browser could be opened.");
    return false;
}

bool BrowserLauncher::startCommand(const QString &command, const QUrl &url, QString *error) const
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty()) {
        if (error)
            *error = tr("The browser command is empty.");
        return false;
    }
    const QString program = arguments.takeFirst();
    arguments.append(QString::fromUtf8(url.toEncoded()));
    qCDebug(lcBrowser) << "starting browser command" << program;
    // Not reading from nor writing into this process's output (the CLI's stdout carries results).
    auto *process = new QProcess;
    process->setProgram(program);
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    if (!process->waitForStarted(kStartTimeoutMs)) {
        qCDebug(lcBrowser) << "browser command could not start:" << process->errorString();
        delete process;
        if (error)
            *error = tr("The browser command \"%1\" could not be started.").arg(program);
        return false;
    }
    keep(process);
    QObject::connect(
        process, &QProcess::finished, process,
        [process, program, failed = m_failureHandler](int exitCode, QProcess::ExitStatus status) {
            process->deleteLater();
            if (status == QProcess::NormalExit && exitCode == 0)
                return;
            qCInfo(lcBrowser) << "browser command" << program << "failed, exit code" << exitCode;
            if (!failed)
                return;
            failed(status == QProcess::CrashExit
                       ? tr("The browser command \"%1\" stopped unexpectedly.").arg(program)
                       : tr("The browser command \"%1\" ended with an error (exit status %2).")
                             .arg(program)
                             .arg(exitCode));
        });
    return true;
}

} // namespace meterscope
