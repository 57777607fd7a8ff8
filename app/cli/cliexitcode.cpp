// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliexitcode.h"

namespace meterscope {

CliExitCode exitCodeFor(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None:
        return CliExitCode::Ok;
    case Kind::Unauthorized:
    case Kind::SignInRequired:
    case Kind::Forbidden:
    case Kind::Keychain:
        return CliExitCode::Auth;
    case Kind::NotFound:
        return CliExitCode::NotFound;
    default:
        break;
    }
    return CliExitCode::Failure;
}

} // namespace meterscope
