// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerangebar.h"

#include "elidedlabel.h"
#include "timeseries/calendarperiod.h"
#include "timeseries/zonedcalendar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStandardItemModel>
#include <QToolButton>

#include <algorithm>

namespace meterscope {

namespace {
constexpr TimeRange::Preset kPresets[] = {
    TimeRange::Preset::Today,      TimeRange::Preset::Yesterday,   TimeRange::Preset::ThisWeek,
    TimeRange::Preset::LastWeek,   TimeRange::Preset::ThisMonth,   TimeRange::Preset::LastMonth,
    TimeRange::Preset::ThisYear,   TimeRange::Preset::LastYear,    TimeRange::Preset::Last7Days,
    TimeRange::Preset::Last30Days, TimeRange::Preset::Last365Days, TimeRange::Preset::Custom};
constexpr Granularity kGranularities[] = {Granularity::FifteenMinutes, Granularity::Hour,  Granularity::Day,
                                          Granularity::Week,           Granularity::Month, Granularity::Year};

// The least room of the comparison's and the zone's names, in characters, when room is short.
constexpr int kComparisonCharacters = 10;
constexpr int kZoneCharacters = 12;

// The step of an automatic chart, read after its dates: "by hour". Whole phrases, as languages say
// them differently ("stündlich", "par heure").
QString automaticStepText(Granularity granularity)
{
    switch (granularity) {
    case Granularity::FifteenMinutes:
        return QCoreApplication::translate("TimeRangeBar", "by 15 minutes");
    case Granularity::Hour:
        return QCoreApplication::translate("TimeRangeBar", "by hour");
    case Granularity::Day:
        return QCoreApplication::translate("TimeRangeBar", "by day");
    case Granularity::Week:
        return QCoreApplication::translate("TimeRangeBar", "by week");
    case Granularity::Month:
        return QCoreApplication::translate("TimeRangeBar", "by month");
    case Granularity::Year:
        return QCoreApplication::translate("TimeRangeBar", "by year");
    }
    return {};
}

// A combo box as wide as its longest item when there is room and, when there is not, down to about
// `characters` characters, its text elided. Again after its items change.
void elideWhenShort(QComboBox *combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    const int least = combo->sizeHint().width();
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumWidth(least);
    combo->setMaximumWidth(std::max(least, combo->sizeHint().width()));
}

// The preset combo's last row: the period reached by stepping.
constexpr int steppedRow()
{
    return int(std::size(kPresets));
}

// Long names of a day, a month and a span, in the current locale.
QStringList samplePeriodNames()
{
    const ZonedCalendar utc(QTimeZone::utc());
    const auto name = [&utc](const QDate &from, const QDate &to) {
        return CalendarPeriod(TimeRange::custom(utc.startOfLocalDate(from), utc.startOfLocalDate(to)), utc)
            .name();
    };
    return {name(QDate(2026, 9, 30), QDate(2026, 10, 1)), name(QDate(2026, 9, 1), QDate(2026, 10, 1)),
            name(QDate(2026, 9, 30), QDate(2026, 11, 1))};
}

// The range label's usual dates, to keep room for them on a single row.
QString sampleDatesText()
{
    const ZonedCalendar utc(QTimeZone::utc());
    return CalendarPeriod(TimeRange::custom(utc.startOfLocalDate(QDate(2026, 9, 30)),
                                            utc.startOfLocalDate(QDate(2026, 11, 1))),
                          utc)
        .datesText();
}
} // namespace

TimeRangeBar::TimeRangeBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeRangeBar"));
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(4);

    // First row: ◀ range ▶, the custom dates and what is shown.
    m_rangeRow = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(m_rangeRow);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    // Their keys (Alt+Left, Alt+Right) belong to the window's View menu, which steps this bar.
    auto stepButton = [this, rangeLayout](const QString &name, const QString &arrow, const QString &tip) {
        auto *button = new QToolButton(m_rangeRow);
        button->setObjectName(name);
        button->setText(arrow);
        button->setToolTip(tip);
        // The arrow alone says nothing to a screen reader.
        button->setAccessibleName(tip);
        rangeLayout->addWidget(button);
        return button;
    };
    m_back =
        stepButton(QStringLiteral("stepBackButton"), QStringLiteral("◀"), tr("Previous period (Alt+Left)"));

    m_preset = new QComboBox(m_rangeRow);
    m_preset->setObjectName(QStringLiteral("rangePresetCombo"));
    for (TimeRange::Preset preset : kPresets)
        m_preset->addItem(TimeRange::presetDisplayName(preset), int(preset));
    // The period reached by ◀ ▶: shown as the combo's text, never picked from the list.
    m_preset->addItem(QString(), int(TimeRange::Preset::Custom));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model()))
        model->item(steppedRow())->setFlags(Qt::NoItemFlags);
    if (auto *list = qobject_cast<QListView *>(m_preset->view()))
        list->setRowHidden(steppedRow(), true);
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Wide enough for the usual period names from the start, so that ◀ ▶ rarely resize it.
    {
        const QFontMetrics metrics = m_preset->fontMetrics();
        int widestPreset = 0;
        for (int row = 0; row < steppedRow(); ++row)
            widestPreset = std::max(widestPreset, metrics.horizontalAdvance(m_preset->itemText(row)));
        int widestName = widestPreset;
        for (const QString &name : samplePeriodNames())
            widestName = std::max(widestName, metrics.horizontalAdvance(name));
        m_preset->setMinimumWidth(m_preset->sizeHint().width() - widestPreset + widestName);
    }
    m_preset->setToolTip(tr("Range"));
    m_preset->setAccessibleName(tr("Range"));
    m_preset->setAccessibleDescription(tr("The period the chart shows"));
    rangeLayout->addWidget(m_preset);

    m_forward =
        stepButton(QStringLiteral("stepForwardButton"), QStringLiteral("▶"), tr("Next period (Alt+Right)"));

    m_fromEdit = new QDateEdit(m_rangeRow);
    m_fromEdit->setObjectName(QStringLiteral("customFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(m_rangeRow);
    m_toEdit->setObjectName(QStringLiteral("customToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setToolTip(tr("Last day included"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_fromEdit->setAccessibleDescription(tr("First day of the custom range"));
    m_toEdit->setAccessibleName(tr("To"));
    m_toEdit->setAccessibleDescription(tr("Last day included in the custom range"));
    rangeLayout->addWidget(m_fromEdit);
    rangeLayout->addWidget(m_toEdit);

    m_rangeLabel = new ElidedLabel(m_rangeRow);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    rangeLayout->addWidget(m_rangeLabel, 1);

    // Second part, beside the first or below it: granularity, comparison, zone.
    m_choices = new QWidget(this);
    auto *choicesLayout = new QHBoxLayout(m_choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    auto choiceLabel = [this, choicesLayout](const QString &text, QWidget *buddy, int stretch = 0) {
        auto *label = new QLabel(text, m_choices);
        label->setBuddy(buddy);
        choicesLayout->addWidget(label);
        choicesLayout->addWidget(buddy, stretch);
        buddy->setAccessibleName(text);
    };
    m_granularity = new QComboBox(m_choices);
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItem(tr("Automatic"), -1);
    for (Granularity g : kGranularities)
        m_granularity->addItem(granularityDisplayName(g), int(g));
    choiceLabel(tr("Granularity"), m_granularity);

    m_compare = new QComboBox(m_choices);
    m_compare->setObjectName(QStringLiteral("compareCombo"));
    for (PeriodComparison::Mode mode : {PeriodComparison::Mode::None, PeriodComparison::Mode::PreviousPeriod,
                                        PeriodComparison::Mode::SamePeriodLastYear})
        m_compare->addItem(PeriodComparison::modeDisplayName(mode), int(mode));
    m_compare->setToolTip(
        tr("Overlay the previous period or the same period last year (its dates; a chart by "
           "week, or of one week, lines up weekdays), with Δ in the totals"));
    // The comparison's and the zone's names elide when room is short (a small screen, longer words
    // than English ones) and show whole when it is not.
    elideWhenShort(m_compare, kComparisonCharacters);
    choiceLabel(tr("Compare with"), m_compare, 1);

    m_zone = new QComboBox(m_choices);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setToolTip(
        tr("Zone of the time axis: the site's own, or UTC when sites in several zones are shown"));
    // Long zone names ("Site (America/Argentina/Buenos_Aires)") elide rather than widen the bar.
    choiceLabel(tr("Zone"), m_zone, 1);
    choicesLayout->addStretch(0);
    setSiteZones({});

    m_layout->addWidget(m_rangeRow, 0, 0);
    m_layout->addWidget(m_choices, 0, 1);
    m_layout->setColumnStretch(0, 1);

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
    m_preset->setCurrentIndex(m_preset->findData(int(TimeRange::Preset::Last7Days)));
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
    elideWhenShort(m_zone, kZoneCharacters);
    m_updating = false;
    if (m_layout->indexOf(m_choices) >= 0) // not while the constructor lays the bar out
        arrange();
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
    const int index = m_granularity->findData(granularity ? int(*granularity) : -1);
    // A granularity coarser than the range is not offered: automatic instead.
    m_granularity->setCurrentIndex(index > 0 && isGranularityOffered(index) ? index : 0);
}

void TimeRangeBar::step(int steps)
{
    if (!m_range.isValid())
        return;
    const TimeRange next = m_range.steppedUpTo(steps, now(), ZonedCalendar(m_referenceZone));
    if (next == m_range)
        return;
    m_range = next;
    updateLabels();
    Q_EMIT changed();
}

void TimeRangeBar::recompute()
{
    const TimeRange::Preset preset = currentPreset();
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

TimeRange::Preset TimeRangeBar::currentPreset() const
{
    return TimeRange::Preset(m_preset->currentData().toInt());
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
    updatePresetText();
    updateGranularityChoices();
    m_forward->setEnabled(canStepForward());
    QString text = CalendarPeriod(m_range, calendar).datesText();
    if (isAutomaticGranularity())
        text += QStringLiteral("  ·  ") + automaticStepText(granularity());
    m_rangeLabel->setText(text);
    arrange();
}

void TimeRangeBar::updatePresetText()
{
    const ZonedCalendar calendar(m_referenceZone);
    const TimeRange::Preset preset = m_range.preset();
    // A custom range shows its dates in the date fields; a preset its own period by name.
    const bool atPreset = preset == TimeRange::Preset::Custom || m_range.isPresetAt(now(), calendar);
    m_updating = true;
    if (atPreset) {
        m_preset->setItemText(steppedRow(), QString());
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
        m_preset->setToolTip(tr("Range"));
    } else {
        const QString name = CalendarPeriod(m_range, calendar).name();
        m_preset->setItemText(steppedRow(), name);
        m_preset->setItemData(steppedRow(), int(preset));
        m_preset->setCurrentIndex(steppedRow());
        m_preset->setToolTip(tr("%1, reached from \"%2\" with ◀ ▶; pick a range to go back to the present")
                                 .arg(name, TimeRange::presetDisplayName(preset)));
    }
    m_updating = false;
}

void TimeRangeBar::updateGranularityChoices()
{
    const CalendarPeriod period(m_range, ZonedCalendar(m_referenceZone));
    auto *model = qobject_cast<QStandardItemModel *>(m_granularity->model());
    if (!model)
        return;
    for (int row = 1; row < m_granularity->count(); ++row) {
        const auto g = Granularity(m_granularity->itemData(row).toInt());
        const bool offered = period.offers(g);
        QStandardItem *item = model->item(row);
        item->setEnabled(offered);
        item->setToolTip(offered ? QString() : tr("Longer than the range"));
    }
    if (m_granularity->currentIndex() > 0 && !isGranularityOffered(m_granularity->currentIndex())) {
        // The range changed under a granularity that no longer fits: automatic, which the range
        // label names ("by day").
        m_updating = true;
        m_granularity->setCurrentIndex(0);
        m_updating = false;
    }
}

bool TimeRangeBar::isGranularityOffered(int row) const
{
    const auto *model = qobject_cast<const QStandardItemModel *>(m_granularity->model());
    return !model || model->item(row)->isEnabled();
}

QSize TimeRangeBar::minimumSizeHint() const
{
    // Wide enough for either row: narrower than both in one row, the choices wrap below.
    const QMargins margins = m_layout->contentsMargins();
    const int width = std::max(m_rangeRow->minimumSizeHint().width(), m_choices->minimumSizeHint().width());
    return {width + margins.left() + margins.right(), m_layout->minimumSize().height()};
}

void TimeRangeBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void TimeRangeBar::arrange()
{
    // One row when the choices fit beside the range and its usual dates (what follows them, "by
    // hour", may elide), else two. The dates are a sample, not the current text, so that stepping
    // does not move the choices between rows.
    const int labelRoom = m_rangeLabel->fontMetrics().horizontalAdvance(sampleDatesText());
    const int oneRow = m_rangeRow->minimumSizeHint().width() - m_rangeLabel->minimumSizeHint().width() +
                       labelRoom + m_layout->horizontalSpacing() + m_choices->sizeHint().width() +
                       m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    const bool wrap = width() < oneRow;
    if (wrap == m_wrapped && m_layout->indexOf(m_choices) >= 0)
        return;
    m_wrapped = wrap;
    m_layout->removeWidget(m_choices);
    if (wrap)
        m_layout->addWidget(m_choices, 1, 0);
    else
        m_layout->addWidget(m_choices, 0, 1);
    updateGeometry();
}

bool TimeRangeBar::canStepForward() const
{
    return m_range.canStepForward(now(), ZonedCalendar(m_referenceZone));
}

} // namespace meterscope
