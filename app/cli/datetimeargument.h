// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace meterscope {

// Reads a --from/--to value: a date ("2025-03-01", its midnight) or a date-time
// ("2025-03-01T10:00", seconds optional, 'T' or a space). A value with "Z" or an offset
// ("+02:00") is that instant; a value without one is read as local time in `zone`.
// Returns an invalid QDateTime when the text is neither.
QDateTime parseDateTimeArgument(const QString &text, const QTimeZone &zone);

} // namespace meterscope
