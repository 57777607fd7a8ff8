// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace meterscope::emulator {

// One injected fault: the next `count` requests whose path matches `pathPattern` (a regular
// expression searched in the path; empty = every path) answer with the fault instead of the data.
// `fraction` > 0 instead makes that share of matching requests fail (deterministically from the seed).
struct FaultSpec
{
    enum class Kind
    {
        Status,        // `status` with an error body in the current error shape (+ Retry-After for 429)
        MalformedJson, // 200 with a body that is not JSON
        TruncatedBody, // 200, Content-Length says more than is sent, then the connection closes
        Stall,         // accepts the request and never answers
        Drip,          // answers one byte every `dripIntervalMs`, forever
        Redirect       // 302 to `redirectTarget` (same path and query appended)
    };

    Kind kind = Kind::Status;
    QString pathPattern;
    int count = 1; // -1 = forever
    double fraction = 0.0;
    int status = 503;
    int retryAfterSeconds = -1; // -1 = no Retry-After header
    int dripIntervalMs = 500;
    QUrl redirectTarget;
};

} // namespace meterscope::emulator
