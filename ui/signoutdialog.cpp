// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoutdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace meterscope {

SignOutDialog::SignOutDialog(const QString &accountLabel, qint64 cachedBytes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signOutDialog"));
    setWindowTitle(tr("Sign out"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Sign out of %1? The stored sign-in is removed from the keychain.")
                                    .arg(accountLabel.toHtmlEscaped()),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_removeCache = new QCheckBox(
        tr("Also delete the data kept on this computer for offline use (%1)")
            .arg(QLocale().formattedDataSize(cachedBytes, 1, QLocale::DataSizeTraditionalFormat)),
        this);
    m_removeCache->setObjectName(QStringLiteral("removeCachedDataCheck"));
    layout->addWidget(m_removeCache);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *signOut = buttons->addButton(tr("Sign out"), QDialogButtonBox::AcceptRole);
    signOut->setObjectName(QStringLiteral("confirmSignOutButton"));
    signOut->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { Q_EMIT signOutRequested(removeCachedData()); });
}

SignOutDialog::~SignOutDialog() = default;

bool SignOutDialog::removeCachedData() const
{
    return m_removeCache->isChecked();
}

} // namespace meterscope
