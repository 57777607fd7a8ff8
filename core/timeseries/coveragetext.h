// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace meterscope {

// A coverage percentage as people read it, without the "%": "100" only for complete data; anything
// less is rounded down to one decimal ("99.9" for 99.97 %), and "< 0.1" for a trace of data, so a
// partial period never reads as complete and a period with data never reads as empty.
QString coveragePercentText(double percent, const QLocale &locale = QLocale());

} // namespace meterscope
