// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartdocument.h"

#include <algorithm>

namespace meterscope {

namespace {
// The points of `series` whose interval or period starts in [from, to).
ChartSeries sliced(const ChartSeries &series, qint64 from, qint64 to)
{
    ChartSeries part = series;
    const auto [first, last] = series.indicesStartingIn(from, to);
    auto cut = [first = qsizetype(first), last = qsizetype(last)](auto &values) {
        if (qsizetype(values.size()) < last) {
            values.clear();
            return;
        }
        values.erase(values.begin() + last, values.end());
        values.erase(values.begin(), values.begin() + first);
    };
    cut(part.utcMs);
    cut(part.endUtcMs);
    cut(part.values);
    cut(part.coverage);
    cut(part.negativeIntervals);
    cut(part.comparedUtcMs);
    part.fromUtcMs = from;
    part.toUtcMs = to;
    return part;
}
} // namespace

ChartDocument::ChartDocument(QObject *parent) : QObject(parent) {}

ChartDocument::~ChartDocument() = default;

void ChartDocument::setRequest(const QList<ChartTarget> &targets, const TimeRange &range,
                               Granularity granularity, PeriodComparison::Mode comparison)
{
    m_targets = targets;
    m_range = range;
    m_granularity = granularity;
    m_comparison = comparison;
    m_previousRequest = !m_series.isEmpty();
    Q_EMIT requestChanged();
}

void ChartDocument::setAxisZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void ChartDocument::setSeries(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs,
                              bool complete, std::optional<qint64> asOfUtcMs)
{
    const bool rangeChanged = fromUtcMs != m_from || toUtcMs != m_to || m_series.isEmpty();
    m_series = series;
    m_from = fromUtcMs;
    m_to = toUtcMs;
    m_complete = complete;
    m_asOf = series.isEmpty() ? std::nullopt : asOfUtcMs;
    m_message.clear();
    m_previousRequest = false;
    if (rangeChanged || m_viewFrom < m_from || m_viewTo > m_to || m_viewTo <= m_viewFrom) {
        m_viewFrom = m_from;
        m_viewTo = m_to;
    }
    Q_EMIT seriesChanged();
}

void ChartDocument::clear(const QString &message)
{
    m_series.clear();
    m_asOf.reset();
    m_complete = true;
    m_message = message;
    m_previousRequest = false;
    m_viewFrom = m_from;
    m_viewTo = m_to;
    Q_EMIT seriesChanged();
}

void ChartDocument::setLoadStatus(const ChartLoadStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT loadStatusChanged();
}

void ChartDocument::setView(qint64 fromUtcMs, qint64 toUtcMs)
{
    fromUtcMs = std::clamp(fromUtcMs, m_from, m_to);
    toUtcMs = std::clamp(toUtcMs, m_from, m_to);
    if (toUtcMs <= fromUtcMs || (fromUtcMs == m_viewFrom && toUtcMs == m_viewTo))
        return;
    m_viewFrom = fromUtcMs;
    m_viewTo = toUtcMs;
    Q_EMIT viewChanged(m_viewFrom, m_viewTo);
}

void ChartDocument::resetView()
{
    if (m_viewFrom == m_from && m_viewTo == m_to)
        return;
    m_viewFrom = m_from;
    m_viewTo = m_to;
    Q_EMIT viewChanged(m_viewFrom, m_viewTo);
}

QList<ChartSeries> ChartDocument::seriesInView() const
{
    if (!isZoomed())
        return m_series;
    QList<ChartSeries> out;
    out.reserve(m_series.size());
    for (const ChartSeries &s : m_series)
        out.append(sliced(s, m_viewFrom, m_viewTo));
    return out;
}

} // namespace meterscope
