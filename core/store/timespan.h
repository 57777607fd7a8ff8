// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace meterscope {

// A half-open span of time [fromUtcMs, toUtcMs) in UTC milliseconds.
struct TimeSpan
{
    qint64 fromUtcMs = 0;
    qint64 toUtcMs = 0;

    [[nodiscard]] bool isEmpty() const { return toUtcMs <= fromUtcMs; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

} // namespace meterscope
