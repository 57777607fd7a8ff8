// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace meterscope {

// Network settings: the system proxy (default), no proxy, or a manual HTTP proxy.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QRadioButton *m_system;
    QRadioButton *m_none;
    QRadioButton *m_manual;
    QLineEdit *m_host;
    QSpinBox *m_port;
};

} // namespace meterscope
