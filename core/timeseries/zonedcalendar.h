// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/granularity.h"

#include <QTimeZone>

#include <vector>

namespace meterscope {

// Period boundaries in one IANA time zone, as UTC milliseconds. Days start at local midnight
// (or the first valid local time after it), weeks on Monday, months on the 1st, so a local day
// spans 23, 24 or 25 hours. Fifteen-minute and hourly periods are aligned in local time too, which
// keeps :30 and :45 offsets (Asia/Kolkata, Asia/Kathmandu) on their local quarter-hours; a UTC
// offset change that is not on such a boundary (Australia/Lord_Howe's 30-minute shift) also
// starts a new period.
class ZonedCalendar
{
public:
    explicit ZonedCalendar(const QTimeZone &zone);
    // An unknown or empty zone id falls back to UTC.
    static ZonedCalendar forZoneId(const QByteArray &ianaId);

    [[nodiscard]] QTimeZone zone() const { return m_zone; }
    // Start of the period that contains utcMs.
    [[nodiscard]] qint64 periodStart(qint64 utcMs, Granularity granularity) const;
    // Start of the period after the one that starts at (or contains) utcMs.
    [[nodiscard]] qint64 nextPeriodStart(qint64 utcMs, Granularity granularity) const;
    // Start of the local calendar day containing utcMs.
    [[nodiscard]] qint64 startOfDay(qint64 utcMs) const { return periodStart(utcMs, Granularity::Day); }
    // The UTC instant of a local date at its first valid time (midnight unless a DST gap skips it;
    // when midnight happens twice, the first one).
    [[nodiscard]] qint64 startOfLocalDate(const QDate &date) const;
    [[nodiscard]] QDateTime toLocal(qint64 utcMs) const;

    // Local calendar date of an instant.
    [[nodiscard]] QDate localDate(qint64 utcMs) const;
    // UTC offset in seconds in force at utcMs (e.g. 7200 for Paris in summer).
    [[nodiscard]] int offsetSeconds(qint64 utcMs) const;
    // Every period start from the one containing fromMs up to the first start at or after toMs
    // (that last value closes the final period), so the result holds n + 1 edges for n periods.
    // Empty when toMs <= fromMs. Fast for long fine-grained ranges: between UTC offset changes
    // fifteen-minute and hourly edges are fixed steps.
    [[nodiscard]] std::vector<qint64> periodEdges(qint64 fromMs, qint64 toMs, Granularity granularity) const;
    // ISO 8601 local time with the offset, "2025-03-30T03:00:00+02:00" (seconds precision).
    [[nodiscard]] QString isoWithOffset(qint64 utcMs) const;
    // True when every UTC offset in force during [fromMs, toMs) is a whole number of hours, i.e. UTC
    // hours are also local hours (false for Asia/Kolkata, Asia/Kathmandu, Australia/Adelaide).
    [[nodiscard]] bool hasWholeHourOffsets(qint64 fromMs, qint64 toMs) const;

private:
    [[nodiscard]] qint64 alignedSubDayStart(qint64 utcMs, qint64 stepMs) const;

    QTimeZone m_zone;
};

} // namespace meterscope
