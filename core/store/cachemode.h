// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace meterscope {

// How a fetch uses the local cache.
enum class CacheMode
{
    Normal,  // what the cache holds and is fresh; the API for the rest; the answer is kept
    Refresh, // the API for everything; the answer is kept (a script that wants today's figures)
    Bypass   // the API only; the cache is neither read nor written
};

} // namespace meterscope
