// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the ApiClient ↔ emulator tests: the pinned clock, small fast policies and a collector
// for completion callbacks.

#include "api/apiclient.h"
#include "emulator/emulatoroptions.h"

#include <QTimeZone>

#include <memory>

namespace meterscope::testing {

// Every emulator in these tests runs at this instant, so data and ranges never depend on the date.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc());
}

inline emulator::EmulatorOptions emulatorOptions(int siteCount = 4)
{
    emulator::EmulatorOptions options;
    options.now = fixedNow();
    options.siteCount = siteCount;
    options.historyDays = 400;
    options.quiet = true;
    return options;
}

// Timeouts and backoff shrunk so that every fault case ends well within a second or two.
inline RequestPolicy fastPolicy()
{
    RequestPolicy policy;
    policy.inactivityTimeoutMs = 3000;
    policy.totalDeadlineMs = 1200;
    policy.maxAttempts = 3;
    policy.backoffBaseMs = 20;
    policy.backoffCapMs = 100;
    policy.maxRetryAfterSeconds = 5;
    policy.maxConcurrentRequests = 3;
    return policy;
}

// A client with the fast policy, the given token source and its own retry budget (so one test's
// retries do not use up another's).
inline std::unique_ptr<ApiClient> testClient(const ApiProfile &profile, AccessTokenSource *tokens,
                                             RetryBudget *budget)
{
    auto client = std::make_unique<ApiClient>(profile);
    client->setTokenSource(tokens);
    client->setPolicy(fastPolicy());
    client->setRetryBudget(budget);
    return client;
}

// What a completion callback delivered, and how often it was called.
template <typename T> struct Outcome
{
    int calls = 0;
    T value{};
    ApiError error;

    auto handler()
    {
        return [this](const T &result, const ApiError &failure) {
            ++calls;
            value = result;
            error = failure;
        };
    }
};

} // namespace meterscope::testing
