// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/outputformat.h"

#include <array>

namespace meterscope {

bool outputFormatFromName(const QString &name, OutputFormat *format)
{
    constexpr std::array<std::pair<OutputFormat, const char *>, 4> kNames{{
        {OutputFormat::Table, "table"},
        {OutputFormat::Json, "json"},
        {OutputFormat::Csv, "csv"},
        {OutputFormat::Xlsx, "xlsx"},
    }};
    for (const auto &[value, key] : kNames) {
        if (name.compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
            *format = value;
            return true;
        }
    }
    return false;
}

} // namespace meterscope
