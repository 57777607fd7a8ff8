// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <utility>

namespace meterscope::testing {

// A TCP relay on 127.0.0.1 in front of another local server, seeing what crossed the wire: each
// HTTP request's target with its query, when it passed, and the status of its answer and when that
// passed. It assumes what Qt's client does: GET requests without a body and no pipelining (a
// connection's next request follows its previous answer).
// (No Q_OBJECT: it has no signals of its own, and a header-only class would not be moc-processed.)
class RecordingRelay final : public QTcpServer
{
    Q_DISABLE_COPY_MOVE(RecordingRelay)
public:
    struct Exchange
    {
        QByteArray target; // "/path?query"
        qint64 sentMs = 0; // since start()
        int status = 0;    // 0 while unanswered
        qint64 answeredMs = -1;
    };

    explicit RecordingRelay(quint16 upstreamPort, QObject *parent = nullptr)
        : QTcpServer(parent), m_upstreamPort(upstreamPort)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                relay(client);
        });
    }

    bool start()
    {
        m_clock.start();
        return listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] const QList<Exchange> &exchanges() const { return m_exchanges; }

private:
    // One client connection and its upstream twin.
    struct Link
    {
        QByteArray requestBuffer;   // bytes of a request head not yet complete
        QByteArray pendingUpstream; // bytes that arrived before the upstream connection stood
        QByteArray statusBuffer;    // the start of an answer whose status line is not complete
        qsizetype awaiting = -1;    // the exchange waiting for its status line
    };

    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto link = std::make_shared<Link>();
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, link] {
            const QByteArray bytes = client->readAll();
            link->requestBuffer += bytes;
            qsizetype end = 0;
            while ((end = link->requestBuffer.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = link->requestBuffer.left(end);
                link->requestBuffer.remove(0, end + 4);
                const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
                m_exchanges.append({requestLine.value(1), m_clock.elapsed(), 0, -1});
                link->awaiting = m_exchanges.size() - 1;
                link->statusBuffer.clear();
            }
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(bytes);
            else
                link->pendingUpstream += bytes;
        });
        connect(upstream, &QTcpSocket::connected, client,
                [upstream, link] { upstream->write(std::exchange(link->pendingUpstream, {})); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, link] {
            const QByteArray bytes = upstream->readAll();
            if (link->awaiting >= 0) {
                link->statusBuffer += bytes;
                const qsizetype lineEnd = link->statusBuffer.indexOf("\r\n");
                if (lineEnd >= 0) {
                    Exchange &exchange = m_exchanges[link->awaiting];
                    exchange.status = link->statusBuffer.left(lineEnd).split(' ').value(1).toInt();
                    exchange.answeredMs = m_clock.elapsed();
                    link->awaiting = -1;
                    link->statusBuffer.clear();
                }
            }
            client->write(bytes);
        });
        // QAbstractSocket: its destructor disconnects, and the pointer is read while it runs.
        const QPointer<QAbstractSocket> guardedClient(client);
        connect(upstream, &QTcpSocket::disconnected, client, [guardedClient] {
            if (guardedClient)
                guardedClient->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->abort();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    quint16 m_upstreamPort;
    QElapsedTimer m_clock;
    QList<Exchange> m_exchanges;
};

} // namespace meterscope::testing
