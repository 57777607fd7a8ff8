// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"

#include <QColor>
#include <QIcon>

namespace meterscope {

// Scalable (SVG) icons, sharp at any device pixel ratio, and one colour per commodity.
QIcon commodityIcon(Commodity commodity);
QIcon siteIcon();
QIcon forbiddenIcon();
QIcon applicationIcon();
// The colour a commodity is drawn in when a chart shows one series of it.
QColor commodityColor(Commodity commodity);

} // namespace meterscope
