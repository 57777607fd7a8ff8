// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// What the chart's data is doing, for the words and actions shown over the chart. Loading, waiting
// for a retry, failed and stopped are different states with different things to do; "no data" is
// none of them: it is an idle chart of a request that was answered with nothing.
struct ChartLoadStatus
{
    enum class State
    {
        Idle,     // nothing is loading: the chart shows what the request was answered with
        Loading,  // requests are on their way
        Retrying, // a request failed and waits to be made again (retryAtUtcMs)
        Failed,   // the request ended with an error (`reason`); the chart shows what could be had
        Stopped   // the user stopped the loading
    };

    State state = State::Idle;
    qint64 sinceUtcMs = 0;   // when loading of this request began
    qint64 retryAtUtcMs = 0; // Retrying, or Failed with an automatic retry: when it is tried again (0: never)
    QString reason;          // Retrying, Failed: one sentence on what went wrong
    QString details;         // Failed: technical details (status, path)
    bool canRetry = false;   // Failed: trying again may help
    bool sessionEnded = false; // Failed: the server no longer accepts the credentials

    [[nodiscard]] bool isBusy() const { return state == State::Loading || state == State::Retrying; }
    friend bool operator==(const ChartLoadStatus &, const ChartLoadStatus &) = default;
};

} // namespace meterscope
