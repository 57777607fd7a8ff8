// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/resultformatter.h"

namespace meterscope {

// RFC 4180 CSV with a header row of the column keys; '.' as decimal point.
class CsvFormatter final : public ResultFormatter
{
public:
    [[nodiscard]] QByteArray format(const ResultTable &table) const override;
};

} // namespace meterscope
