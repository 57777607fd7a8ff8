// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secretstore.h"

namespace QKeychain {
class Job;
}

namespace meterscope {

// The OS keychain through QtKeychain (Secret Service on Linux): service "meterscope", one entry per
// account and secret ("<account>/refresh-token", …). Every job has a timeout. No plain-text fallback.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(int jobTimeoutMs = 10000) : m_jobTimeoutMs(jobTimeoutMs) {}

    void read(const QString &account, Key key, QObject *context, ReadCallback done) override;
    void write(const QString &account, Key key, const QString &value, QObject *context,
               WriteCallback done) override;
    void remove(const QString &account, Key key, QObject *context, WriteCallback done) override;

    static QString serviceName() { return QStringLiteral("meterscope"); }

private:
    // Starts `job` and calls `finish` once with the job (nullptr on timeout).
    void run(QKeychain::Job *job, QObject *context,
             const std::function<void(QKeychain::Job *)> &finish) const;

    int m_jobTimeoutMs;
};

} // namespace meterscope
