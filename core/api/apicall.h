// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace meterscope {

// A running ApiClient operation (which may be many HTTP requests: pages, chunks, retries).
// Owned by the ApiClient; deletes itself after it finished. cancel() aborts every request and
// schedules no retry; a cancelled call never calls its completion callback (the caller asked it to stop).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isFinished() const = 0;

Q_SIGNALS:
    // `done` of `total` steps (pages or chunks); total is -1 when not yet known.
    void progress(int done, int total);
    // A retry is waiting: for status lines such as "The server is busy; retrying in 7 s".
    void retrying(int attempt, int delayMs, const QString &reason);
    // A request of this call was answered 429 Too Many Requests, whether or not its retry then
    // succeeds: a call that runs several requests at once keeps fewer in flight for a while.
    void throttled();
    void finished();
};

} // namespace meterscope
