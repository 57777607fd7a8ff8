// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatoroptions.h"

#include <QDateTime>
#include <QTimeZone>

namespace meterscope::fixture {

// The instant the main window's tests take as "now" on the demo: a Wednesday in June 2025.
inline const QDateTime kDemoNow(QDate(2025, 6, 18), QTime(10, 0), QTimeZone::utc());

// The demo emulator as the main window's tests start it: its clock at kDemoNow, no request log.
inline emulator::EmulatorOptions demoEmulatorOptions()
{
    emulator::EmulatorOptions options;
    options.now = kDemoNow;
    options.quiet = true;
    return options;
}

} // namespace meterscope::fixture
