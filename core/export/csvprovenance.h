// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace meterscope {

// What a CSV export records about where its numbers came from, so it can be traced and re-run.
// Per-series facts (meter, measurement, unit) come from the series themselves.
struct CsvProvenance
{
    QString sourceHost; // host of the API base URL
    QString siteId;
    QString siteName;
    QString granularity;   // "15min", "daily", ... as requested
    QDateTime from;        // inclusive
    QDateTime to;          // exclusive
    QDateTime generatedAt; // invalid = the time writing starts
    std::optional<double> coveragePercent;
    // When the oldest data in the file that could still change was fetched from the API (the local
    // cache may have answered for it).
    std::optional<qint64> dataAsOfUtcMs;
    // The meterscope-cli command that writes the same data rows again (arguments shell-quoted).
    QString command;
    QStringList notes; // further "#note" records
};

} // namespace meterscope
