// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <utility>

namespace meterscope::emulator {

// One HTTP answer before it is written to the socket, and how it is to be delivered: in full,
// truncated (Content-Length promises more, then the connection closes), never (stall), or one
// byte at a time (drip).
struct HttpReply
{
    enum class Delivery
    {
        Complete,
        Truncated,
        Stall,
        Drip
    };

    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    int dripIntervalMs = 500;
    int delayMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static HttpReply json(int status, QByteArray body)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
    static HttpReply html(int status, QByteArray body)
    {
        HttpReply reply;
        reply.status = status;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = std::move(body);
        return reply;
    }
};

} // namespace meterscope::emulator
