// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace meterscope {

// Where an account's secrets live: the refresh token, a personal access token and an OAuth client
// secret. KeychainSecretStore is the OS keychain; MemorySecretStore is for tests and for a session
// that must not be remembered. Never a plain-text file.
class SecretStore
{
public:
    enum class Key
    {
        RefreshToken,
        PersonalAccessToken,
        ClientSecret
    };

    enum class Status
    {
        Ok,
        NotFound,    // nothing stored — or a locked keyring, which reads the same: never delete on it
        Locked,      // the keyring is locked (write refused)
        Unavailable, // no secure storage at all (no D-Bus, no Secret Service)
        TimedOut,    // the keychain did not answer in time
        Failed       // any other failure
    };

    struct Result
    {
        Status status = Status::Ok;
        QString message; // one user sentence for a failure; empty on success
        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };

    using ReadCallback = std::function<void(const QString &value, const Result &result)>;
    using WriteCallback = std::function<void(const Result &result)>;

    virtual ~SecretStore() = default;

    // Each call completes asynchronously (or at once) on the caller's thread; callbacks are not
    // called when `context` was destroyed first.
    virtual void read(const QString &account, Key key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &account, Key key, const QString &value, QObject *context,
                       WriteCallback done) = 0;
    // Removing an entry that does not exist is a success.
    virtual void remove(const QString &account, Key key, QObject *context, WriteCallback done) = 0;

    // "refresh-token", "personal-access-token", "client-secret".
    static QString keyName(Key key);
    // The keychain entry name of one secret of one account.
    static QString entryName(const QString &account, Key key);
    // The sentence shown for a failure status (security.md §4.5).
    static QString messageFor(Status status);
    static Result makeResult(Status status);
};

} // namespace meterscope
