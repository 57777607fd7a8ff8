// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/trackingtcpserver.h"

namespace meterscope::emulator {

TrackingTcpServer::TrackingTcpServer(QObject *parent) : QTcpServer(parent) {}

QTcpSocket *TrackingTcpServer::connectionFrom(const QHostAddress &address, quint16 port) const
{
    const auto [first, last] = m_connections.equal_range(port);
    for (auto it = first; it != last; ++it) {
        QTcpSocket *socket = it->data();
        if (socket && socket->state() == QAbstractSocket::ConnectedState &&
            socket->peerAddress().isEqual(address, QHostAddress::ConvertV4MappedToIPv4))
            return socket;
    }
    return nullptr;
}

void TrackingTcpServer::incomingConnection(qintptr descriptor)
{
    // As QTcpServer does it, with the socket remembered under its peer port.
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    const quint16 port = socket->peerPort();
    m_connections.insert(port, QPointer<QTcpSocket>(socket));
    // QPointers are already null when destroyed() is emitted: drop the null entries of this port.
    connect(socket, &QObject::destroyed, this,
            [this, port] { m_connections.remove(port, QPointer<QTcpSocket>()); });
    addPendingConnection(socket);
}

} // namespace meterscope::emulator
