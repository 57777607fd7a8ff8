// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/requestspec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace meterscope {

class RequestFunnel;

// One logical request through the RequestFunnel, with all its attempts: a total deadline besides the
// inactivity timeout (with its own flag, as Qt reports both and a cancel with the same error code),
// a body size cap, retries with backoff and Retry-After (a GET on 408/429/5xx and connection errors;
// a POST only on 429/503, which the server did not act on), and after a 401 one token renewal and
// one replay. Calls `done` once, with the body of a successful answer (or of an error answer when
// the spec keeps it) and an error; never after cancel() and never before start() returned.
class ApiRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)
public:
    using Done = std::function<void(const QByteArray &body, const ApiError &error)>;

    ApiRequest(RequestFunnel *funnel, RequestSpec spec, Done done, QObject *parent);
    ~ApiRequest() override;

    // Schedules the first attempt: nothing is fetched or reported before the event loop runs again.
    void start();
    // Aborts the transfer and any waiting retry; `done` is not called.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] int attempts() const { return m_attempts; }

Q_SIGNALS:
    void retrying(int attempt, int delayMs, const QString &reason);
    // The server answered 429 Too Many Requests (a retry may still follow and succeed).
    void throttled();

private:
    void fetchTokenAndSend();
    void send(const QString &token);
    void onReplyFinished();
    void retryOrFail(const ApiError &error, std::optional<qint64> retryAfterSeconds);
    void renewAfterRejection(const ApiError &rejection);
    void complete(const QByteArray &body, const ApiError &error);
    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isGet() const { return m_spec.method == RequestSpec::Method::Get; }

    QPointer<RequestFunnel> m_funnel;
    RequestSpec m_spec;
    Done m_done;
    QNetworkReply *m_reply = nullptr;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    QString m_token;
    QByteArray m_lastErrorBody; // of a retryable error answer, when the spec keeps error bodies
    int m_attempts = 0;
    bool m_renewed = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QString m_certificateProblem; // the first certificate error of the current attempt
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace meterscope
