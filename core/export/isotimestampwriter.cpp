// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/isotimestampwriter.h"

#include <QDateTime>

#include <cstdlib>
#include <cstring>
#include <limits>

namespace meterscope {

namespace {

constexpr qint64 kDayMs = 86400000;

constexpr char kTwoDigits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859606162636465666768697071727374757677787980"
    "81828384858687888990919293949596979899";

char *writeTwoDigits(char *out, int value)
{
    std::memcpy(out, kTwoDigits + 2 * value, 2);
    return out + 2;
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor < 0) ? quotient - 1 : quotient;
}

// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

} // namespace

IsoTimestampWriter::IsoTimestampWriter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

void IsoTimestampWriter::locateOffset(qint64 utcMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    const int offsetSeconds = m_zone.offsetFromUtc(at);
    m_offsetMs = qint64(offsetSeconds) * 1000;
    m_spanFromUtcMs = std::numeric_limits<qint64>::min();
    m_spanToUtcMs = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (previous.atUtc.isValid())
            m_spanFromUtcMs = previous.atUtc.toMSecsSinceEpoch();
        if (next.atUtc.isValid())
            m_spanToUtcMs = next.atUtc.toMSecsSinceEpoch();
        if (m_spanFromUtcMs > utcMs || m_spanToUtcMs <= utcMs) { // backend disagrees: cache nothing
            m_spanFromUtcMs = utcMs;
            m_spanToUtcMs = utcMs + 1;
        }
    }
    const int minutes = std::abs(offsetSeconds) / 60;
    m_offsetText[0] = offsetSeconds < 0 ? '-' : '+';
    writeTwoDigits(m_offsetText + 1, minutes / 60 % 100);
    m_offsetText[3] = ':';
    writeTwoDigits(m_offsetText + 4, minutes % 60);
}

char *IsoTimestampWriter::writeDateTime(char *out, qint64 msSinceEpoch, DayText *cache)
{
    const qint64 day = floorDiv(msSinceEpoch, kDayMs);
    if (day != cache->day) {
        qint64 year = 0;
        int month = 0;
        int dayOfMonth = 0;
        civilFromDays(day, &year, &month, &dayOfMonth);
        const int clampedYear = int(qBound(qint64(0), year, qint64(9999)));
        char *text = cache->text;
        text = writeTwoDigits(text, clampedYear / 100);
        text = writeTwoDigits(text, clampedYear % 100);
        *text++ = '-';
        text = writeTwoDigits(text, month);
        *text++ = '-';
        text = writeTwoDigits(text, dayOfMonth);
        *text = 'T';
        cache->day = day;
    }
    std::memcpy(out, cache->text, sizeof(cache->text));
    out += sizeof(cache->text);
    const qint64 msOfDay = msSinceEpoch - day * kDayMs;
    const int seconds = int(msOfDay / 1000);
    out = writeTwoDigits(out, seconds / 3600);
    *out++ = ':';
    out = writeTwoDigits(out, seconds / 60 % 60);
    *out++ = ':';
    out = writeTwoDigits(out, seconds % 60);
    if (const int ms = int(msOfDay % 1000); ms != 0) {
        *out++ = '.';
        *out++ = char('0' + ms / 100);
        out = writeTwoDigits(out, ms % 100);
    }
    return out;
}

char *IsoTimestampWriter::writeUtc(char *out, qint64 utcMs)
{
    out = writeDateTime(out, utcMs, &m_utcDay);
    *out++ = 'Z';
    return out;
}

char *IsoTimestampWriter::writeLocal(char *out, qint64 utcMs)
{
    if (utcMs < m_spanFromUtcMs || utcMs >= m_spanToUtcMs)
        locateOffset(utcMs);
    out = writeDateTime(out, utcMs + m_offsetMs, &m_localDay);
    std::memcpy(out, m_offsetText, sizeof(m_offsetText));
    return out + sizeof(m_offsetText);
}

char *IsoTimestampWriter::writeUtcPlain(char *out, qint64 utcMs)
{
    char *const begin = out;
    out = writeDateTime(out, utcMs, &m_utcDay);
    begin[10] = ' ';
    return out;
}

char *IsoTimestampWriter::writeLocalPlain(char *out, qint64 utcMs)
{
    if (utcMs < m_spanFromUtcMs || utcMs >= m_spanToUtcMs)
        locateOffset(utcMs);
    char *const begin = out;
    out = writeDateTime(out, utcMs + m_offsetMs, &m_localDay);
    begin[10] = ' ';
    return out;
}

char *IsoTimestampWriter::writeOffset(char *out, qint64 utcMs)
{
    if (utcMs < m_spanFromUtcMs || utcMs >= m_spanToUtcMs)
        locateOffset(utcMs);
    std::memcpy(out, m_offsetText, sizeof(m_offsetText));
    return out + sizeof(m_offsetText);
}

qint64 IsoTimestampWriter::offsetMsAt(qint64 utcMs)
{
    if (utcMs < m_spanFromUtcMs || utcMs >= m_spanToUtcMs)
        locateOffset(utcMs);
    return m_offsetMs;
}

QString IsoTimestampWriter::utcText(qint64 utcMs)
{
    char buffer[kMaxLength];
    const char *end = writeUtc(buffer, utcMs);
    return QString::fromLatin1(buffer, end - buffer);
}

QString IsoTimestampWriter::localText(qint64 utcMs)
{
    char buffer[kMaxLength];
    const char *end = writeLocal(buffer, utcMs);
    return QString::fromLatin1(buffer, end - buffer);
}

} // namespace meterscope
