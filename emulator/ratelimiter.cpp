// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace meterscope::emulator {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::configure(int perSecond, int burst)
{
    m_perSecond = perSecond;
    m_burst = std::max(1, burst);
    m_tokens = m_burst;
    m_lastMs = m_clock.elapsed();
}

int RateLimiter::admit()
{
    if (m_perSecond <= 0)
        return -1;
    const qint64 nowMs = m_clock.elapsed();
    m_tokens = std::min(double(m_burst), m_tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0);
    m_lastMs = nowMs;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return -1;
    }
    return std::max(1, int(std::ceil((1.0 - m_tokens) / m_perSecond)));
}

} // namespace meterscope::emulator
