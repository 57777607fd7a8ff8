// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatorrequest.h"
#include "emulator/httpreply.h"

class QJsonObject;

namespace meterscope::emulator {

class EmulatorServer;

// The emulator's controls over HTTP, under /_emulator/ (never part of the real API): the same
// controls as EmulatorServer's C++ API, for a test or a script driving a separate emulator process.
// Every request carries the control token (X-Emulator-Control-Token), checked before this runs.
// POST with a JSON object body:
//   pats {"expiresAt":"RFC 3339","sites":["id",…]} → {"pat":"…"}    pats/revoke {"pat":"…"}
//   clients {"clientId","clientSecret"}       token-lifetime {"seconds"}
//   rotate-refresh-tokens {"enabled"}         require-pkce {"enabled"}
//   revoke-grants {"clientId"}  (absent = every client)
//   rate-limit {"perSecond","burst"}          latency {"ms"}
//   faults {"kind":"status|malformed-json|truncated-body|stall|drip|redirect","pathPattern","count",
//           "fraction","status","retryAfterSeconds","dripIntervalMs","redirectTarget"}
//   faults/clear {}
//   variants {"envelope":"none|items|named","pageSize","maxPageSize","enumCase":"as-is|upper|lower",
//             "errorShape":"problem|gateway|oauth|empty|html", "<flag name>":true|false, …}
//   now {"now":"RFC 3339"}  (null = the system clock)
// GET requests → {"count":N,"authorized":N,"requests":[{"method":"GET","path":"/…"},
//                 {"method":"POST","path":"/…/token","grantType":"refresh_token"},…]}
class AdminEndpoints
{
public:
    explicit AdminEndpoints(EmulatorServer *server) : m_server(server) {}

    [[nodiscard]] HttpReply handle(const EmulatorRequest &request, const QString &control) const;

private:
    [[nodiscard]] HttpReply apply(const QString &control, const QJsonObject &body) const;
    [[nodiscard]] HttpReply setVariants(const QJsonObject &body) const;
    [[nodiscard]] HttpReply addFault(const QJsonObject &body) const;
    static HttpReply ok();
    static HttpReply badRequest(const QByteArray &message);

    EmulatorServer *m_server;
};

} // namespace meterscope::emulator
