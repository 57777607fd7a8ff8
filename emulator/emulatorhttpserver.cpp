// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/emulatorhttpserver.h"

#include "emulator/responsewriter.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTimer>

#include <mutex>

namespace meterscope::emulator {

namespace {

// What a dripping reply promises: far more than it will ever send.
constexpr qint64 kDripContentLength = 1000000000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt HTTP Server's categories print request headers, which carry credentials: keep them off
// whatever rules the application set, and leave every other category to the previous filter.
void filterHttpServerCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
        category->setEnabled(QtWarningMsg, false);
    }
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(Handler handler, QObject *parent)
    : SocketHttpServer(parent), m_handler(std::move(handler))
{
    static std::once_flag installed;
    std::call_once(installed,
                   [] { g_previousFilter = QLoggingCategory::installFilter(filterHttpServerCategories); });
}

QByteArray EmulatorHttpServer::head(const HttpReply &reply, qint64 contentLength, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                     ResponseWriter::titleFor(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    return out;
}

void EmulatorHttpServer::deliver(const QPointer<QTcpSocket> &socket, const HttpReply &reply, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (reply.delivery) {
    case HttpReply::Delivery::Complete:
        socket->write(head(reply, reply.body.size(), closeAfter) + reply.body);
        if (closeAfter)
            closeWhenSent(socket);
        return;
    case HttpReply::Delivery::Truncated: {
        // Content-Length promises the whole body; half of it is sent, then the connection closes.
        const QByteArray body = reply.body.size() >= 2 ? reply.body : QByteArray("[{\"id\":\"truncated\"}]");
        socket->write(head(reply, body.size(), true) + body.left(body.size() / 2));
        closeWhenSent(socket);
        return;
    }
    case HttpReply::Delivery::Stall:
        return; // the request is accepted and never answered
    case HttpReply::Delivery::Drip: {
        socket->write(head(reply, kDripContentLength, true));
        auto *timer = new QTimer(socket);
        const QByteArray body = reply.body;
        qsizetype sent = 0;
        QObject::connect(timer, &QTimer::timeout, socket, [socket, body, sent]() mutable {
            if (!socket)
                return;
            socket->write(sent < body.size() ? body.mid(sent, 1) : QByteArray(" "));
            ++sent;
        });
        timer->start(qMax(1, reply.dripIntervalMs));
        return;
    }
    }
}

void EmulatorHttpServer::serve(const QHttpServerRequest &request, QTcpSocket *socket)
{
    EmulatorRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path();
    copy.query = request.query();
    const HeaderList headers = headersOf(request);
    for (const auto &[name, value] : headers)
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    const bool closeAfter = copy.header("connection").toLower() == "close";

    const HttpReply reply = m_handler(copy);
    const QPointer<QTcpSocket> guarded(socket);
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket,
                           [guarded, reply, closeAfter] { deliver(guarded, reply, closeAfter); });
    else
        deliver(guarded, reply, closeAfter);
}

void EmulatorHttpServer::serveUnhandled(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    deliver(QPointer<QTcpSocket>(socket), HttpReply::json(404, "{}"), true);
}

} // namespace meterscope::emulator
