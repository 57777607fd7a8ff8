// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meterscope {

class ManualUrlPanel;

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
    // No browser could be opened: the address to open by hand, with Copy and Cancel.
    void showManualUrl(const QUrl &url, const QString &reason);
    [[nodiscard]] ManualUrlPanel *manualUrlPanel() const { return m_manualUrl; }

Q_SIGNALS:
    void demoRequested();
    void patSubmitted(const QString &pat);
    void browserSignInRequested();
    // Cancel while the browser sign-in waits.
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setButtonsEnabled(bool enabled);
    void showStatus(const QString &message, bool error);
    void colourStatus();
    void endWaiting();

    QPushButton *m_demoButton;
    QLineEdit *m_patEdit;
    QPushButton *m_patButton;
    QPushButton *m_browserButton;
    QPushButton *m_cancelButton;
    ManualUrlPanel *m_manualUrl;
    QLabel *m_status;
    bool m_statusIsError = false;
};

} // namespace meterscope
