// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/requestguard.h"

#include "emulator/apiproblem.h"
#include "emulator/responsewriter.h"

#include <QCryptographicHash>

#include <algorithm>

namespace meterscope::emulator {

namespace {

// Compares digests, so the time taken tells nothing about where the two first differ, nor their length.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    const QByteArray left = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray right = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= unsigned(uchar(left.at(i)) ^ uchar(right.at(i)));
    return difference == 0;
}

} // namespace

RequestGuard::RequestGuard(const QString &controlToken) : m_controlToken(controlToken.toLatin1()) {}

bool RequestGuard::isLoopbackHost(const QByteArray &hostHeader)
{
    const QByteArray host = hostHeader.trimmed().toLower();
    // The name ends at the port's colon, or after the bracket of an IPv6 literal.
    qsizetype nameEnd = host.startsWith('[') ? host.indexOf(']') + 1 : host.indexOf(':');
    if (nameEnd < 0)
        nameEnd = host.size();
    const QByteArray name = host.left(nameEnd);
    const QByteArray port = host.mid(nameEnd);
    const bool portOk = port.isEmpty() || (port.startsWith(':') && port.size() <= 6 &&
                                           std::all_of(port.begin() + 1, port.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; }));
    return portOk && (name == "127.0.0.1" || name == "[::1]" || name == "localhost");
}

HttpReply RequestGuard::refuse(int status, const QByteArray &detail, const QString &path)
{
    // The default shape whatever the variants: these answers are the emulator's, not the API's.
    HttpReply reply = ResponseWriter(ResponseVariants()).error(ApiProblem::make(status, detail), path);
    reply.headers.clear(); // no WWW-Authenticate: the control token is no bearer credential
    return reply;
}

std::optional<HttpReply> RequestGuard::refusal(const EmulatorRequest &request) const
{
    const QByteArray host = request.header("host").trimmed();
    if (host.isEmpty())
        return refuse(400, "The request has no Host header", request.path);
    if (!isLoopbackHost(host))
        return refuse(421, "This server answers only to 127.0.0.1, [::1] and localhost", request.path);
    if (!isControlPath(request.path))
        return std::nullopt;
    if (request.headers.contains("origin"))
        return refuse(403, "Emulator controls do not answer web pages", request.path);
    const QByteArray token = request.headers.value(QByteArray(kControlTokenHeader).toLower()).trimmed();
    if (token.isEmpty() || !equalInConstantTime(token, m_controlToken))
        return refuse(
            401, "Emulator controls need the control token printed at start, in X-Emulator-Control-Token",
            request.path);
    return std::nullopt;
}

} // namespace meterscope::emulator
