// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;

namespace meterscope {

// Asks before signing out, and whether the data kept on this computer (the account's local cache)
// goes too. Signing out always forgets the stored token.
class SignOutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOutDialog)
public:
    SignOutDialog(const QString &accountLabel, qint64 cachedBytes, QWidget *parent = nullptr);
    ~SignOutDialog() override;

    [[nodiscard]] bool removeCachedData() const;

Q_SIGNALS:
    void signOutRequested(bool removeCachedData);

private:
    QCheckBox *m_removeCache;
};

} // namespace meterscope
