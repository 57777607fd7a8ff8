// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace meterscope {

// Opens the authorize URL in the user's browser. In order: an explicit command (a setting or
// `--browser`), the METERSCOPE_BROWSER environment variable, then the system opener installed by the
// GUI (QDesktopServices::openUrl; core does not link Qt GUI). A command is split like a shell word list
// and gets the URL as its last argument; its output goes nowhere and it is never stopped (it may be the
// browser itself). When nothing can open the URL, open() returns false and the caller shows the URL to
// copy; a command that starts but then fails (crashes, or ends with a non-zero status, as xdg-open does
// without a browser) is reported afterwards to the failure handler.
class BrowserLauncher
{
    Q_DECLARE_TR_FUNCTIONS(BrowserLauncher)
public:
    using SystemOpener = std::function<bool(const QUrl &url)>;
    // `reason` is a sentence for the user; it never contains the URL.
    using FailureHandler = std::function<void(const QString &reason)>;

    static QString environmentVariable() { return QStringLiteral("METERSCOPE_BROWSER"); }

    // Empty: fall back to the environment variable, then the system opener.
    void setCommand(const QString &command) { m_command = command; }
    void setSystemOpener(SystemOpener opener) { m_systemOpener = std::move(opener); }
    // Called from the event loop when a command that open() started fails afterwards.
    void setFailureHandler(FailureHandler handler) { m_failureHandler = std::move(handler); }
    // The command that open() would run ("" when the system opener would be used).
    [[nodiscard]] QString effectiveCommand() const;
    // False with a reason when no browser could be started.
    bool open(const QUrl &url, QString *error = nullptr) const;

private:
    bool startCommand(const QString &command, const QUrl &url, QString *error) const;

    QString m_command;
    SystemOpener m_systemOpener;
    FailureHandler m_failureHandler;
};

} // namespace meterscope
