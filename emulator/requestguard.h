// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatorrequest.h"
#include "emulator/httpreply.h"

#include <QLatin1String>
#include <QString>

#include <optional>

namespace meterscope::emulator {

// The checks every request passes before any handler sees it. Its Host must name this machine, so
// a web page cannot reach the emulator through a name rebound to 127.0.0.1 (421; 400 without Host).
// A control under /_emulator/ must carry the control token in X-Emulator-Control-Token (401) and
// must not come from a web page, which the Origin header a browser adds gives away (403).
class RequestGuard
{
public:
    static constexpr QLatin1String kControlPrefix{"/_emulator/"};
    static constexpr const char *kControlTokenHeader = "X-Emulator-Control-Token";

    explicit RequestGuard(const QString &controlToken);

    [[nodiscard]] QString controlToken() const { return QString::fromLatin1(m_controlToken); }
    // Nothing when the request may be handled; else the answer that refuses it.
    [[nodiscard]] std::optional<HttpReply> refusal(const EmulatorRequest &request) const;

    static bool isControlPath(const QString &path) { return path.startsWith(kControlPrefix); }
    // 127.0.0.1, [::1] or localhost (any case), with or without a port.
    static bool isLoopbackHost(const QByteArray &hostHeader);

private:
    static HttpReply refuse(int status, const QByteArray &detail, const QString &path);

    QByteArray m_controlToken;
};

} // namespace meterscope::emulator
