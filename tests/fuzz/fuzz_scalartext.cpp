// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers sent as strings and RFC 3339 timestamps → ScalarText, through both of its entry points
// (UTF-8 bytes for simdjson, QStringView for QJsonDocument), which must agree.
#include "api/scalartext.h"
#include "fuzzcheck.h"

#include <QString>

#include <cmath>
#include <string>
#include <string_view>

using namespace meterscope;

namespace {

// 0000-01-01 and 10000-01-01 (UTC), widened by the largest offset a timestamp or zone can add.
constexpr qint64 kEarliestMs = -62167219200000LL - 2 * 86400000LL;
constexpr qint64 kLatestMs = 253402300800000LL + 2 * 86400000LL;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// The number grammar ScalarText promises: blanks, one optional sign, digits with an optional
// fraction (or a fraction alone), an optional exponent, blanks.
bool looksLikeNumber(std::string_view text)
{
    text = trimmed(text);
    size_t pos = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
        ++pos;
    size_t mantissaDigits = 0;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos, ++mantissaDigits;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos, ++mantissaDigits;
    }
    if (mantissaDigits == 0)
        return false;
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
            ++pos;
        size_t exponentDigits = 0;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos, ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return pos == text.size();
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) > 0x7f)
            return false;
    }
    return true;
}

void checkNumber(std::string_view text, const QString &utf16)
{
    double value = 0;
    const bool ok = ScalarText::parseNumber(text, &value);
    if (ok) {
        FUZZ_CHECK(std::isfinite(value));
        FUZZ_CHECK(looksLikeNumber(text));
    }
    if (isAscii(text)) {
        double viaView = 0;
        FUZZ_CHECK(ScalarText::parseNumber(QStringView(utf16), &viaView) == ok);
        FUZZ_CHECK(!ok || viaView == value);
    }
}

void checkTimestamp(std::string_view text, const QString &utf16)
{
    static const QTimeZone kolkata("Asia/Kolkata");
    static const QTimeZone lordHowe("Australia/Lord_Howe"); // half-hour DST shift
    qint64 utcMs = 0;
    const bool ok = ScalarText::parseTimestamp(text, QTimeZone(), &utcMs);
    if (isAscii(text)) {
        qint64 viaView = 0;
        FUZZ_CHECK(ScalarText::parseTimestamp(QStringView(utf16), QTimeZone(), &viaView) == ok);
        FUZZ_CHECK(!ok || viaView == utcMs);
    }
    if (!ok)
        return;
    FUZZ_CHECK(utcMs >= kEarliestMs && utcMs <= kLatestMs);
    const std::string_view core = trimmed(text);
    if (core.size() != 10)
        return;
    // A date-only value is that day's midnight: in UTC, the same instant as its explicit form.
    qint64 explicitMs = 0;
    const std::string midnight = std::string(core) + "T00:00:00Z";
    FUZZ_CHECK(ScalarText::parseTimestamp(std::string_view(midnight), QTimeZone(), &explicitMs));
    FUZZ_CHECK(utcMs == explicitMs);
    // In a site's zone it moves by that zone's offset at most (no zone is more than 14 h off UTC).
    for (const QTimeZone *zone : {&kolkata, &lordHowe}) {
        qint64 localMs = 0;
        FUZZ_CHECK(ScalarText::parseTimestamp(text, *zone, &localMs));
        FUZZ_CHECK(std::llabs(localMs - utcMs) <= 14 * 3600 * 1000LL);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const QString utf16 = QString::fromUtf8(text.data(), qsizetype(text.size()));
    checkNumber(text, utf16);
    checkTimestamp(text, utf16);
    return 0;
}
