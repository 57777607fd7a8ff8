// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunpage.h"

#include "contrastcolor.h"
#include "manualurlpanel.h"
#include "models/commodityicon.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterscope {

namespace {
// A card on the page: the palette's base, framed in its mid tone; its text in the palette's text colour.
QFrame *card(QWidget *parent, const QString &title, const QString &text)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("signInCard"));
    frame->setStyleSheet(QStringLiteral(
        "#signInCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *heading = new QLabel(title, frame);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    heading->setFont(f);
    heading->setForegroundRole(QPalette::Text);
    layout->addWidget(heading);
    auto *body = new QLabel(text, frame);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::Text);
    layout->addWidget(body);
    return frame;
}
} // namespace

FirstRunPage::FirstRunPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));
    setAutoFillBackground(true);

    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    column->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(56, 56));
    logoRow->addWidget(logo);
    auto *title =
        new QLabel(tr("<span style='font-size:22pt; font-weight:600'>Meterscope</span><br>"
                      "Energy consumption of your sites and meters — charted, totalled and exported, "
                      "in each site's own time zone."),
                   this);
    title->setWordWrap(true);
    logoRow->addWidget(title, 1);
    column->addLayout(logoRow);

    QFrame *demo = card(this, tr("Try the demo"),
                        tr("A sample portfolio of twelve sites around the world, built into Meterscope and "
                           "served on this computer: no account and no network needed. Meterscope opens the "
                           "demo again when it next starts, until you sign out."));
    m_demoButton = new QPushButton(tr("Try the demo"), demo);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setDefault(true);
    demo->layout()->addWidget(m_demoButton);
    column->addWidget(demo);

    QFrame *pat = card(this, tr("Personal access token"),
                       tr("Paste a token created in your EcoStruxure account. It is checked once and kept in "
                          "the system keychain."));
    auto *patRow = new QHBoxLayout;
    m_patEdit = new QLineEdit(pat);
    m_patEdit->setObjectName(QStringLiteral("patEdit"));
    m_patEdit->setEchoMode(QLineEdit::Password);
    m_patEdit->setPlaceholderText(tr("Personal access token"));
    m_patEdit->setAccessibleName(tr("Personal access token"));
    m_patEdit->setAccessibleDescription(tr("A token created in your EcoStruxure account"));
    m_patEdit->setClearButtonEnabled(true);
    patRow->addWidget(m_patEdit, 1);
    m_patButton = new QPushButton(tr("Sign in"), pat);
    m_patButton->setObjectName(QStringLiteral("patButton"));
    patRow->addWidget(m_patButton);
    static_cast<QVBoxLayout *>(pat->layout())->addLayout(patRow);
    column->addWidget(pat);

    QFrame *oauth = card(this, tr("Sign in with Schneider Electric"),
                         tr("Opens your browser to sign in; Meterscope never sees your password."));
    m_browserButton = new QPushButton(tr("Sign in with Schneider Electric"), oauth);
    m_browserButton->setObjectName(QStringLiteral("browserSignInButton"));
    oauth->layout()->addWidget(m_browserButton);
    m_cancelButton = new QPushButton(tr("Cancel sign-in"), oauth);
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelButton->hide();
    oauth->layout()->addWidget(m_cancelButton);
    m_manualUrl = new ManualUrlPanel(oauth);
    oauth->layout()->addWidget(m_manualUrl);
    column->addWidget(oauth);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_status);
    column->addStretch(2);

    connect(m_demoButton, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
    auto submitPat = [this] {
        if (!m_patEdit->text().trimmed().isEmpty())
            Q_EMIT patSubmitted(m_patEdit->text());
    };
    connect(m_patButton, &QPushButton::clicked, this, submitPat);
    connect(m_patEdit, &QLineEdit::returnPressed, this, submitPat);
    connect(m_browserButton, &QPushButton::clicked, this, [this] {
        // Shown first: a sign-in that fails at once hides it again through setError().
        m_cancelButton->show();
        Q_EMIT browserSignInRequested();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &FirstRunPage::cancelRequested);
    connect(m_manualUrl, &ManualUrlPanel::cancelRequested, this, &FirstRunPage::cancelRequested);
}

void FirstRunPage::setButtonsEnabled(bool enabled)
{
    m_demoButton->setEnabled(enabled);
    m_patButton->setEnabled(enabled);
    m_patEdit->setEnabled(enabled);
    m_browserButton->setEnabled(enabled);
}

void FirstRunPage::setBusy(const QString &message)
{
    setButtonsEnabled(false);
    showStatus(message, false);
}

void FirstRunPage::endWaiting()
{
    m_cancelButton->hide();
    m_manualUrl->hide();
}

void FirstRunPage::showManualUrl(const QUrl &url, const QString &reason)
{
    m_cancelButton->hide();
    m_manualUrl->showUrl(url, reason);
}

void FirstRunPage::setError(const QString &message)
{
    endWaiting();
    setButtonsEnabled(true);
    showStatus(message, true);
}

void FirstRunPage::setIdle()
{
    endWaiting();
    setButtonsEnabled(true);
    m_patEdit->clear();
    m_status->clear();
}

void FirstRunPage::showStatus(const QString &message, bool error)
{
    m_statusIsError = error;
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
    colourStatus();
    m_status->setText(message);
}

void FirstRunPage::colourStatus()
{
    // Progress in the window's text colour; a failure in red, as dark or light as reads on the window.
    QPalette statusPalette; // sets no role: the label follows the page
    if (m_statusIsError)
        statusPalette.setColor(QPalette::WindowText, ContrastColor::errorText(palette()));
    m_status->setPalette(statusPalette);
}

void FirstRunPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourStatus();
}

QString FirstRunPage::statusText() const
{
    return m_status->text();
}

} // namespace meterscope
