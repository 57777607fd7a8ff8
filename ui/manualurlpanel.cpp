// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualurlpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterscope {

ManualUrlPanel::ManualUrlPanel(QWidget *parent)
    : QFrame(parent), m_reason(new QLabel(this)), m_url(new QLineEdit(this)),
      m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("manualUrlPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_reason->setObjectName(QStringLiteral("manualUrlReason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    auto *urlLabel = new QLabel(tr("Open this address in a browser to sign in:"), this);
    urlLabel->setBuddy(m_url);
    layout->addWidget(urlLabel);
    m_url->setAccessibleName(tr("Sign-in address"));
    m_copy->setToolTip(tr("Copy the address to the clipboard"));
    auto *row = new QHBoxLayout;
    m_url->setObjectName(QStringLiteral("manualUrlEdit"));
    m_url->setReadOnly(true);
    row->addWidget(m_url, 1);
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    row->addWidget(m_copy);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("manualUrlCancelButton"));
    row->addWidget(cancel);
    layout->addLayout(row);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url->text());
        m_copy->setText(tr("Copied"));
    });
    connect(cancel, &QPushButton::clicked, this, &ManualUrlPanel::cancelRequested);
    hide();
}

void ManualUrlPanel::showUrl(const QUrl &url, const QString &reason)
{
    m_reason->setText(reason);
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    m_copy->setText(tr("Copy"));
    show();
}

QString ManualUrlPanel::urlText() const
{
    return m_url->text();
}

QString ManualUrlPanel::reasonText() const
{
    return m_reason->text();
}

} // namespace meterscope
