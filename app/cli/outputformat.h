// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// How the CLI prints results: an aligned table for people, JSON or CSV for scripts.
enum class OutputFormat
{
    Table,
    Json,
    Csv,
    Xlsx // a workbook file (export --output FILE only)
};

// "table", "json", "csv" (case-insensitive); false when unknown.
bool outputFormatFromName(const QString &name, OutputFormat *format);

} // namespace meterscope
