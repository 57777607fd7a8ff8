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
    // "12.5", "-3", "1e3" (surrounding blanks allowed). False for anything else, NaN and infinities.
    static bool parseNumber(std::string_view text, double *value);
    static bool parseNumber(QStringView text, double *value);

    // "2025-03-30T00:00:00Z", with 0–9 fractional digits and "Z" or a ±hh:mm offset, or a
    // date-only "2025-03-30", which means local midnight in `dateOnlyZone` (UTC when invalid).
    // A date-time without an offset is rejected: its zone would be a guess.
    static bool parseTimestamp(std::string_view text, const QTimeZone &dateOnlyZone, qint64 *utcMs);
    static bool parseTimestamp(QStringView text, const QTimeZone &dateOnlyZone, qint64 *utcMs);
};

} // namespace meterscope
