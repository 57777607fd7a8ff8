// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/browserlauncher.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QStringList>

namespace meterscope {

namespace {
Q_LOGGING_CATEGORY(lcBrowser, "meterscope.auth.browser")
}

QString BrowserLauncher::effectiveCommand() const
{
    if (!m_command.trimmed().isEmpty())
        return m_command.trimmed();
    return qEnvironmentVariable(environmentVariable().toLatin1().constData()).trimmed();
}

bool BrowserLauncher::open(const QUrl &url, QString *error) const
{
    const QString command = effectiveCommand();
    if (!command.isEmpty()) {
        QStringList arguments = QProcess::splitCommand(command);
        if (arguments.isEmpty()) {
            if (error)
                *error = QStringLiteral("The browser command is empty.");
            return false;
        }
        const QString program = arguments.takeFirst();
        arguments.append(QString::fromUtf8(url.toEncoded()));
        qCDebug(lcBrowser) << "starting browser command" << program;
        // Detached, and not writing into this process's output (the CLI's stdout carries results).
        QProcess process;
        process.setProgram(program);
        process.setArguments(arguments);
        process.setStandardInputFile(QProcess::nullDevice());
        process.setStandardOutputFile(QProcess::nullDevice());
        if (process.startDetached())
            return true;
        if (error)
            *error = QStringLiteral("The browser command \"%1\" could not be started.").arg(program);
        return false;
    }
    if (m_systemOpener && m_systemOpener(url))
        return true;
    if (error)
        *error = QStringLiteral("No web browser could be opened.");
    return false;
}

} // namespace meterscope
