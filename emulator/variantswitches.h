// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatoroptions.h"
#include "emulator/faultspec.h"

#include <QString>

#include <span>

// The names of the emulator's switches, shared by the command line and the /_emulator/ controls so
// both spell every variant the same way.
namespace meterscope::emulator::variantswitches {

// An on/off variant of api-contract.md §6.
struct Flag
{
    const char *name; // "flat-site"
    const char *description;
    bool ResponseVariants::*member;
};

std::span<const Flag> flags();

// "none" | "items" | "named"
bool parseEnvelope(const QString &name, ResponseVariants::Envelope *envelope);
// "as-is" | "upper" | "lower"
bool parseEnumCase(const QString &name, ResponseVariants::EnumCase *enumCase);
// "problem" | "gateway" | "oauth" | "empty" | "html"
bool parseErrorShape(const QString &name, ResponseVariants::ErrorShape *shape);
// "status" | "malformed-json" | "truncated-body" | "stall" | "drip" | "redirect"
bool parseFaultKind(const QString &name, FaultSpec::Kind *kind);

} // namespace meterscope::emulator::variantswitches
