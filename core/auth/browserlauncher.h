// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace meterscope {

// Opens the authorize URL in the user's browser. In order: an explicit command (a setting or
// `--browser`), the METERSCOPE_BROWSER environment variable, then the system opener installed by the
// GUI (QDesktopServices::openUrl; core does not link Qt GUI). A command is split like a shell word list
// and gets the URL as its last argument; it is started detached. When nothing can open the URL, open()
// returns false and the caller shows the URL to copy.
class BrowserLauncher
{
public:
    using SystemOpener = std::function<bool(const QUrl &url)>;

    static QString environmentVariable() { return QStringLiteral("METERSCOPE_BROWSER"); }

    // Empty: fall back to the environment variable, then the system opener.
    void setCommand(const QString &command) { m_command = command; }
    void setSystemOpener(SystemOpener opener) { m_systemOpener = std::move(opener); }
    // The command that open() would run ("" when the system opener would be used).
    [[nodiscard]] QString effectiveCommand() const;
    // False with a reason when no browser could be started.
    bool open(const QUrl &url, QString *error = nullptr) const;

private:
    QString m_command;
    SystemOpener m_systemOpener;
};

} // namespace meterscope
