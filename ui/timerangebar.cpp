// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerangebar.h"

#include "timeseries/zonedcalendar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace meterscope {

namespace {
constexpr TimeRange::Preset kPresets[] = {
    TimeRange::Preset::Today,      TimeRange::Preset::Yesterday,   TimeRange::Preset::ThisWeek,
    TimeRange::Preset::LastWeek,   TimeRange::Preset::ThisMonth,   TimeRange::Preset::LastMonth,
    TimeRange::Preset::ThisYear,   TimeRange::Preset::LastYear,    TimeRange::Preset::Last7Days,
    TimeRange::Preset::Last30Days, TimeRange::Preset::Last365Days, TimeRange::Preset::Custom};
constexpr Granularity kGranularities[] = {Granularity::FifteenMinutes, Granularity::Hour,  Granularity::Day,
                                          Granularity::Week,           Granularity::Month, Granularity::Year};
} // namespace

TimeRangeBar::TimeRangeBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeRangeBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto stepButton = [this, layout](const QString &name, const QString &arrow, const QString &tip,
                                     Qt::Key key) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(arrow);
        button->setToolTip(tip);
        button->setShortcut(QKeySequence(Qt::ALT | key));
        layout->addWidget(button);
        return button;
    };
    m_back = stepButton(QStringLiteral("stepBackButton"), QStringLiteral("◀"),
                        tr("Previous period (Alt+Left)"), Qt::Key_Left);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("rangePresetCombo"));
    for (TimeRange::Preset preset : kPresets)
        m_preset->addItem(TimeRange::presetDisplayName(preset), int(preset));
    m_preset->setToolTip(tr("Range"));
    layout->addWidget(m_preset);

    m_forward = stepButton(QStringLiteral("stepForwardButton"), QStringLiteral("▶"),
                           tr("Next period (Alt+Right)"), Qt::Key_Right);

    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("customFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("customToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setToolTip(tr("Last day included"));
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toEdit);

    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_rangeLabel->setStyleSheet(QStringLiteral("color: #33414e;"));
    layout->addWidget(m_rangeLabel, 1);

    layout->addWidget(new QLabel(tr("Granularity"), this));
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItem(tr("Automatic"), -1);
    for (Granularity g : kGranularities)
        m_granularity->addItem(granularityDisplayName(g), int(g));
    layout->addWidget(m_granularity);

    layout->addWidget(new QLabel(tr("Compare with"), this));
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareCombo"));
    for (PeriodComparison::Mode mode : {PeriodComparison::Mode::None, PeriodComparison::Mode::PreviousPeriod,
                                        PeriodComparison::Mode::SamePeriodLastYear})
        m_compare->addItem(PeriodComparison::modeDisplayName(mode), int(mode));
    m_compare->setToolTip(
        tr("Overlay the previous period or the same period last year (its dates; a chart by "
           "week, or of one week, lines up weekdays), with Δ in the totals"));
    layout->addWidget(m_compare);

    layout->addWidget(new QLabel(tr("Time zone"), this));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setToolTip(
        tr("Zone of the time axis: the site's own, or UTC when sites in several zones are shown"));
    layout->addWidget(m_zone);
    setSiteZones({});

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            recompute();
    });
    connect(m_back, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { step(1); });
    auto customEdited = [this] {
        if (m_updating)
            return;
        const ZonedCalendar calendar(m_referenceZone);
        // A last day before the first day means the first day alone.
        const QDate last = std::max(m_toEdit->date(), m_fromEdit->date());
        setCustomRange(calendar.startOfLocalDate(m_fromEdit->date()),
                       calendar.startOfLocalDate(last.addDays(1)));
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, customEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, customEdited);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        updateLabels();
        Q_EMIT changed();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    m_preset->setCurrentIndex(
        int(std::find(std::begin(kPresets), std::end(kPresets), TimeRange::Preset::Last7Days) -
            std::begin(kPresets)));
    recompute();
}

void TimeRangeBar::setClock(std::function<qint64()> nowUtcMs)
{
    m_clock = std::move(nowUtcMs);
    recompute();
}

qint64 TimeRangeBar::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void TimeRangeBar::setReferenceZone(const QTimeZone &zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    if (z == m_referenceZone)
        return;
    m_referenceZone = z;
    if (m_range.preset() != TimeRange::Preset::Custom)
        recompute();
}

void TimeRangeBar::setSiteZones(const QStringList &zoneIds)
{
    QStringList unique = zoneIds;
    unique.removeDuplicates();
    unique.removeAll(QString());
    if (unique == m_siteZones && m_zone->count() > 0)
        return;
    m_siteZones = unique;
    const QString previous = m_zone->currentData().toString();
    m_updating = true;
    m_zone->clear();
    m_zone->addItem(unique.size() == 1 ? tr("Site (%1)").arg(unique.front())
                    : unique.isEmpty() ? tr("Site")
                                       : tr("UTC (sites differ)"),
                    QString());
    m_zone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    for (const QString &id : std::as_const(unique))
        m_zone->addItem(id, id);
    const int keep = m_zone->findData(previous);
    m_zone->setCurrentIndex(keep >= 0 ? keep : 0);
    m_updating = false;
}

QTimeZone TimeRangeBar::axisZone() const
{
    const QString chosen = m_zone->currentData().toString();
    if (chosen == QLatin1String("UTC"))
        return QTimeZone::utc();
    if (!chosen.isEmpty())
        return QTimeZone(chosen.toUtf8());
    if (m_siteZones.size() == 1)
        return QTimeZone(m_siteZones.front().toUtf8());
    return m_siteZones.isEmpty() ? m_referenceZone : QTimeZone::utc();
}

PeriodComparison::Mode TimeRangeBar::comparison() const
{
    return PeriodComparison::Mode(m_compare->currentData().toInt());
}

void TimeRangeBar::setComparison(PeriodComparison::Mode mode)
{
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(int(mode))));
}

bool TimeRangeBar::isAutomaticGranularity() const
{
    return m_granularity->currentData().toInt() < 0;
}

Granularity TimeRangeBar::granularity() const
{
    const int value = m_granularity->currentData().toInt();
    return value < 0 ? m_range.automaticGranularity() : Granularity(value);
}

void TimeRangeBar::setPreset(TimeRange::Preset preset)
{
    const int index = m_preset->findData(int(preset));
    if (index == m_preset->currentIndex())
        recompute();
    else
        m_preset->setCurrentIndex(index);
}

void TimeRangeBar::setCustomRange(qint64 fromUtcMs, qint64 toUtcMs)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(TimeRange::Preset::Custom)));
    m_updating = false;
    m_range = TimeRange::custom(fromUtcMs, toUtcMs);
    updateLabels();
    Q_EMIT changed();
}

void TimeRangeBar::setGranularity(std::optional<Granularity> granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(granularity ? int(*granularity) : -1));
}

void TimeRangeBar::step(int steps)
{
    if (!m_range.isValid())
        return;
    m_range = m_range.stepped(steps, ZonedCalendar(m_referenceZone));
    updateLabels();
    Q_EMIT changed();
}

void TimeRangeBar::recompute()
{
    const auto preset = TimeRange::Preset(m_preset->currentData().toInt());
    if (preset == TimeRange::Preset::Custom) {
        if (!m_range.isValid())
            m_range =
                TimeRange::fromPreset(TimeRange::Preset::Last7Days, now(), ZonedCalendar(m_referenceZone));
        m_range = TimeRange::custom(m_range.fromUtcMs(), m_range.toUtcMs());
    } else {
        m_range = TimeRange::fromPreset(preset, now(), ZonedCalendar(m_referenceZone));
    }
    updateLabels();
    Q_EMIT changed();
}

void TimeRangeBar::updateLabels()
{
    const ZonedCalendar calendar(m_referenceZone);
    const bool custom = m_range.preset() == TimeRange::Preset::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    m_updating = true;
    m_fromEdit->setDate(calendar.localDate(m_range.fromUtcMs()));
    m_toEdit->setDate(calendar.localDate(m_range.toUtcMs() - 1));
    m_updating = false;
    const QLocale locale;
    const QDate first = calendar.localDate(m_range.fromUtcMs());
    const QDate last = calendar.localDate(m_range.toUtcMs() - 1);
    QString text = first == last ? locale.toString(first, QStringLiteral("ddd d MMM yyyy"))
                                 : tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM yyyy")),
                                                     locale.toString(last, QStringLiteral("d MMM yyyy")));
    if (isAutomaticGranularity())
        text += tr("  ·  by %1").arg(granularityDisplayName(granularity()).toLower());
    m_rangeLabel->setText(text);
}

} // namespace meterscope
