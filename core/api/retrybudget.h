// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace meterscope {

// A token bucket that bounds retries across all requests (as AWS SDKs do): each retry costs
// `retryCost`, each success without a retry gives one back. When a service is down, every request
// fails after its first attempt instead of multiplying the load. Thread-safe.
class RetryBudget
{
public:
    explicit RetryBudget(int capacity = 500, int retryCost = 5)
        : m_capacity(capacity), m_cost(retryCost), m_tokens(capacity)
    {
    }

    // False when the budget is exhausted (the retry must not happen).
    bool tryAcquireRetry();
    void recordSuccess();
    [[nodiscard]] int available() const { return m_tokens.load(); }

private:
    const int m_capacity;
    const int m_cost;
    std::atomic<int> m_tokens;
};

} // namespace meterscope
