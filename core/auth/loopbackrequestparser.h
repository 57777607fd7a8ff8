// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace meterscope {

// Reads what a browser sent to the loopback redirect listener (LoopbackReceiver), without a socket:
// the request head (everything up to the first blank line, 8 KiB at most), its request line
// `GET <target> HTTP/1.x`, the target's path as sent and its query items. Anything else is refused
// with a reason, so the receiver can answer at once instead of waiting.
class LoopbackRequestParser
{
public:
    static constexpr qsizetype kMaxHeadBytes = 8 * 1024;

    enum class Status
    {
        Incomplete, // no blank line yet: wait for more bytes
        TooLarge,   // more than kMaxHeadBytes and still no end of the head
        NotHttp,    // does not start like an HTTP request (e.g. a TLS ClientHello)
        Malformed,  // a complete head whose request line is not `GET /<target> HTTP/1.x`
        Get         // a GET request: path() and the query items are set
    };

    // `received`: the bytes a connection sent so far. Only the first kMaxHeadBytes + 1 of them are
    // needed to decide; the receiver reads no more than that.
    explicit LoopbackRequestParser(const QByteArray &received);

    [[nodiscard]] Status status() const { return m_status; }
    // The target's path exactly as sent (still percent-encoded), without the query.
    [[nodiscard]] QByteArray path() const { return m_path; }
    [[nodiscard]] bool hasQueryItem(const QString &key) const { return m_query.hasQueryItem(key); }
    // The first value of `key`, percent-decoded once; empty when absent.
    [[nodiscard]] QString queryItemValue(const QString &key) const;

private:
    Status m_status = Status::Incomplete;
    QByteArray m_path;
    QUrlQuery m_query;
};

} // namespace meterscope
