// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

namespace meterscope {

// meterscope-cli's exit codes, part of its scripting interface.
enum class CliExitCode
{
    Ok = 0,
    Usage = 2,    // bad arguments, options or profile
    Auth = 3,     // no token, token rejected (401), sign-in required, no access (403)
    NotFound = 4, // unknown site, meter or measurement
    Failure = 5   // any other API, network or output error
};

CliExitCode exitCodeFor(ApiError::Kind kind);

} // namespace meterscope
