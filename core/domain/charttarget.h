// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/meter.h"
#include "domain/site.h"

namespace meterscope {

// One thing selected in the tree for charting: a site (its active energy and other utilities) or a
// meter (its measurements).
struct ChartTarget
{
    Site site;
    Meter meter; // empty id: the site itself

    [[nodiscard]] bool isSite() const { return meter.id.isEmpty(); }
    [[nodiscard]] QString displayName() const { return isSite() ? site.name : meter.name; }
};

} // namespace meterscope
