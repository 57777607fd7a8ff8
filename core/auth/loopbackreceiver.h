// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "auth/loopbackrequestparser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace meterscope {

// The loopback redirect target of a browser sign-in (RFC 8252 §7.3, §8.3): a one-shot HTTP listener on
// 127.0.0.1, an ephemeral (or a fixed) port and the path registered with the authorization server. Only
// `GET <exact path>` with the expected state counts; stray paths get 404 and wrong or missing states get
// 400 while it keeps waiting. The first valid answer (a code, or an OAuth error) closes the listener at
// once; the browser's page for a code stays open until completeCallback() says how the sign-in ended. Each
// connection must deliver its request head (8 KiB at most) within the idle timeout; the whole wait has an
// overall timeout and can be cancelled. Pages are escaped, self-contained and not cached.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)
public:
    static constexpr int kMaxRequestHeadBytes = int(LoopbackRequestParser::kMaxHeadBytes);
    static constexpr int kDefaultIdleTimeoutMs = 5000;
    static constexpr int kDefaultOverallTimeoutMs = 5 * 60 * 1000;
    static constexpr int kMaxShownTextLength = 200;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // The state the callback must carry (compared in constant time).
    void setExpectedState(const QByteArray &state);
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    void setOverallTimeoutMs(int ms) { m_overallTimeoutMs = ms; }
    // 0 (default): an ephemeral port chosen by the system.
    void setPort(quint16 port) { m_port = port; }
    // The redirect path ("/callback" by default), as registered with the authorization server.
    void setPath(const QString &path) { m_path = path.toUtf8(); }
    // RFC 9207: when set, a callback whose `iss` differs ends the sign-in; a callback without `iss` is
    // accepted. Empty (default): `iss` is not looked at.
    void setExpectedIssuer(const QString &issuer) { m_expectedIssuer = issuer; }

    // Starts listening on 127.0.0.1. False with a user sentence ("Cannot open a local port for sign-in")
    // and the system's reason in the error's detail.
    bool listen(ApiError *error = nullptr);
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 serverPort() const;
    // http://127.0.0.1:<port><path>, exactly as sent in the authorize and token requests.
    [[nodiscard]] QUrl redirectUri() const;
    // Stops waiting: the listener closes and failed() reports Cancelled.
    void cancel();
    // Answers the browser that brought the code: "Signed in" when `error` is none, else what failed.
    void completeCallback(const ApiError &error);

Q_SIGNALS:
    // The browser came back with a code for this session; the listener is already closed.
    void codeReceived(const QString &code);
    // Denied, service error, incomplete answer, timeout, cancel. The listener is already closed.
    void failed(const meterscope::ApiError &error);
    // A request that did not end the wait (stray path, wrong state, bad request); for diagnostics.
    void requestRejected(int httpStatus);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const LoopbackRequestParser &request);
    void handleCallback(QTcpSocket *socket, const LoopbackRequestParser &request);
    void reply(QTcpSocket *socket, int status, const QString &title, const QString &message);
    void reject(QTcpSocket *socket, int status, const QString &title, const QString &message);
    void finish();
    void fail(const ApiError &error);
    void replyToPendingCallback(const ApiError &error);

    QTcpServer *m_server = nullptr;
    QTimer m_overallTimer;
    QByteArray m_expectedState;
    QString m_expectedIssuer;
    QByteArray m_path = QByteArrayLiteral("/callback");
    QPointer<QTcpSocket> m_pendingCallback;
    QUrl m_redirectUri;
    quint16 m_port = 0;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    int m_overallTimeoutMs = kDefaultOverallTimeoutMs;
    bool m_finished = false;
};

} // namespace meterscope
