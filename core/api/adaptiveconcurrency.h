// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace meterscope {

// How many requests of one call may be in flight while the server pushes back: it starts at the
// maximum, halves (down to 1) on every 429 Too Many Requests, and grows back by one for each
// request that succeeded without a 429 arriving since it started. A request that was already in
// flight when a 429 came proves nothing about the lower rate, so it does not count; the epoch
// tells the two apart.
class AdaptiveConcurrency
{
public:
    explicit AdaptiveConcurrency(int maximum);

    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] int maximum() const { return m_maximum; }
    // Names the stretch since the latest 429; a request takes it when it starts.
    [[nodiscard]] quint64 epoch() const { return m_epoch; }

    // A request was answered 429 (whether or not a retry then succeeds).
    void onThrottled();
    // A request that started in `startedInEpoch` succeeded.
    void onSuccess(quint64 startedInEpoch);

private:
    int m_maximum;
    int m_limit;
    quint64 m_epoch = 0;
};

} // namespace meterscope
