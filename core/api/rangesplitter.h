// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

namespace meterscope {

// Splits a time range [from, to) into consecutive spans no longer than the API allows per request.
class RangeSplitter
{
public:
    struct Span
    {
        QDateTime from; // inclusive, UTC
        QDateTime to;   // exclusive, UTC
        friend bool operator==(const Span &, const Span &) = default;
    };

    // Empty when the range is invalid or empty. A maxSpanDays below 1 is treated as 1.
    static QList<Span> split(const QDateTime &from, const QDateTime &to, int maxSpanDays);
};

} // namespace meterscope
