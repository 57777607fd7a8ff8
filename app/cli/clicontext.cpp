// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include "cli/resultformatter.h"
#include "cli/resulttable.h"
#include "store/seriescache.h"
#include "store/seriesrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace meterscope {

CliContext::CliContext(ApiClient *api, QObject *guard, const Settings &settings, Finish finish)
    : m_api(api), m_guard(guard), m_settings(settings), m_finish(std::move(finish))
{
}

CliContext::~CliContext() = default;

SeriesRepository *CliContext::repository(bool withCache)
{
    if (m_repository)
        return m_repository.get();
    if (withCache && !m_settings.cachePath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_settings.cachePath).absolutePath());
        m_cache = std::make_unique<SeriesCache>(m_settings.cachePath);
        if (!m_cache->isOpen()) {
            std::fputs(qPrintable(QCoreApplication::translate(
                                      "CliContext", "meterscope-cli: the local cache cannot be used (%1); "
                                                    "asking the server only\n")
                                      .arg(m_cache->errorString())),
                       stderr);
            m_cache.reset();
        }
    }
    m_repository = std::make_unique<SeriesRepository>(m_api, m_cache.get());
    QObject::connect(m_repository.get(), &SeriesRepository::cacheProblem, m_repository.get(),
                     [](const QString &message) {
                         std::fputs(qPrintable(QStringLiteral("meterscope-cli: ") + message + u'\n'), stderr);
                     });
    return m_repository.get();
}

void CliContext::finishWith(const ResultTable &table)
{
    const QByteArray bytes = ResultFormatter::create(m_settings.format)->format(table);
    finishWithWriter([&bytes](QIODevice *device, QString *error) {
        if (device->write(bytes) == bytes.size())
            return true;
        *error = device->errorString();
        return false;
    });
}

void CliContext::finishWithWriter(const std::function<bool(QIODevice *, QString *)> &write)
{
    QString error;
    bool ok = false;
    if (m_settings.outputPath.isEmpty()) {
        QFile out;
        ok = out.open(stdout, QIODevice::WriteOnly) && write(&out, &error) && out.flush();
        if (!ok && error.isEmpty())
            error = out.errorString();
    } else {
        QSaveFile out(m_settings.outputPath);
        ok = out.open(QIODevice::WriteOnly) && write(&out, &error) && out.commit();
        if (!ok && error.isEmpty())
            error = out.errorString();
    }
    if (ok)
        end(CliExitCode::Ok, QString());
    else
        fail(CliExitCode::Failure,
             QCoreApplication::translate("CliContext", "Cannot write %1: %2")
                 .arg(m_settings.outputPath.isEmpty()
                          ? QCoreApplication::translate("CliContext", "to the standard output")
                          : m_settings.outputPath,
                      error));
}

void CliContext::finishWithFile(const std::function<bool(const QString &, QString *)> &write)
{
    QString error;
    if (write(m_settings.outputPath, &error))
        end(CliExitCode::Ok, QString());
    else
        fail(CliExitCode::Failure, error);
}

void CliContext::fail(const ApiError &error)
{
    QString message = error.userMessage();
    // A stored sign-in (meterscope-cli login) brings its own sentence.
    if (error.kind == ApiError::Kind::Unauthorized && !qEnvironmentVariableIsEmpty("METERSCOPE_TOKEN"))
        message = QCoreApplication::translate(
            "CliContext",
            "The access token was rejected — METERSCOPE_TOKEN holds an expired, revoked or unknown token.");
    if (!error.details().isEmpty())
        message += QStringLiteral(" (") + error.details() + u')';
    const CliExitCode code = exitCodeFor(error.kind);
    fail(code == CliExitCode::Ok ? CliExitCode::Failure : code, message);
}

void CliContext::fail(CliExitCode code, const QString &message)
{
    end(code, message);
}

void CliContext::end(CliExitCode code, const QString &errorLine)
{
    if (m_finished)
        return;
    m_finished = true;
    m_finish(code, errorLine);
}

} // namespace meterscope
