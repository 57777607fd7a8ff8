// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QMultiHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace meterscope::emulator {

// A QTcpServer that can tell which of its open connections a peer address and port belong to.
// Qt HTTP Server from 6.5 on hands a request over with the peer's address and port but without
// its socket; the emulator's late and broken replies are written to that socket.
class TrackingTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingTcpServer)
public:
    explicit TrackingTcpServer(QObject *parent = nullptr);

    // The connected socket of this peer, or null when there is none (any more).
    [[nodiscard]] QTcpSocket *connectionFrom(const QHostAddress &address, quint16 port) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // By peer port; a socket's entry turns null when Qt deletes it and is removed then.
    QMultiHash<quint16, QPointer<QTcpSocket>> m_connections;
};

} // namespace meterscope::emulator
