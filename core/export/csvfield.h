// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace meterscope {

// One CSV field as UTF-8 (RFC 4180): quoted, with inner quotes doubled, when it holds a comma,
// a quote or a line break; otherwise as is. Every CSV Meterscope writes goes through this.
QByteArray csvField(const QString &text);

} // namespace meterscope
