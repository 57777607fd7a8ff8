// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace meterscope {

// When and how long to wait before repeating a GET (design.md decision 5): only 408, 429, 500, 502,
// 503, 504 and connection failures; at most RequestPolicy::maxAttempts attempts; full-jitter backoff
// uniform(0, min(cap, base·2^n)); a Retry-After (delta-seconds or HTTP-date) is a floor; one that
// asks for longer than maxRetryAfterSeconds stops the request with "try again at …".
class RetryPolicy
{
public:
    struct Decision
    {
        bool retry = false;
        int delayMs = 0;
        bool waitTooLong = false; // the server asked for a wait beyond the cap
        QDateTime retryAtUtc;     // when waitTooLong: when the server says to come back
    };

    explicit RetryPolicy(const RequestPolicy &policy) : m_policy(policy) {}

    static bool isRetryableStatus(int httpStatus);
    // 429 and 503 say the server did not act on the request, so even a request that is not
    // idempotent (a token POST, which may rotate a refresh token) may be sent again.
    static bool isRetryableUnprocessedStatus(int httpStatus)
    {
        return httpStatus == 429 || httpStatus == 503;
    }
    // Seconds to wait from a Retry-After value; nullopt when it is neither delta-seconds nor an
    // HTTP-date (then the header is ignored). A date in the past gives 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

    // Full-jitter backoff before retry number `retryIndex` (0 = the first retry); `unitRandom` in [0, 1).
    [[nodiscard]] int backoffMs(int retryIndex, double unitRandom) const;
    // After `attemptsMade` attempts failed in a retryable way.
    [[nodiscard]] Decision decide(int attemptsMade, std::optional<qint64> retryAfterSeconds,
                                  double unitRandom, const QDateTime &nowUtc) const;

private:
    RequestPolicy m_policy;
};

} // namespace meterscope
