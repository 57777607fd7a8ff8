// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

#include <limits>

namespace meterscope {

// Fast ISO 8601 text for many timestamps in one zone: "2025-03-30T01:00:00Z" (UTC) and
// "2025-03-30T03:00:00+02:00" (local, with the offset in force at that instant; milliseconds only
// when not zero). The zone is asked only when a timestamp leaves the span between two of its
// transitions, and each day's date text is computed once, so a row costs a few digit copies —
// never a QDateTime::toString. Not thread-safe (it caches); use one per thread.
class IsoTimestampWriter
{
public:
    // Longest text: "2025-03-30T03:00:00.123+05:45".
    static constexpr int kMaxLength = 29;

    explicit IsoTimestampWriter(const QTimeZone &zone = QTimeZone::utc());

    [[nodiscard]] QTimeZone zone() const { return m_zone; }
    // Each returns the end of what it wrote (at most kMaxLength bytes).
    char *writeUtc(char *out, qint64 utcMs);
    char *writeLocal(char *out, qint64 utcMs);
    // Spreadsheet spelling: "2025-03-30 03:00:00" (a space, no zone), which spreadsheets read as a
    // date and time in every locale, and the offset in force alone ("+02:00").
    char *writeUtcPlain(char *out, qint64 utcMs);
    char *writeLocalPlain(char *out, qint64 utcMs);
    char *writeOffset(char *out, qint64 utcMs);
    // The zone's offset from UTC in force at `utcMs`, in ms.
    [[nodiscard]] qint64 offsetMsAt(qint64 utcMs);
    [[nodiscard]] QString utcText(qint64 utcMs);
    [[nodiscard]] QString localText(qint64 utcMs);

private:
    struct DayText
    {
        qint64 day = std::numeric_limits<qint64>::min(); // days since 1970-01-01
        char text[11] = {};                              // "YYYY-MM-DD" + 'T'
    };

    void locateOffset(qint64 utcMs);
    static char *writeDateTime(char *out, qint64 msSinceEpoch, DayText *cache);

    QTimeZone m_zone;
    qint64 m_spanFromUtcMs = 1; // [from, to): the offset below holds; empty until first use
    qint64 m_spanToUtcMs = 0;
    qint64 m_offsetMs = 0;
    char m_offsetText[6] = {}; // "+05:45"
    DayText m_utcDay;
    DayText m_localDay;
};

} // namespace meterscope
