// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/coveragetext.h"

#include <cmath>

namespace meterscope {

QString coveragePercentText(double percent, const QLocale &locale)
{
    if (percent >= 100.0)
        return locale.toString(100);
    if (percent > 0 && percent < 0.1)
        return QStringLiteral("< ") + locale.toString(0.1, 'f', 1);
    return locale.toString(std::floor(std::max(percent, 0.0) * 10.0) / 10.0, 'f', 1);
}

} // namespace meterscope
