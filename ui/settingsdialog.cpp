// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "accountcontroller.h"
#include "auth/signincontroller.h"
#include "contrastcolor.h"
#include "i18n/applicationlanguage.h"
#include "networksettings.h"
#include "signinsettings.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace meterscope {

SettingsDialog::SettingsDialog(QWidget *parent) : SettingsDialog(nullptr, parent) {}

SettingsDialog::SettingsDialog(AccountController *account, QWidget *parent)
    : QDialog(parent), m_account(account)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    // Wide enough for the placeholders and a redirect URI to be read whole.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    auto *layout = new QVBoxLayout(this);
    auto *group = new QGroupBox(tr("Proxy"), this);
    auto *form = new QFormLayout(group);
    m_system = new QRadioButton(tr("Use the system proxy settings"), group);
    m_none = new QRadioButton(tr("No proxy"), group);
    m_manual = new QRadioButton(tr("Manual HTTP proxy"), group);
    m_host = new QLineEdit(group);
    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("proxyPortSpin"));
    m_port->setRange(1, 65535);
    form->addRow(m_system);
    form->addRow(m_none);
    form->addRow(m_manual);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    m_host->setAccessibleName(tr("Proxy host"));
    m_port->setAccessibleName(tr("Proxy port"));
    layout->addWidget(group);

    const SignInSettings signIn = SignInSettings::load();
    auto *signInGroup = new QGroupBox(tr("Sign-in"), this);
    auto *signInForm = new QFormLayout(signInGroup);
    auto *profileRow = new QHBoxLayout;
    m_profileFile = new QLineEdit(signIn.profileFile, signInGroup);
    m_profileFile->setObjectName(QStringLiteral("profileFileEdit"));
    m_profileFile->setPlaceholderText(tr("Built-in profile"));
    profileRow->addWidget(m_profileFile, 1);
    auto *browse = new QPushButton(tr("Choose…"), signInGroup);
    profileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("API profile"), m_profileFile->text(),
                                                          tr("API profiles (*.json)"));
        if (!path.isEmpty())
            m_profileFile->setText(path);
    });
    signInForm->addRow(tr("API profile file"), profileRow);
    m_profileFile->setAccessibleName(tr("API profile file"));
    m_profileFile->setAccessibleDescription(tr("The API profile to sign in with; empty: the built-in one"));
    browse->setObjectName(QStringLiteral("chooseProfileButton"));
    browse->setToolTip(tr("Choose an API profile file"));
    m_browserCommand = new QLineEdit(signIn.browserCommand, signInGroup);
    m_browserCommand->setObjectName(QStringLiteral("browserCommandEdit"));
    m_browserCommand->setPlaceholderText(tr("System browser"));
    m_browserCommand->setToolTip(
        tr("A command that opens a web address, e.g. \"firefox --private-window\". The address is added as "
           "the last argument. --browser and METERSCOPE_BROWSER take precedence."));
    signInForm->addRow(tr("Browser command"), m_browserCommand);
    m_browserCommand->setAccessibleName(tr("Browser command"));
    m_clientId = new QLineEdit(signIn.clientId, signInGroup);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("The profile's client id"));
    m_clientId->setToolTip(tr("The client id of the application you registered with the authorization server "
                              "for Meterscope. Empty: the one in the API profile."));
    signInForm->addRow(tr("OAuth client id"), m_clientId);
    m_clientId->setAccessibleName(tr("OAuth client id"));
    m_clientSecret = new QLineEdit(signInGroup);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Kept in the keychain; empty keeps the stored one"));
    m_clientSecret->setToolTip(tr("The OAuth client secret of the application registered for your profile. "
                                  "The demo profile uses its own."));
    m_clientSecret->setEnabled(m_account != nullptr);
    signInForm->addRow(tr("OAuth client secret"), m_clientSecret);
    m_clientSecret->setAccessibleName(tr("OAuth client secret"));
    auto *redirectRow = new QHBoxLayout;
    m_redirectUri = new QLineEdit(signInGroup);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setReadOnly(true);
    m_redirectUri->setText(m_account ? m_account->redirectUriToRegister()
                                     : QStringLiteral("http://127.0.0.1/callback"));
    m_redirectUri->setToolTip(tr("Register this redirect URI for your client with the authorization server. "
                                 "Meterscope listens on a free port of 127.0.0.1 each time, which RFC 8252 "
                                 "servers accept for loopback redirects."));
    m_redirectUri->setCursorPosition(0);
    m_redirectUri->setMinimumWidth(
        m_redirectUri->fontMetrics().horizontalAdvance(m_redirectUri->text() + QStringLiteral("0000000")));
    redirectRow->addWidget(m_redirectUri, 1);
    auto *copy = new QPushButton(tr("Copy"), signInGroup);
    copy->setObjectName(QStringLiteral("copyRedirectUriButton"));
    copy->setToolTip(tr("Copy the redirect URI to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_redirectUri->text()); });
    redirectRow->addWidget(copy);
    signInForm->addRow(tr("Redirect URI to register"), redirectRow);
    m_redirectUri->setAccessibleName(tr("Redirect URI to register"));
    layout->addWidget(signInGroup);

    auto *languageGroup = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageGroup);
    m_language = new QComboBox(languageGroup);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const ApplicationLanguage::Choice &choice : ApplicationLanguage::choices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(ApplicationLanguage::chosen())));
    m_language->setToolTip(tr("The language of menus and messages, and the formats of numbers and dates. "
                              "Files for other programs (CSV, JSON) keep their fixed formats."));
    languageForm->addRow(tr("Language of Meterscope"), m_language);
    m_language->setAccessibleName(tr("Language of Meterscope"));
    auto *languageNote =
        new QLabel(tr("A new language applies from the next start of Meterscope."), languageGroup);
    languageNote->setWordWrap(true);
    languageForm->addRow(languageNote);
    layout->addWidget(languageGroup);

    auto *cacheGroup = new QGroupBox(tr("Data kept on this computer"), this);
    auto *cacheRow = new QHBoxLayout(cacheGroup);
    m_cacheSize = new QLabel(cacheGroup);
    m_cacheSize->setObjectName(QStringLiteral("cacheSizeLabel"));
    m_cacheSize->setWordWrap(true);
    m_cacheSize->setToolTip(tr("Sites, meters and series already fetched are kept so that charts reopen at "
                               "once and work offline. Data older than three days is not asked again; the "
                               "last days are fetched again after 15 minutes. F5 asks the server for "
                               "everything charted."));
    cacheRow->addWidget(m_cacheSize, 1);
    auto *clearCache = new QPushButton(tr("Clear"), cacheGroup);
    clearCache->setObjectName(QStringLiteral("clearCacheButton"));
    clearCache->setToolTip(tr("Delete the cached data of every account; it is fetched again when needed."));
    clearCache->setEnabled(m_account != nullptr);
    connect(clearCache, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_account->clearCaches(&error)) {
            m_error->setText(tr("The cached data could not be deleted: %1").arg(error));
            m_error->show();
        }
        showCacheSize();
    });
    cacheRow->addWidget(clearCache);
    layout->addWidget(cacheGroup);
    showCacheSize();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(ContrastColor::errorText(palette()).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto sync = [this] {
        m_host->setEnabled(m_manual->isChecked());
        m_port->setEnabled(m_manual->isChecked());
    };
    connect(m_manual, &QRadioButton::toggled, this, sync);

    const NetworkSettings settings = NetworkSettings::load();
    m_system->setChecked(settings.mode == NetworkSettings::Mode::System);
    m_none->setChecked(settings.mode == NetworkSettings::Mode::NoProxy);
    m_manual->setChecked(settings.mode == NetworkSettings::Mode::Manual);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    sync();
}

void SettingsDialog::showCacheSize()
{
    m_cacheSize->setText(tr("%1 of sites, meters and series, so that charts reopen at once and offline.")
                             .arg(QLocale().formattedDataSize(AccountController::cacheSizeOnDisk(), 1,
                                                              QLocale::DataSizeTraditionalFormat)));
}

void SettingsDialog::accept()
{
    SignInSettings signIn;
    signIn.profileFile = m_profileFile->text().trimmed();
    signIn.browserCommand = m_browserCommand->text().trimmed();
    signIn.clientId = m_clientId->text().trimmed();
    ApiProfile profile = ApiProfile::builtInProduction();
    QString error;
    if (!signIn.profileFile.isEmpty() && !SignInSettings::loadProfile(signIn.profileFile, &profile, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    // The same credential-URL policy as every other way a URL comes in, before anything is kept.
    if (const QString refused = SignInController::checkProfile(profile); !refused.isEmpty()) {
        m_error->setText(tr("The API profile %1 cannot be used: %2").arg(signIn.profileFile, refused));
        m_error->show();
        return;
    }
    signIn.save();
    ApplicationLanguage::choose(m_language->currentData().toString());
    if (m_account) {
        m_account->applySignInSettings();
        if (!m_clientSecret->text().isEmpty())
            m_account->storeClientSecret(m_clientSecret->text());
        m_clientSecret->clear();
    }

    NetworkSettings settings;
    settings.mode = m_manual->isChecked() ? NetworkSettings::Mode::Manual
                    : m_none->isChecked() ? NetworkSettings::Mode::NoProxy
                                          : NetworkSettings::Mode::System;
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.save();
    QDialog::accept();
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace meterscope
