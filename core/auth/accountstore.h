// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/account.h"

#include <QList>
#include <QString>

namespace meterscope {

// The non-secret list of accounts and which one was used last, in an INI file shared by the GUI and
// the CLI (defaultSettingsFile(), or an explicit file for tests).
class AccountStore
{
public:
    // Empty `settingsFile`: defaultSettingsFile().
    explicit AccountStore(const QString &settingsFile = QString());
    // <config>/meterscope/accounts.ini, the same for every Meterscope executable.
    static QString defaultSettingsFile();

    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] Account account(const QString &id) const;
    // Adds or replaces the account with the same id.
    void save(const Account &account);
    void remove(const QString &id);
    [[nodiscard]] QString lastUsedId() const;
    void setLastUsedId(const QString &id);
    // The last used account, or an invalid one.
    [[nodiscard]] Account lastUsed() const;

    // A stable id for an account of `kind` on `host` ("oauth@api.exchange.se.com").
    static QString makeId(Account::Kind kind, const QString &host);

private:
    QString m_settingsFile;
};

} // namespace meterscope
