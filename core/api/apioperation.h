// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "api/apirequest.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace meterscope {

class RequestFunnel;

// The ApiCall behind every ApiClient operation: it owns the operation's requests and worker
// results, cancels them all at once, and delivers the result only while neither it was cancelled
// nor its context object destroyed. Deletes itself once finished.
class ApiOperation final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiOperation)
public:
    ApiOperation(RequestFunnel *funnel, QObject *context, QObject *parent);

    void cancel() override;
    [[nodiscard]] bool isFinished() const override { return m_finished; }
    // True while a result may still be delivered.
    [[nodiscard]] bool isLive() const { return !m_finished && (!m_hasContext || m_context); }

    // A GET owned by this operation; `done` is not called after cancel().
    ApiRequest *get(const QUrl &url, ApiRequest::Done done);
    // Aborts the requests still running (after a failure made them pointless).
    void abortRequests();
    // Runs `work` on a worker thread and `then` with its result back on this object's thread;
    // `then` is dropped if the operation ended meanwhile.
    template <typename Result>
    void runOffThread(std::function<Result()> work, std::function<void(Result)> then)
    {
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, then = std::move(then)] {
            watcher->deleteLater();
            if (isLive())
                then(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }
    // Ends the operation: calls `deliver` if the result may still be delivered, emits finished()
    // and deletes the operation later.
    void finish(const std::function<void()> &deliver);

private:
    QPointer<RequestFunnel> m_funnel;
    QPointer<QObject> m_context;
    bool m_hasContext;
    bool m_finished = false;
};

} // namespace meterscope
