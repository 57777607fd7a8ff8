// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/keychainsecretstore.h"

#include "auth/logredactor.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace meterscope {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "meterscope.auth.keychain")

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretStore::Status::Failed;
}

SecretStore::Result resultOf(QKeychain::Job *job)
{
    if (!job)
        return SecretStore::makeResult(SecretStore::Status::TimedOut);
    const SecretStore::Status status = statusOf(job->error());
    if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound)
        qCWarning(lcKeychain) << "keychain job failed:" << job->error() << job->errorString();
    return SecretStore::makeResult(status);
}

} // namespace

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context,
                              const std::function<void(QKeychain::Job *)> &finish) const
{
    // Shared between the finished signal and the timeout: whichever comes first answers.
    auto answered = std::make_shared<bool>(false);
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto answer = [answered, guard, hadContext, finish](QKeychain::Job *finishedJob) {
        if (*answered)
            return;
        *answered = true;
        if (hadContext && !guard)
            return;
        finish(finishedJob);
    };
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [answer](QKeychain::Job *finishedJob) { answer(finishedJob); });
    QTimer::singleShot(m_jobTimeoutMs, job, [answer]() { answer(nullptr); });
    job->start();
}

void KeychainSecretStore::read(const QString &account, Key key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(entryName(account, key));
    run(job, context, [done](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        QString value;
        if (result.ok()) {
            value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            LogRedactor::registerSecret(value);
        }
        done(value, result);
    });
}

void KeychainSecretStore::write(const QString &account, Key key, const QString &value, QObject *context,
                                WriteCallback done)
{
    LogRedactor::registerSecret(value);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(entryName(account, key));
    job->setTextData(value);
    run(job, context, [done](QKeychain::Job *finished) { done(resultOf(finished)); });
}

void KeychainSecretStore::remove(const QString &account, Key key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(entryName(account, key));
    run(job, context, [done](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.status == Status::NotFound)
            result = Result{};
        done(result);
    });
}

} // namespace meterscope
