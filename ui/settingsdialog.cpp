// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "networksettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace meterscope {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Network settings"));
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
    layout->addWidget(group);
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

void SettingsDialog::accept()
{
    NetworkSettings settings;
    settings.mode = m_manual->isChecked() ? NetworkSettings::Mode::Manual
                    : m_none->isChecked() ? NetworkSettings::Mode::NoProxy
                                          : NetworkSettings::Mode::System;
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.save();
    QDialog::accept();
}

} // namespace meterscope
