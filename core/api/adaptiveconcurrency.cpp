// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/adaptiveconcurrency.h"

namespace meterscope {

AdaptiveConcurrency::AdaptiveConcurrency(int maximum) : m_maximum(qMax(1, maximum)), m_limit(m_maximum) {}

void AdaptiveConcurrency::onThrottled()
{
    m_limit = qMax(1, m_limit / 2);
    ++m_epoch;
}

void AdaptiveConcurrency::onSuccess(quint64 startedInEpoch)
{
    if (startedInEpoch == m_epoch)
        m_limit = qMin(m_maximum, m_limit + 1);
}

} // namespace meterscope
