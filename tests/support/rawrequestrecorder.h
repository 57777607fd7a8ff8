// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QTcpServer>
#include <QTcpSocket>

namespace meterscope::testing {

// A second server on 127.0.0.1 standing in for "another host": it records every raw byte it
// receives and answers 200 with an empty JSON list, so a test can prove what never reached it.
// (No Q_OBJECT: it has no signals of its own, and a header-only class would not be moc-processed.)
class RawRequestRecorder final : public QTcpServer
{
    Q_DISABLE_COPY_MOVE(RawRequestRecorder)
public:
    explicit RawRequestRecorder(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                received.append(QByteArray());
                const qsizetype index = received.size() - 1;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, index] {
                    received[index] += socket->readAll();
                    if (received[index].contains("\r\n\r\n")) {
                        socket->write(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                            "Connection: close\r\n\r\n[]");
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }

    int connections = 0;
    QByteArrayList received;
};

} // namespace meterscope::testing
