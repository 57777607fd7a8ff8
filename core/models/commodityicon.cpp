// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commodityicon.h"

#include "resources/bundledresources.h"

namespace meterscope {

namespace {
QIcon resourceIcon(QLatin1String name)
{
    BundledResources::ensureLoaded();
    return QIcon(QLatin1String(":/meterscope/icons/") + name + QLatin1String(".svg"));
}
} // namespace

QIcon commodityIcon(Commodity commodity)
{
    switch (commodity) {
    case Commodity::Electricity:
        return resourceIcon(QLatin1String("electricity"));
    case Commodity::Gas:
        return resourceIcon(QLatin1String("gas"));
    case Commodity::Water:
        return resourceIcon(QLatin1String("water"));
    case Commodity::DistrictHeating:
    case Commodity::Steam:
        return resourceIcon(QLatin1String("heat"));
    case Commodity::ChilledWater:
        return resourceIcon(QLatin1String("chilled"));
    case Commodity::Solar:
        return resourceIcon(QLatin1String("solar"));
    case Commodity::Unknown:
    case Commodity::Other:
        break;
    }
    return resourceIcon(QLatin1String("other"));
}

QIcon siteIcon()
{
    return resourceIcon(QLatin1String("site"));
}

QIcon forbiddenIcon()
{
    return resourceIcon(QLatin1String("forbidden"));
}

QIcon applicationIcon()
{
    return resourceIcon(QLatin1String("meterscope"));
}

QColor commodityColor(Commodity commodity)
{
    switch (commodity) {
    case Commodity::Electricity:
        return QColor(0xd9, 0x8e, 0x04);
    case Commodity::Gas:
        return QColor(0x2f, 0x7f, 0xd8);
    case Commodity::Water:
        return QColor(0x1a, 0xa5, 0xb8);
    case Commodity::DistrictHeating:
    case Commodity::Steam:
        return QColor(0xd9, 0x48, 0x2b);
    case Commodity::ChilledWater:
        return QColor(0x5b, 0x6f, 0xd6);
    case Commodity::Solar:
        return QColor(0xe5, 0x8a, 0x00);
    case Commodity::Unknown:
    case Commodity::Other:
        break;
    }
    return QColor(0x55, 0x5f, 0x6b);
}

} // namespace meterscope
