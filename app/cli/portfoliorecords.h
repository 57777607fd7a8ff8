// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/resulttable.h"
#include "domain/meter.h"
#include "domain/site.h"

#include <QList>

namespace meterscope {

// Sites and meters as CLI result tables. A list shows the summary columns; `details` gives every
// attribute as a single record (one site, one meter). Keys are stable: scripts may rely on them.
ResultTable siteTable(const QList<Site> &sites, bool details);
ResultTable meterTable(const QList<Meter> &meters, bool details);

} // namespace meterscope
