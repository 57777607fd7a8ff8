// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
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
    setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_message, 1);
    m_actions = new QHBoxLayout;
    row->addLayout(m_actions);
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
    close->setAccessibleName(tr("Dismiss"));
    close->setAutoRaise(true);
    row->addWidget(close);
    outer->addLayout(row);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFont(QFont(QStringLiteral("monospace")));
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
                              Severity severity, const QString &owner)
{
    m_severity = severity;
    m_owner = owner;
    updateColors();
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_message->setText(message);
    m_detailsText = details;
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_retryButton->setVisible(canRetry);
    show();
}

void ErrorBanner::addAction(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName());
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_actions->addWidget(button);
    // Shown now, with the message: a widget added to a shown one shows a turn of the event loop later.
    button->show();
}

void ErrorBanner::dismiss()
{
    hide();
    m_message->clear();
    m_owner.clear();
}

void ErrorBanner::dismissOwnedBy(const QString &owner)
{
    if (!isHidden() && !owner.isEmpty() && m_owner == owner)
        dismiss();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ErrorBanner::updateColors()
{
    // A tint of the window colour towards red (errors) or the highlight (notices): readable in light
    // and dark palettes alike, with the palette's own text colour.
    // The parent's palette: the banner's own is changed by its style sheet.
    const QPalette pal = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor tint =
        m_severity == Severity::Error ? QColor(0xd9, 0x3b, 0x2b) : pal.color(QPalette::Highlight);
    const auto mix = [&](qreal share) {
        return QColor::fromRgbF(window.redF() * (1 - share) + tint.redF() * share,
                                window.greenF() * (1 - share) + tint.greenF() * share,
                                window.blueF() * (1 - share) + tint.blueF() * share);
    };
    const QString sheet =
        QStringLiteral("#errorBanner { background: %1; border-bottom: 1px solid %2; } "
                       "#errorMessage, #errorDetails { color: %3; }")
            .arg(mix(0.14).name(), mix(0.45).name(), pal.color(QPalette::WindowText).name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

QString ErrorBanner::message() const
{
    return isVisible() || !isHidden() ? m_message->text() : QString();
}

} // namespace meterscope
