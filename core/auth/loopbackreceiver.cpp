// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loopbackreceiver.h"

#include "api/untrustedtext.h"
#include "auth/logredactor.h"
#include "auth/loopbackrequestparser.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

namespace meterscope {

namespace {

Q_LOGGING_CATEGORY(lcLoopback, "meterscope.auth.loopback")

constexpr int kListenAttempts = 3;
const char kBufferProperty[] = "meterscopeRequestHead";
const char kAnsweredProperty[] = "meterscopeAnswered";

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString shortened(const QString &text)
{
    return UntrustedText::printable(text, LoopbackReceiver::kMaxShownTextLength);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 404:
        return QByteArrayLiteral("Not Found");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

QByteArray page(const QString &title, const QString &message)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>")
            .arg(QCoreApplication::translate("LoopbackReceiver", "en", "language code of the sign-in page")) +
        title.toHtmlEscaped() +
        QStringLiteral(
            " — Meterscope</title>"
            "<style>body{font-family:sans-serif;margin:3em;max-width:40em}</style></head><body><h1>") +
        title.toHtmlEscaped() + QStringLiteral("</h1><p>") + message.toHtmlEscaped() +
        QStringLiteral("</p></body></html>");
    return html.toUtf8();
}

ApiError callbackError(const QString &code, const QString &description)
{
    QString detail = QStringLiteral("error=") + shortened(code);
    if (!description.isEmpty())
        detail += QStringLiteral(": ") + shortened(description);
    if (code == u"access_denied")
        return ApiError::make(ApiError::Kind::Unauthorized,
                              QStringLiteral("Sign-in was cancelled or denied."), detail);
    if (code == u"server_error" || code == u"temporarily_unavailable")
        return ApiError::make(
            ApiError::Kind::ServerError,
            QCoreApplication::translate("LoopbackReceiver", "The sign-in service is unavailable; try again."),
            detail);
    return ApiError::make(ApiError::Kind::Other, QStringLiteral("Sign-in failed (%1).").arg(shortened(code)),
                          detail);
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("loopbackReceiver"));
    m_overallTimer.setSingleShot(true);
    connect(&m_overallTimer, &QTimer::timeout, this, [this]() {
        fail(ApiError::make(ApiError::Kind::Timeout,
                            QStringLiteral("Sign-in timed out — the browser did not come back. Try again.")));
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    if (m_pendingCallback)
        replyToPendingCallback(
            ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Sign-in was cancelled.")));
}

void LoopbackReceiver::setExpectedState(const QByteArray &state)
{
    m_expectedState = state;
}

bool LoopbackReceiver::listen(ApiError *error)
{
    delete m_server;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(8);
    m_finished = false;
    bool ok = false;
    // An ephemeral port is retried; a fixed one is what the server registered, so there is no other.
    const int attempts = m_port == 0 ? kListenAttempts : 1;
    for (int attempt = 0; attempt < attempts && !ok; ++attempt)
        ok = m_server->listen(QHostAddress::LocalHost, m_port);
    if (!ok) {
        const QString reason = m_server->errorString();
        const bool busy = m_server->serverError() == QAbstractSocket::AddressInUseError;
        delete m_server;
        m_server = nullptr;
        qCWarning(lcLoopback) << "cannot listen on 127.0.0.1:" << m_port << reason;
        if (error) {
            const QString sentence =
                busy && m_port != 0
                    ? QCoreApplication::translate(
                          "LoopbackReceiver",
                          "Port %1 on 127.0.0.1, which the API profile gives for the sign-in "
                          "redirect (oauth.redirectPort), is in use by another program. Close "
                          "it, or register another port and change the profile.")
                          .arg(m_port)
                    : QCoreApplication::translate("LoopbackReceiver",
                                                  "Cannot open a local port for sign-in.");
            *error = ApiError::make(ApiError::Kind::Other, sentence,
                                    QStringLiteral("127.0.0.1:%1: %2").arg(m_port).arg(reason));
        }
        return false;
    }
    m_redirectUri.setScheme(QStringLiteral("http"));
    m_redirectUri.setHost(QStringLiteral("127.0.0.1"));
    m_redirectUri.setPort(m_server->serverPort());
    m_redirectUri.setPath(QString::fromLatin1(m_path));
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    m_overallTimer.start(m_overallTimeoutMs);
    qCDebug(lcLoopback) << "waiting for the browser on 127.0.0.1 port" << m_server->serverPort();
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress LoopbackReceiver::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 LoopbackReceiver::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackReceiver::redirectUri() const
{
    // Kept from listen(): the token request repeats it byte for byte after the listener closed.
    return m_redirectUri;
}

void LoopbackReceiver::cancel()
{
    fail(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Sign-in was cancelled.")));
}

void LoopbackReceiver::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        // The whole request head must arrive within the idle timeout: pre-connections that never
        // send anything and slow drips are dropped.
        QTimer::singleShot(m_idleTimeoutMs, socket, [socket]() {
            if (!socket->property(kAnsweredProperty).toBool())
                socket->abort();
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (socket->property(kAnsweredProperty).toBool()) {
        socket->readAll();
        return;
    }
    QByteArray head = socket->property(kBufferProperty).toByteArray();
    head += socket->read(kMaxRequestHeadBytes + 1 - head.size());
    const LoopbackRequestParser request(head);
    switch (request.status()) {
    case LoopbackRequestParser::Status::Incomplete:
        socket->setProperty(kBufferProperty, head);
        return;
    case LoopbackRequestParser::Status::TooLarge:
        qCInfo(lcLoopback) << "dropped a connection whose request head exceeds" << kMaxRequestHeadBytes
                           << "bytes";
        Q_EMIT requestRejected(431);
        socket->abort();
        return;
    case LoopbackRequestParser::Status::NotHttp:
        // Anything that does not start like an HTTP request (e.g. a TLS ClientHello) is refused at once.
        reject(
            socket, 400, QCoreApplication::translate("LoopbackReceiver", "Bad request"),
            QCoreApplication::translate("LoopbackReceiver", "This is not a request Meterscope understands."));
        return;
    case LoopbackRequestParser::Status::Malformed:
    case LoopbackRequestParser::Status::Get:
        break;
    }
    socket->setProperty(kBufferProperty, QVariant());
    handleRequest(socket, request);
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const LoopbackRequestParser &request)
{
    if (request.status() != LoopbackRequestParser::Status::Get) {
        reject(socket, 400, QCoreApplication::translate("LoopbackReceiver", "Bad request"),
               QCoreApplication::translate("LoopbackReceiver", "Only the sign-in redirect is served here."));
        return;
    }
    if (request.path() != m_path) {
        reject(socket, 404, QCoreApplication::translate("LoopbackReceiver", "Not found"),
               QCoreApplication::translate("LoopbackReceiver", "There is nothing here."));
        return;
    }
    if (m_finished) {
        reject(socket, 400, QCoreApplication::translate("LoopbackReceiver", "Already completed"),
               QCoreApplication::translate("LoopbackReceiver",
                                           "This sign-in has already completed; you can close this window."));
        return;
    }
    handleCallback(socket, request);
}

void LoopbackReceiver::handleCallback(QTcpSocket *socket, const LoopbackRequestParser &request)
{
    auto value = [&request](const QString &key) { return request.queryItemValue(key); };
    const QByteArray state = value(QStringLiteral("state")).toUtf8();
    if (!request.hasQueryItem(QStringLiteral("state")) || m_expectedState.isEmpty() ||
        !constantTimeEquals(state, m_expectedState)) {
        qCInfo(lcLoopback) << "sign-in callback rejected: state mismatch";
        reject(socket, 400, QCoreApplication::translate("LoopbackReceiver", "Not for this session"),
               QCoreApplication::translate(
                   "LoopbackReceiver",
                   "This sign-in link is not for this session. Start the sign-in again from Meterscope."));
        return;
    }
    const QString code = value(QStringLiteral("code"));
    if (code.isEmpty() || request.hasQueryItem(QStringLiteral("error"))) {
        const ApiError error =
            request.hasQueryItem(QStringLiteral("error"))
                ? callbackError(value(QStringLiteral("error")), value(QStringLiteral("error_description")))
                : ApiError::make(
                      ApiError::Kind::BadData,
                      QCoreApplication::translate(
                          "LoopbackReceiver",
                          "The sign-in response was incomplete (no authorization code); try again."));
        QString shown = error.userMessage();
        if (!error.details().isEmpty())
            shown += QStringLiteral(" (") + error.details() + u')';
        reply(socket, 400, QStringLiteral("Sign-in did not complete"), shown);
        fail(error);
        return;
    }
    const QString issuer = value(QStringLiteral("iss"));
    if (!m_expectedIssuer.isEmpty() && request.hasQueryItem(QStringLiteral("iss")) &&
        issuer != m_expectedIssuer) {
        // RFC 9207 §2.4: an answer from another authorization server (a mix-up) is never redeemed.
        const ApiError error = ApiError::make(
            ApiError::Kind::Other,
            QCoreApplication::translate(
                "LoopbackReceiver",
                "The sign-in answer came from another authorization server than the API profile "
                "names (oauth.issuer); it was not used."),
            QStringLiteral("iss=") + shortened(issuer));
        reply(socket, 400, QStringLiteral("Sign-in did not complete"), error.userMessage());
        fail(error);
        return;
    }
    LogRedactor::registerSecret(code);
    // The page waits for the code exchange: "Signed in" only once the tokens are there.
    socket->setProperty(kAnsweredProperty, true);
    m_pendingCallback = socket;
    finish();
    Q_EMIT codeReceived(code);
}

void LoopbackReceiver::completeCallback(const ApiError &error)
{
    if (m_pendingCallback)
        replyToPendingCallback(error);
}

void LoopbackReceiver::replyToPendingCallback(const ApiError &error)
{
    QTcpSocket *socket = m_pendingCallback;
    m_pendingCallback = nullptr;
    if (!error) {
        reply(socket, 200, QCoreApplication::translate("LoopbackReceiver", "Signed in"),
              QCoreApplication::translate(
                  "LoopbackReceiver",
                  "You are signed in to Meterscope. You can close this window and return to "
                  "Meterscope."));
        return;
    }
    reply(socket, 400, QStringLiteral("Sign-in did not complete"),
          error.userMessage() + QStringLiteral(" Return to Meterscope to try again."));
}

void LoopbackReceiver::reply(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    const QByteArray body = page(title, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Pragma: no-cache\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n\r\n";
    response += body;
    socket->setProperty(kAnsweredProperty, true);
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackReceiver::reject(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    reply(socket, status, title, message);
    Q_EMIT requestRejected(status);
}

void LoopbackReceiver::finish()
{
    m_finished = true;
    m_overallTimer.stop();
    if (m_server)
        m_server->close();
}

void LoopbackReceiver::fail(const ApiError &error)
{
    if (m_finished)
        return;
    finish();
    qCInfo(lcLoopback) << "sign-in wait ended:" << kindName(error.kind);
    Q_EMIT failed(error);
}

} // namespace meterscope
