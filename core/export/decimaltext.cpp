// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/decimaltext.h"

#include <charconv>
#include <cmath>

namespace meterscope {

char *writeDecimal(char *out, double value)
{
    if (!std::isfinite(value))
        return out;
    char *const end = out + kMaxDecimalLength;
    // Fixed notation of numbers of 1e15 and more could take hundreds of digits.
    if (std::fabs(value) >= 1e15)
        return std::to_chars(out, end, value).ptr;
    char *last = std::to_chars(out, end, value, std::chars_format::fixed, 6).ptr;
    while (last[-1] == '0')
        --last;
    if (last[-1] == '.')
        --last;
    if (last - out == 2 && out[0] == '-' && out[1] == '0') { // -0.0000001 rounds to "-0"
        out[0] = '0';
        return out + 1;
    }
    return last;
}

QString decimalText(double value)
{
    char buffer[kMaxDecimalLength];
    const char *end = writeDecimal(buffer, value);
    return QString::fromLatin1(buffer, end - buffer);
}

} // namespace meterscope
