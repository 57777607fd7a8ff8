// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/resultformatter.h"

namespace meterscope {

// JSON for scripts: an array of objects (a single record: one object) whose keys are the table's columns,
// always all present (null when absent).
class JsonFormatter final : public ResultFormatter
{
public:
    [[nodiscard]] QByteArray format(const ResultTable &table) const override;
};

} // namespace meterscope
