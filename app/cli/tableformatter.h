// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/resultformatter.h"

namespace meterscope {

// An aligned text table for people; a single record as a key/value list. Numeric columns are right-aligned.
class TableFormatter final : public ResultFormatter
{
public:
    [[nodiscard]] QByteArray format(const ResultTable &table) const override;
};

} // namespace meterscope
