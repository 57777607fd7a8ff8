// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/sockethttpserver.h"

#include "emulator/trackingtcpserver.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponder>
#endif

namespace meterscope::emulator {

SocketHttpServer::SocketHttpServer(QObject *parent) : QAbstractHttpServer(parent) {}

quint16 SocketHttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto *tcpServer = new TrackingTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        delete tcpServer;
        return 0;
    }
    bind(tcpServer); // listening already, so this cannot fail
    return tcpServer->serverPort();
}

SocketHttpServer::HeaderList SocketHttpServer::headersOf(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders &headers = request.headers();
    HeaderList list;
    list.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        list.append(qMakePair(QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()));
    }
    return list;
#else
    return request.headers();
#endif
}

void SocketHttpServer::closeWhenSent(QTcpSocket *socket)
{
    // Queued on the socket: dropped if the socket is deleted first.
    QMetaObject::invokeMethod(socket, &QAbstractSocket::disconnectFromHost, Qt::QueuedConnection);
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

QTcpSocket *SocketHttpServer::connectionOf(const QHttpServerRequest &request) const
{
    const auto tcpServers = findChildren<TrackingTcpServer *>(Qt::FindDirectChildrenOnly);
    for (const TrackingTcpServer *tcpServer : tcpServers) {
        if (QTcpSocket *socket = tcpServer->connectionFrom(request.remoteAddress(), request.remotePort()))
            return socket;
    }
    return nullptr;
}

bool SocketHttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // The request is parsed from the socket's readyRead, so its connection is open and known; the
    // 500 only guards against a peer that is not one of ours.
    if (QTcpSocket *socket = connectionOf(request))
        serve(request, socket);
    else
        responder.write(QHttpServerResponder::StatusCode::InternalServerError);
    return true;
}

void SocketHttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (QTcpSocket *socket = connectionOf(request))
        serveUnhandled(request, socket);
    else
        responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#else

bool SocketHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serve(request, socket);
    return true;
}

void SocketHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serveUnhandled(request, socket);
}

#endif

} // namespace meterscope::emulator
