// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/scalartext.h"

#include <QDateTime>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>

namespace meterscope {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Reads exactly `count` decimal digits at `pos`.
bool digits(std::string_view text, size_t pos, size_t count, int *value)
{
    if (pos + count > text.size())
        return false;
    int result = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// QStringView → ASCII bytes; false when the text holds anything else (no number or date does).
template <typename Parse> bool viaAscii(QStringView text, Parse parse)
{
    QVarLengthArray<char, 64> bytes(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return false;
        bytes[i] = char(c);
    }
    return parse(std::string_view(bytes.data(), size_t(bytes.size())));
}

} // namespace

bool ScalarText::parseNumber(std::string_view text, double *value)
{
    text = trimmed(text);
    // One sign at most: from_chars reads a '-' itself, so a '+' it does not take may not precede one.
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-')
            return false;
    }
    if (text.empty())
        return false;
    double result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result))
        return false;
    *value = result;
    return true;
}

bool ScalarText::parseNumber(QStringView text, double *value)
{
    return viaAscii(text, [value](std::string_view ascii) { return parseNumber(ascii, value); });
}

bool ScalarText::parseTimestamp(std::string_view text, const QTimeZone &dateOnlyZone, qint64 *utcMs)
{
    text = trimmed(text);
    int year = 0, month = 0, day = 0;
    if (!digits(text, 0, 4, &year) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, &month) ||
        text[7] != '-' || !digits(text, 8, 2, &day))
        return false;
    // Year 0 is no year of the calendar local dates are computed in (QDate has none).
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    if (text.size() == 10) {
        // The start of that local day: midnight, or the first instant after a clock change that skips
        // it. A date the zone skipped altogether never began (QDate gives an invalid start).
        const QDateTime start =
            QDate(year, month, day).startOfDay(dateOnlyZone.isValid() ? dateOnlyZone : QTimeZone::utc());
        if (!start.isValid())
            return false;
        *utcMs = start.toMSecsSinceEpoch();
        return true;
    }
    const char separator = text[10];
    if (separator != 'T' && separator != 't' && separator != ' ')
        return false;
    int hour = 0, minute = 0, second = 0;
    if (!digits(text, 11, 2, &hour) || text.size() < 16 || text[13] != ':' || !digits(text, 14, 2, &minute))
        return false;
    size_t pos = 16;
    bool hasSeconds = false;
    if (pos < text.size() && text[pos] == ':') {
        if (!digits(text, pos + 1, 2, &second))
            return false;
        pos += 3;
        hasSeconds = true;
    }
    int millis = 0;
    // A fraction belongs to the seconds; "00:15.5" (a fraction of a minute) is refused below.
    if (hasSeconds && pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        size_t count = 0;
        int scale = 100;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (count < 3) {
                millis += (text[pos] - '0') * scale;
                scale /= 10;
            }
            ++pos;
            ++count;
        }
        if (count == 0 || count > 9)
            return false;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    int offsetMinutes = 0;
    if (pos >= text.size())
        return false; // no offset: refuse to guess the zone
    const char zone = text[pos];
    if (zone == 'Z' || zone == 'z') {
        ++pos;
    } else if (zone == '+' || zone == '-') {
        int offsetHours = 0, offsetMins = 0;
        if (!digits(text, pos + 1, 2, &offsetHours))
            return false;
        pos += 3;
        if (pos < text.size()) {
            if (text[pos] == ':')
                ++pos;
            if (!digits(text, pos, 2, &offsetMins))
                return false;
            pos += 2;
        }
        if (offsetHours > 23 || offsetMins > 59)
            return false;
        offsetMinutes = (offsetHours * 60 + offsetMins) * (zone == '-' ? -1 : 1);
    } else {
        return false;
    }
    if (pos != text.size())
        return false;
    if (second == 60) {
        // A leap second is the last second of a UTC day, whatever the offset it is written in. It is
        // kept inside that day, at its last millisecond, so it never lands on the next day's first point.
        constexpr int kMinutesPerDay = 24 * 60;
        const int utcMinuteOfDay =
            ((hour * 60 + minute - offsetMinutes) % kMinutesPerDay + kMinutesPerDay) % kMinutesPerDay;
        if (utcMinuteOfDay != kMinutesPerDay - 1)
            return false;
        second = 59;
        millis = 999;
    }
    const qint64 seconds =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    *utcMs = seconds * 1000 + millis;
    return true;
}

bool ScalarText::parseTimestamp(QStringView text, const QTimeZone &dateOnlyZone, qint64 *utcMs)
{
    return viaAscii(text, [&](std::string_view ascii) { return parseTimestamp(ascii, dateOnlyZone, utcMs); });
}

} // namespace meterscope
