// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatorrequest.h"
#include "emulator/httpreply.h"
#include "emulator/sockethttpserver.h"

#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace meterscope::emulator {

// The HTTP side of the emulator on Qt HTTP Server: turns each request into an EmulatorRequest,
// asks the handler for an HttpReply and writes it to the socket itself, which is what makes
// delayed, truncated, stalled and dripping replies possible. Every late write goes through a
// QPointer, because the client may have gone away and Qt deletes its socket.
class EmulatorHttpServer final : public SocketHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorHttpServer)
public:
    using Handler = std::function<HttpReply(const EmulatorRequest &)>;

    explicit EmulatorHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    void serve(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void serveUnhandled(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void deliver(const QPointer<QTcpSocket> &socket, const HttpReply &reply, bool closeAfter);
    static QByteArray head(const HttpReply &reply, qint64 contentLength, bool closeAfter);

    Handler m_handler;
};

} // namespace meterscope::emulator
