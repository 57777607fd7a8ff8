// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrybudget.h"

namespace meterscope {

bool RetryBudget::tryAcquireRetry()
{
    int tokens = m_tokens.load();
    while (tokens >= m_cost) {
        if (m_tokens.compare_exchange_weak(tokens, tokens - m_cost))
            return true;
    }
    return false;
}

void RetryBudget::recordSuccess()
{
    int tokens = m_tokens.load();
    while (tokens < m_capacity && !m_tokens.compare_exchange_weak(tokens, tokens + 1)) {
    }
}

} // namespace meterscope
