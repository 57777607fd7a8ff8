// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
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

    // A stable id for an account of `kind` at the profile's API origin and base path, and for OAuth
    // its token URL ("oauth@https://api.example.com:443/v1 token=https://login.example.com:443/token"):
    // two servers on one host, or one API behind two authorization servers, are two accounts.
    static QString makeId(Account::Kind kind, const ApiProfile &profile);
    // Scheme, host, port and path of `url`, normalised (lower case, explicit port, no trailing slash).
    static QString apiKey(const QUrl &url);
    // Where the secret of the profile's OAuth client is kept in the keychain: per client id and
    // token URL, so every account of that authorization server uses it.
    static QString clientSecretKey(const ApiProfile &profile);

private:
    QString m_settingsFile;
};

} // namespace meterscope
