// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace meterscope {

// Help → About Meterscope: the version, the licence, where the data shown comes from (the EcoStruxure
// API, or the built-in demo data) and the Qt version it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    enum class DataSource
    {
        EcoStruxure,
        Demo
    };

    explicit AboutDialog(DataSource source, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // QCoreApplication::applicationVersion(), else the version this build was made as.
    [[nodiscard]] static QString version();

private:
    // A selectable line of text under the previous ones.
    QLabel *addLine(const QString &objectName, const QString &text);

    QVBoxLayout *m_column;
};

} // namespace meterscope
