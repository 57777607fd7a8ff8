// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace meterscope {

class AccountController;

// Network and sign-in settings: the system proxy (default), no proxy, or a manual HTTP proxy; the API
// profile file (checked before it is kept), the browser command for the browser sign-in and the OAuth
// client secret (masked, entered once, handed to the keychain — never kept in the settings); the size
// of the local cache and a button that clears it; the language (the system's or a chosen one).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    // `account` applies the sign-in settings and keeps the client secret; may be nullptr. Not owned.
    explicit SettingsDialog(AccountController *account, QWidget *parent = nullptr);

    // Refuses (and says why) a profile file that cannot be used.
    void accept() override;
    [[nodiscard]] QString errorText() const;

private:
    void showCacheSize();

    AccountController *m_account;
    QLabel *m_cacheSize;
    QLineEdit *m_profileFile;
    QLineEdit *m_browserCommand;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_redirectUri;
    QLabel *m_error;
    QRadioButton *m_system;
    QRadioButton *m_none;
    QRadioButton *m_manual;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_language;
};

} // namespace meterscope
