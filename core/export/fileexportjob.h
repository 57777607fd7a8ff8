// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>

namespace meterscope {

// A file export that may take a while: written on a worker thread with progress and cancel, and
// all or nothing (the file appears only when complete; on failure or cancel nothing is left at its
// path and an existing file is kept unchanged). CsvWriter and XlsxWriter are such jobs.
class FileExportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileExportJob)
public:
    enum class Status
    {
        Ok,
        Cancelled,
        Failed
    };
    Q_ENUM(Status)

    explicit FileExportJob(QObject *parent = nullptr);
    // Subclasses call finishJob() in their destructor: it cancels a running job and waits for it.
    ~FileExportJob() override;

    // Writes the file on the calling thread.
    virtual Status writeFile(const QString &path, QString *error) = 0;
    // writeFile() on a worker thread; emits progress() and then finished(). Leave the job's settings
    // alone until finished() arrives.
    void startWriteFile(const QString &path);
    // Thread-safe. Stops a running write at its next check (startWriteFile() clears it).
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Data rows written by the last write (header lines excluded).
    [[nodiscard]] qint64 rowsWritten() const { return m_rowsWritten.load(); }

Q_SIGNALS:
    // Emitted from the writing thread now and then.
    void progress(qint64 pointsDone, qint64 pointsTotal);
    void finished(meterscope::FileExportJob::Status status, const QString &error);

protected:
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested.load(std::memory_order_relaxed); }
    void setRowsWritten(qint64 rows) { m_rowsWritten = rows; }
    // Cancels and waits for a running job: call it first in the destructor of a subclass, while its
    // members still exist.
    void finishJob();

private:
    std::atomic<bool> m_cancelRequested = false;
    std::atomic<qint64> m_rowsWritten = 0;
    QFuture<void> m_running;
};

} // namespace meterscope
