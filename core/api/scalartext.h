// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QTimeZone>

#include <string_view>

namespace meterscope {

// Strict parsers for the scalar texts the API sends: numbers given as strings and RFC 3339
// timestamps. Both JSON readers (QJsonDocument for metadata, simdjson for series) use them, so a
// value means the same whichever path read it. They fail instead of returning a default.
class ScalarText
{
public:
    // "12.5", "-3", "+4", "1e3" (one sign at most; surrounding blanks allowed). False for anything
    // else, NaN, infinities and values beyond the range of a double (too large or too small).
    static bool parseNumber(std::string_view text, double *value);
    static bool parseNumber(QStringView text, double *value);

    // "2025-03-30T00:00:00Z", with 0–9 fractional digits on the seconds and "Z" or a ±hh:mm offset,
    // or a date-only "2025-03-30", which means the start of that local day in `dateOnlyZone` (UTC
    // when invalid): midnight, or the first instant after a clock change that skips midnight.
    // Years 0001–9999. A date-time without an offset is rejected: its zone would be a guess. So are
    // dates that do not exist (month 13, day 32, 29 February 2025, a day the zone skipped), hour 24,
    // and a second 60 that is not the last second of a UTC day (a leap second, read as 23:59:59.999).
    // `utcMs` is left untouched on failure.
    static bool parseTimestamp(std::string_view text, const QTimeZone &dateOnlyZone, qint64 *utcMs);
    static bool parseTimestamp(QStringView text, const QTimeZone &dateOnlyZone, qint64 *utcMs);
};

} // namespace meterscope
