// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/fileexportjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace meterscope {

FileExportJob::FileExportJob(QObject *parent) : QObject(parent) {}

FileExportJob::~FileExportJob()
{
    finishJob();
}

void FileExportJob::finishJob()
{
    cancel();
    m_running.waitForFinished();
}

void FileExportJob::startWriteFile(const QString &path)
{
    m_running.waitForFinished();
    m_cancelRequested = false;
    m_running = QtConcurrent::run([this, path] {
        QString error;
        const Status status = writeFile(path, &error);
        Q_EMIT finished(status, error);
    });
}

void FileExportJob::cancel()
{
    m_cancelRequested = true;
}

bool FileExportJob::isRunning() const
{
    return m_running.isRunning();
}

} // namespace meterscope
