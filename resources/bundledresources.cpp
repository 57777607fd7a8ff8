// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/bundledresources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE names a function in the global namespace.
static void registerBundledResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace meterscope {

void BundledResources::ensureLoaded()
{
    static std::once_flag once;
    std::call_once(once, registerBundledResources);
}

} // namespace meterscope
