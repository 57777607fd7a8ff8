// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// Where an account's local cache lives: one SQLite file per account under the user's cache
// directory ($XDG_CACHE_HOME/meterscope), named by a hash of the account id so the file name
// reveals nothing. The desktop app and the command line use the same file.
class CacheLocation
{
public:
    [[nodiscard]] static QString directory();
    [[nodiscard]] static QString pathFor(const QString &accountId);
};

} // namespace meterscope
