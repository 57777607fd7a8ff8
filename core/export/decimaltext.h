// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// Longest text writeDecimal() produces.
inline constexpr int kMaxDecimalLength = 32;

// Writes `value` with a '.' decimal point and at most 6 decimals, trailing zeros trimmed
// ("12.5", "3", "0.123457"), whatever the locale. Very large magnitudes use exponent notation.
// Returns the end of what was written (at most kMaxDecimalLength bytes). NaN and infinities write nothing.
char *writeDecimal(char *out, double value);
// The same as a QString, for tables and JSON-less output.
QString decimalText(double value);

} // namespace meterscope
