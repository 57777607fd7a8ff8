// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace meterscope {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 6, 6, 6);
    auto *row = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_message, 1);
    m_detailsButton = new QPushButton(tr("Details"), this);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setCheckable(true);
    row->addWidget(m_detailsButton);
    m_retryButton = new QPushButton(tr("Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("errorRetryButton"));
    row->addWidget(m_retryButton);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("errorCloseButton"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    row->addWidget(close);
    outer->addLayout(row);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(QStringLiteral("font-family: monospace; color: #5a2a2a;"));
    m_details->hide();
    outer->addWidget(m_details);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QLabel::setVisible);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryRequested();
    });
    connect(close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showMessage(const QString &message, const QString &details, bool canRetry,
                              Severity severity)
{
    setStyleSheet(
        severity == Severity::Error
            ? QStringLiteral("#errorBanner { background: #fdecea; border-bottom: 1px solid #f3b7b1; } "
                             "#errorMessage { color: #7a1c12; }")
            : QStringLiteral("#errorBanner { background: #eef4fb; border-bottom: 1px solid #c3d6ec; } "
                             "#errorMessage { color: #1d3f63; }"));
    m_message->setText(message);
    m_detailsText = details;
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_retryButton->setVisible(canRetry);
    show();
}

void ErrorBanner::dismiss()
{
    hide();
    m_message->clear();
}

QString ErrorBanner::message() const
{
    return isVisible() || !isHidden() ? m_message->text() : QString();
}

} // namespace meterscope
