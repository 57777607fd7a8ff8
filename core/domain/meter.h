// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace meterscope {

// One measurement a meter records (ActiveEnergy in kWh, Volume in m3, ...).
struct Measurement
{
    QString id;
    QString name;
    QString unit; // derived from the commodity when the API omits it
    QString timeseriesKey;
};

struct Meter
{
    QString id;
    QString siteId;
    QString name;
    QString gatewayId;
    Commodity commodity = Commodity::Unknown;
    QString commodityText; // as the API spelled it
    QString usage;         // free text: "MainMeter", "SubMeter", "Generated onsite - solar", ...
    QString parentMeterId; // empty for top-level meters
    QList<Measurement> measurements;
    QList<QPair<QString, QString>> otherAttributes;
};

} // namespace meterscope

Q_DECLARE_METATYPE(meterscope::Meter)
