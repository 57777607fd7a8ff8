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
class QGridLayout;
class QLabel;
class QToolButton;

namespace meterscope {

// Range presets with ◀ ▶ stepping by the preset's calendar unit, a custom range, the granularity
// (automatic from the range, or chosen), what to compare with (none, the previous period, the same
// period last year) and the zone of the time axis. Ranges are computed in the reference zone (the
// selected site's); "now" comes from a clock the window sets (the demo's clock).
//
// The bar names what is shown: on the preset's own period the preset combo reads the preset
// ("This month"); after ◀ ▶ it reads the period ("October 2026", "Week 41, 2026", "2025",
// "Wed 14 Oct 2026", "3 Sep – 2 Oct 2026"), from an extra item the user cannot pick. ▶ is
// disabled when the next period would start after now. Granularities coarser than the range
// (CalendarPeriod::offers()) are disabled; when a range change leaves the chosen one disabled the
// choice returns to Automatic. The granularity, comparison and zone choices move to a second row
// when the bar is too narrow for one, and the range label elides, so the bar fits a 1024-pixel
// screen beside the site tree.
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
    // Steps back, or forward but never to a range that starts after now.
    void step(int steps);
    // Whether the next period has begun (▶ and the View menu's "Next period" go no further than now).
    [[nodiscard]] bool canStepForward() const;
    // Whether the choices sit on a second row.
    [[nodiscard]] bool isWrapped() const { return m_wrapped; }

    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void recompute();
    void updateLabels();
    void updatePresetText();
    void updateGranularityChoices();
    void arrange();
    [[nodiscard]] TimeRange::Preset currentPreset() const;
    [[nodiscard]] bool isGranularityOffered(int row) const;
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
    QWidget *m_rangeRow;
    QWidget *m_choices;
    QGridLayout *m_layout;
    bool m_wrapped = false;
    std::function<qint64()> m_clock;
    QTimeZone m_referenceZone = QTimeZone::utc();
    QStringList m_siteZones;
    TimeRange m_range;
    bool m_updating = false;
};

} // namespace meterscope
