// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/periodcomparison.h"
#include "timeseries/timerange.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace meterscope {

// Range presets with ◀ ▶ stepping by the preset's calendar unit, a custom range, the granularity
// (automatic from the range, or chosen), what to compare with (none, the previous period, the same
// period last year) and the zone of the time axis. Ranges are computed in the reference zone (the
// selected site's); "now" comes from a clock the window sets (the demo's clock).
class TimeRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangeBar)
public:
    explicit TimeRangeBar(QWidget *parent = nullptr);

    void setClock(std::function<qint64()> nowUtcMs);
    // The zone presets are computed in; recomputes the range.
    void setReferenceZone(const QTimeZone &zone);
    // The zones of the selected sites: the axis-zone choice offers them.
    void setSiteZones(const QStringList &zoneIds);

    [[nodiscard]] TimeRange range() const { return m_range; }
    // The granularity to chart: the chosen one, or the automatic one for the range.
    [[nodiscard]] Granularity granularity() const;
    [[nodiscard]] bool isAutomaticGranularity() const;
    // The zone of the time axis: the chosen one, else the single site zone, else UTC.
    [[nodiscard]] QTimeZone axisZone() const;
    // "Compare with".
    [[nodiscard]] PeriodComparison::Mode comparison() const;
    void setComparison(PeriodComparison::Mode mode);

    void setPreset(TimeRange::Preset preset);
    void setCustomRange(qint64 fromUtcMs, qint64 toUtcMs);
    // std::nullopt = automatic.
    void setGranularity(std::optional<Granularity> granularity);
    void step(int steps);

Q_SIGNALS:
    void changed();

private:
    void recompute();
    void updateLabels();
    [[nodiscard]] qint64 now() const;

    QComboBox *m_preset;
    QToolButton *m_back;
    QToolButton *m_forward;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_rangeLabel;
    QComboBox *m_granularity;
    QComboBox *m_compare;
    QComboBox *m_zone;
    std::function<qint64()> m_clock;
    QTimeZone m_referenceZone = QTimeZone::utc();
    QStringList m_siteZones;
    TimeRange m_range;
    bool m_updating = false;
};

} // namespace meterscope
