// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loopbackrequestparser.h"

#include <QList>

namespace meterscope {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

} // namespace

LoopbackRequestParser::LoopbackRequestParser(const QByteArray &received)
{
    const QByteArray bytes = received.left(kMaxHeadBytes + 1);
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        if (bytes.size() > kMaxHeadBytes)
            m_status = Status::TooLarge;
        else if (!bytes.isEmpty() && !isAsciiLetter(bytes.at(0)))
            m_status = Status::NotHttp;
        else
            m_status = Status::Incomplete;
        return;
    }
    const QByteArray head = bytes.left(end);
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArray requestLine = lineEnd < 0 ? head : head.left(lineEnd);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET" || !parts.at(2).startsWith("HTTP/1.") ||
        !parts.at(1).startsWith('/')) {
        m_status = Status::Malformed;
        return;
    }
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    m_path = question < 0 ? target : target.left(question);
    if (question >= 0)
        m_query.setQuery(QString::fromUtf8(target.mid(question + 1)));
    m_status = Status::Get;
}

QString LoopbackRequestParser::queryItemValue(const QString &key) const
{
    return m_query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace meterscope
