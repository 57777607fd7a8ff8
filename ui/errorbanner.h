// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace meterscope {

// A strip above the content with one clear sentence, details on demand, an optional Retry, buttons
// for what else can be done, and a close button. A newer message replaces the older one: failures
// never stack up as dialogs. A message may name its owner (the load that raised it, "site:<id>"):
// when that load later succeeds, dismissOwnedBy() takes its message away.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    enum class Severity
    {
        Error,
        Notice
    };

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, const QString &details = QString(), bool canRetry = false,
                     Severity severity = Severity::Error, const QString &owner = QString());
    // A button for `action` beside the message, until the next message (not owned).
    void addAction(QAction *action);
    void dismiss();
    // Dismisses the message if `owner` raised it.
    void dismissOwnedBy(const QString &owner);
    [[nodiscard]] QString owner() const { return isHidden() ? QString() : m_owner; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString details() const { return m_detailsText; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_detailsButton;
    QPushButton *m_retryButton;
    QHBoxLayout *m_actions;
    QString m_detailsText;
    QString m_owner;
    Severity m_severity = Severity::Error;
};

} // namespace meterscope
