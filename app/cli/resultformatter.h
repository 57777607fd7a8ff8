// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/outputformat.h"

#include <QByteArray>

#include <memory>

namespace meterscope {

class ResultTable;

// Turns a ResultTable into the bytes the CLI prints (UTF-8, ending with a newline).
class ResultFormatter
{
public:
    virtual ~ResultFormatter() = default;
    [[nodiscard]] virtual QByteArray format(const ResultTable &table) const = 0;

    static std::unique_ptr<ResultFormatter> create(OutputFormat format);
};

} // namespace meterscope
