// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace meterscope {

// A strip above the content with one clear sentence, details on demand, an optional Retry and a
// close button. A newer message replaces the older one: failures never stack up as dialogs.
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
                     Severity severity = Severity::Error);
    void dismiss();
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString details() const { return m_detailsText; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_detailsButton;
    QPushButton *m_retryButton;
    QString m_detailsText;
};

} // namespace meterscope
