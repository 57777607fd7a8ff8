// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatorrequest.h"
#include "emulator/faultspec.h"
#include "emulator/httpreply.h"

#include <QRegularExpression>

#include <functional>
#include <optional>
#include <vector>

namespace meterscope::emulator {

class ResponseWriter;

// The injected faults: which request gets one (count or deterministic fraction per path pattern)
// and what the faulty answer is.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed) : m_seed(seed) {}

    void add(const FaultSpec &fault);
    void clear() { m_faults.clear(); }
    // The fault this request gets, if any (consumes one of its count).
    std::optional<FaultSpec> take(const QString &path);
    // The faulty answer; `normal` produces the answer the request would have had (for truncation).
    static HttpReply reply(const FaultSpec &fault, const EmulatorRequest &request,
                           const ResponseWriter &writer, const std::function<HttpReply()> &normal);

private:
    struct Active
    {
        FaultSpec spec;
        QRegularExpression pattern;
        int remaining = 0;
        quint64 seen = 0;
        quint64 id = 0;
    };

    quint64 m_seed;
    quint64 m_added = 0;
    std::vector<Active> m_faults;
};

} // namespace meterscope::emulator
