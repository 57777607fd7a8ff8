// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace meterscope {

// A site as the API describes it. Optional attributes the API omitted stay empty.
struct Site
{
    QString id;
    QString name;
    QString type;
    QString sourceSystemId;
    QString address;
    QString city;
    QString countryIsoCode;
    QString zipCode;
    QString stateProvince;
    QString timeZoneId; // IANA name, e.g. "Europe/Paris"; empty when the API gives none
    std::optional<double> latitude;
    std::optional<double> longitude;
    // Detail-only metadata (GET /sites/{id}).
    std::optional<double> grossAreaM2;
    std::optional<double> buildingOccupants;
    std::optional<double> weeklyOperatingHours;
    // Any other attribute the API gave, flattened ("metadata.visitDuration" → "45"), for the details panel.
    QList<QPair<QString, QString>> otherAttributes;
};

} // namespace meterscope

Q_DECLARE_METATYPE(meterscope::Site)
