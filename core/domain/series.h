// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/commodity.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace meterscope {

// One time series as fetched: interval starts in UTC milliseconds and the value within each
// interval, sorted by time, one point per timestamp. Missing intervals are absent (a gap).
struct Series
{
    QString key;
    QString siteId;
    QString meterId;
    QString measurementId;
    QString name;
    QString unit;
    Commodity commodity = Commodity::Unknown;
    QString interval; // the API's interval name, e.g. "15min"
    std::vector<qint64> utcMs;
    std::vector<double> values;
    std::vector<qint64> updatedAtUtcMs; // same length as utcMs; 0 when the API gave none
    int ignoredPoints = 0;              // points skipped because their value or date was unusable

    [[nodiscard]] qsizetype size() const { return qsizetype(utcMs.size()); }
    [[nodiscard]] bool isEmpty() const { return utcMs.empty(); }
};

} // namespace meterscope

Q_DECLARE_METATYPE(meterscope::Series)
