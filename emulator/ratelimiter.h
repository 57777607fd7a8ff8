// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace meterscope::emulator {

// A token bucket: `perSecond` requests a second on average, bursts of `burst`. Off when perSecond ≤ 0.
class RateLimiter
{
public:
    RateLimiter();

    void configure(int perSecond, int burst);
    // -1 when the request may pass, else the seconds the client should wait (Retry-After).
    int admit();

private:
    QElapsedTimer m_clock;
    int m_perSecond = 0;
    int m_burst = 1;
    double m_tokens = 0.0;
    qint64 m_lastMs = 0;
};

} // namespace meterscope::emulator
