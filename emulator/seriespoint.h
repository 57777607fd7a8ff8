// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace meterscope::emulator {

// One served point: interval start (UTC ms), value in thousandths, when it was last updated.
struct SeriesPoint
{
    qint64 utcMs = 0;
    qint64 milli = 0;
    qint64 updatedAtMs = 0;
};

} // namespace meterscope::emulator
