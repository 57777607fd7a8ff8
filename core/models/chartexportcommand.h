// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvdialect.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace meterscope {

class ChartDocument;
struct ChartTarget;

// The `meterscope-cli export` command that writes what a chart document holds: the same targets
// (in order), range, granularity, comparison, axis zone and view, so that running it writes the same
// data rows as the desktop app's CSV export. Every export's provenance carries it.
//
//   meterscope-cli --base-url URL --format csv export --target SITE[/METER] ... --from T --to T
//       --granularity G [--compare previous|last-year] --zone ZONE [--view-from T --view-to T]
//       [--now T] [--dialect spreadsheet:LOCALE]
// --now is there when the range was still in progress: time after it is not counted missing.
//
// A target is a site id, or a site id and a meter id joined by '/'; '%' and '/' inside an id are
// written %25 and %2F. Times are ISO 8601 with the offset in force in the axis zone.
class ChartExportCommand
{
public:
    // [from, to) in UTC ms: the part of the document's range exported (--view-from, --view-to).
    using View = std::pair<qint64, qint64>;

    // The arguments after the program name; `baseUrl` empty: no --base-url.
    // `format`: "csv" or "xlsx". `view`: the part exported (default: the document's view).
    [[nodiscard]] static QStringList arguments(const ChartDocument &document, const QUrl &baseUrl,
                                               const CsvDialect &dialect = CsvDialect::rfc4180(),
                                               const QString &format = QStringLiteral("csv"),
                                               std::optional<View> view = std::nullopt);
    // "meterscope-cli " and the arguments, shell-quoted.
    [[nodiscard]] static QString commandLine(const ChartDocument &document, const QUrl &baseUrl,
                                             const CsvDialect &dialect = CsvDialect::rfc4180(),
                                             const QString &format = QStringLiteral("csv"),
                                             std::optional<View> view = std::nullopt);

    [[nodiscard]] static QString targetArgument(const ChartTarget &target);
    // Reads a --target value; false when it is not one (empty ids, more than one '/').
    static bool parseTargetArgument(const QString &text, QString *siteId, QString *meterId);
};

} // namespace meterscope
