// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace meterscope::emulator {

namespace {

void appendDigits(QByteArray *out, qint64 value, int width)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    for (qsizetype pad = width - (result.ptr - buffer); pad > 0; --pad)
        out->append('0');
    out->append(buffer, result.ptr - buffer);
}

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm): no QDateTime per point.
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

} // namespace

JsonWriter::JsonWriter()
{
    m_out.reserve(4096);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":");
    m_afterKey = true;
}

void JsonWriter::key(const QByteArray &name)
{
    separate();
    appendEscaped(name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::appendEscaped(const QByteArray &utf8)
{
    m_out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out.append("\\u00");
                m_out.append("0123456789abcdef"[(c >> 4) & 0xf]);
                m_out.append("0123456789abcdef"[c & 0xf]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::string(const QByteArray &utf8)
{
    separate();
    appendEscaped(utf8);
}

void JsonWriter::integer(qint64 value)
{
    separate();
    appendDigits(&m_out, value, 0);
}

void JsonWriter::number(double value)
{
    separate();
    if (!std::isfinite(value)) {
        m_out.append("null");
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::appendMilli(QByteArray *out, qint64 thousandths)
{
    if (thousandths < 0) {
        out->append('-');
        thousandths = -thousandths;
    }
    appendDigits(out, thousandths / 1000, 0);
    qint64 fraction = thousandths % 1000;
    if (fraction == 0)
        return;
    int width = 3;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --width;
    }
    out->append('.');
    appendDigits(out, fraction, width);
}

void JsonWriter::milli(qint64 thousandths, bool asString)
{
    separate();
    if (asString)
        m_out.append('"');
    appendMilli(&m_out, thousandths);
    if (asString)
        m_out.append('"');
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::appendUtc(QByteArray *out, qint64 utcMs, int fractionDigits)
{
    constexpr qint64 kDayMs = 86400000;
    qint64 days = utcMs / kDayMs;
    qint64 msOfDay = utcMs % kDayMs;
    if (msOfDay < 0) {
        msOfDay += kDayMs;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    appendDigits(out, year, 4);
    out->append('-');
    appendDigits(out, month, 2);
    out->append('-');
    appendDigits(out, day, 2);
    out->append('T');
    appendDigits(out, msOfDay / 3600000, 2);
    out->append(':');
    appendDigits(out, (msOfDay / 60000) % 60, 2);
    out->append(':');
    appendDigits(out, (msOfDay / 1000) % 60, 2);
    if (fractionDigits == 3) {
        out->append('.');
        appendDigits(out, msOfDay % 1000, 3);
    } else if (fractionDigits == 9) {
        out->append('.');
        appendDigits(out, (msOfDay % 1000) * 1000000, 9);
    }
    out->append('Z');
}

void JsonWriter::utcTimestamp(qint64 utcMs, int fractionDigits)
{
    separate();
    m_out.append('"');
    appendUtc(&m_out, utcMs, fractionDigits);
    m_out.append('"');
}

void JsonWriter::date(const QDate &date)
{
    separate();
    m_out.append('"');
    appendDigits(&m_out, date.year(), 4);
    m_out.append('-');
    appendDigits(&m_out, date.month(), 2);
    m_out.append('-');
    appendDigits(&m_out, date.day(), 2);
    m_out.append('"');
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

QByteArray JsonWriter::take()
{
    QByteArray out;
    out.swap(m_out);
    m_first.clear();
    m_afterKey = false;
    return out;
}

} // namespace meterscope::emulator
