// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace meterscope {

// A text cell that a spreadsheet cannot take for a formula: text starting with '=', '+', '-', '@',
// a tab or a carriage return gets a leading apostrophe ("=HYPERLINK(…)" → "'=HYPERLINK(…)"), as
// OWASP's CSV-injection guidance recommends. Numbers are written by their own writers, never
// through this, so they stay numbers.
QString spreadsheetSafeText(const QString &text);

// One RFC 4180 field holding text: made spreadsheet-safe, then quoted when it contains the
// separator, a quote or a line break (quotes doubled), UTF-8.
QByteArray csvField(const QString &text, char separator = ',');

// One RFC 4180 field holding a number already formatted ("-12.5"): quoted only if it must be, never
// altered.
QByteArray csvNumberField(const QString &text, char separator = ',');

} // namespace meterscope
