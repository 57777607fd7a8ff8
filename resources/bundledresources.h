// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace meterscope {

// The files compiled into the executables (API profiles, icons) live in a static library, whose
// registration the linker would otherwise drop. Every reader of ":/…" calls ensureLoaded() first;
// it registers them once per process, from any thread.
class BundledResources
{
public:
    static void ensureLoaded();
};

} // namespace meterscope
