// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace meterscope::emulator {

// Qt HTTP Server's request parsing with every request handed over together with the socket it came
// on, the same on each supported Qt: Qt 6.4 passes the socket itself; from 6.5 on a request comes
// with a responder instead, and the socket is found by the peer's address and port on the server's
// own TrackingTcpServer. The responder is left unused, so the subclass alone writes the answer.
// This is the one place where the Qt HTTP Server versions differ.
class SocketHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketHttpServer)
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    explicit SocketHttpServer(QObject *parent = nullptr);

    // Listens on address:port (0 = a free port). The port bound, or 0 when it cannot.
    quint16 listenOn(const QHostAddress &address, quint16 port);

protected:
    // One complete request and the connected socket it came on (never null). The answer may be
    // written later; the socket is deleted when the peer goes away, so keep it in a QPointer.
    virtual void serve(const QHttpServerRequest &request, QTcpSocket *socket) = 0;
    // A request no handler takes (a WebSocket upgrade, which this server does not accept); Qt closes
    // the connection afterwards.
    virtual void serveUnhandled(const QHttpServerRequest &request, QTcpSocket *socket) = 0;

    // The request's header fields in the order received, names as sent or in lower case.
    [[nodiscard]] static HeaderList headersOf(const QHttpServerRequest &request);
    // Closes the connection once what was written to it has been sent; from serve() or later. (Qt 6.8
    // deletes the socket of a request that ends with its connection no longer open, even while it is
    // still sending, so the close waits for the event loop.)
    static void closeWhenSent(QTcpSocket *socket);

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    [[nodiscard]] QTcpSocket *connectionOf(const QHttpServerRequest &request) const;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) final;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) final;
#endif
};

} // namespace meterscope::emulator
