// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meterscope {

// Shown when no browser could be opened for the sign-in, its command failed, or no browser came back
// for a while: why, the address to open by hand (selectable), a Copy button and Cancel. Not modal: the
// sign-in keeps waiting for the browser while it is shown.
class ManualUrlPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualUrlPanel)
public:
    explicit ManualUrlPanel(QWidget *parent = nullptr);

    void showUrl(const QUrl &url, const QString &reason);
    [[nodiscard]] QString urlText() const;
    [[nodiscard]] QString reasonText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_reason;
    QLineEdit *m_url;
    QPushButton *m_copy;
};

} // namespace meterscope
