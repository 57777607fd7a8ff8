// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/granularity.h"

#include <QTimeZone>

namespace meterscope {

// Period boundaries in one IANA time zone, as UTC milliseconds. Days start at local midnight
// (or the first valid local time after it), weeks on Monday, months on the 1st, so a local day
// spans 23, 24 or 25 hours. Fifteen-minute and hourly periods are aligned in local time too, which
// keeps :30 and :45 offsets (Asia/Kolkata, Asia/Kathmandu) on their local quarter-hours.
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
    // The UTC instant of a local date at its first valid time (midnight unless a DST gap skips it).
    [[nodiscard]] qint64 startOfLocalDate(const QDate &date) const;
    [[nodiscard]] QDateTime toLocal(qint64 utcMs) const;

private:
    QTimeZone m_zone;
};

} // namespace meterscope
