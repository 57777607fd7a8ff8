// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope::emulator {

// One request in the emulator's log: never a query, a header or a credential.
struct RequestRecord
{
    QString method;    // "GET", "POST", ...
    QString path;      // without the query
    QString grantType; // a POST to the token endpoint: its grant_type ("refresh_token", ...); else empty

    // "METHOD path"
    [[nodiscard]] QString line() const { return method + u' ' + path; }
};

} // namespace meterscope::emulator
