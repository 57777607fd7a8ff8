// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/resultformatter.h"

#include "cli/csvformatter.h"
#include "cli/jsonformatter.h"
#include "cli/tableformatter.h"

namespace meterscope {

std::unique_ptr<ResultFormatter> ResultFormatter::create(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return std::make_unique<JsonFormatter>();
    case OutputFormat::Csv:
        return std::make_unique<CsvFormatter>();
    case OutputFormat::Table:
    case OutputFormat::Xlsx: // only export writes workbooks, without a formatter
        break;
    }
    return std::make_unique<TableFormatter>();
}

} // namespace meterscope
