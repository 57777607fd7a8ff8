// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secretstore.h"

#include <QHash>

namespace meterscope {

// Secrets kept in this process only: for tests and for "do not remember me". It can be told to
// behave like a locked or missing keyring so the session's handling of those can be tested.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &account, Key key, QObject *context, ReadCallback done) override;
    void write(const QString &account, Key key, const QString &value, QObject *context,
               WriteCallback done) override;
    void remove(const QString &account, Key key, QObject *context, WriteCallback done) override;

    // Makes every later call behave like that keyring state (Ok = normal). A Locked store reads as
    // NotFound and refuses writes, like the Secret Service does.
    void simulate(Status status) { m_simulated = status; }
    [[nodiscard]] bool contains(const QString &account, Key key) const;
    [[nodiscard]] QString value(const QString &account, Key key) const;
    [[nodiscard]] int writeCount() const { return m_writes; }

private:
    QHash<QString, QString> m_values;
    Status m_simulated = Status::Ok;
    int m_writes = 0;
};

} // namespace meterscope
