// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meterscope {

// The welcome screen: three ways in — try the demo, paste a personal access token (masked), or sign
// in with Schneider Electric in the browser. Shows progress and the reason a sign-in failed.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    void setBusy(const QString &message);
    void setError(const QString &message);
    void setIdle();
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void demoRequested();
    void patSubmitted(const QString &pat);
    void browserSignInRequested();

private:
    void setButtonsEnabled(bool enabled);

    QPushButton *m_demoButton;
    QLineEdit *m_patEdit;
    QPushButton *m_patButton;
    QPushButton *m_browserButton;
    QLabel *m_status;
};

} // namespace meterscope
