// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/memorysecretstore.h"

namespace meterscope {

void MemorySecretStore::read(const QString &account, Key key, QObject *context, ReadCallback done)
{
    Q_UNUSED(context)
    if (m_simulated == Status::Locked) {
        done(QString(), makeResult(Status::NotFound));
        return;
    }
    if (m_simulated != Status::Ok) {
        done(QString(), makeResult(m_simulated));
        return;
    }
    const auto it = m_values.constFind(entryName(account, key));
    if (it == m_values.cend()) {
        done(QString(), makeResult(Status::NotFound));
        return;
    }
    done(it.value(), Result{});
}

void MemorySecretStore::write(const QString &account, Key key, const QString &value, QObject *context,
                              WriteCallback done)
{
    Q_UNUSED(context)
    if (m_simulated != Status::Ok) {
        done(makeResult(m_simulated));
        return;
    }
    ++m_writes;
    m_values.insert(entryName(account, key), value);
    done(Result{});
}

void MemorySecretStore::remove(const QString &account, Key key, QObject *context, WriteCallback done)
{
    Q_UNUSED(context)
    if (m_simulated != Status::Ok) {
        done(makeResult(m_simulated));
        return;
    }
    m_values.remove(entryName(account, key));
    done(Result{});
}

bool MemorySecretStore::contains(const QString &account, Key key) const
{
    return m_values.contains(entryName(account, key));
}

QString MemorySecretStore::value(const QString &account, Key key) const
{
    return m_values.value(entryName(account, key));
}

} // namespace meterscope
