// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace meterscope::emulator {

// A small streaming JSON writer: appends straight into one QByteArray (std::to_chars for numbers),
// so a year of points is serialised without building a QJsonObject per point. Commas are handled
// by the writer; keys and strings are escaped.
class JsonWriter
{
public:
    JsonWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);
    void key(const QByteArray &name);

    void string(const QByteArray &utf8);
    void string(const QString &text) { string(text.toUtf8()); }
    void string(const char *utf8) { string(QByteArray(utf8)); }
    void integer(qint64 value);
    void number(double value);
    // A fixed-point value given in thousandths ("12.5" for 12500), written as a number or a string.
    void milli(qint64 thousandths, bool asString = false);
    void boolean(bool value);
    void null();
    // RFC 3339 UTC ("2025-03-30T00:00:00Z"); fractionDigits 0, 3 or 9.
    void utcTimestamp(qint64 utcMs, int fractionDigits = 0);
    void date(const QDate &date);
    // Already-serialised JSON.
    void raw(const QByteArray &json);

    [[nodiscard]] const QByteArray &data() const { return m_out; }
    QByteArray take();

    // The text of a fixed-point value given in thousandths, without trailing zeros.
    static void appendMilli(QByteArray *out, qint64 thousandths);
    static void appendUtc(QByteArray *out, qint64 utcMs, int fractionDigits);

private:
    void separate();
    void appendEscaped(const QByteArray &utf8);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace meterscope::emulator
