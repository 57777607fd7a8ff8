// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace meterscope {

// Constant text CsvWriter repeats on every row (",Europe/Paris", ",kWh,<meter>,<measurement>\n"),
// padded so that a short one is copied with one fixed-size memcpy the compiler inlines: a libc call
// with a variable length per row cost more than formatting the row's numbers (3x slower rows).
class CsvRowText
{
public:
    static constexpr qsizetype kShortCopy = 64; // the output buffer needs this much slack

    explicit CsvRowText(const QByteArray &text) : m_padded(text), m_size(text.size())
    {
        m_padded.resize(std::max(m_size, kShortCopy));
    }

    [[nodiscard]] qsizetype size() const { return m_size; }
    // Writes the text at `out` (and up to kShortCopy bytes of padding after it); returns its end.
    char *appendTo(char *out) const
    {
        if (m_size <= kShortCopy)
            std::memcpy(out, m_padded.constData(), kShortCopy);
        else
            std::memcpy(out, m_padded.constData(), size_t(m_size));
        return out + m_size;
    }

private:
    QByteArray m_padded;
    qsizetype m_size;
};

} // namespace meterscope
