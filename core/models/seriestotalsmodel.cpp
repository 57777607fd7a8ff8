// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/seriestotalsmodel.h"

#include "i18n/datepatterns.h"
#include "models/chartdisplayunits.h"
#include "models/chartdocument.h"
#include "models/chartlegendnames.h"
#include "timeseries/coveragetext.h"
#include "timeseries/zonedcalendar.h"

#include <algorithm>
#include <cmath>

namespace meterscope {

SeriesTotalsModel::SeriesTotalsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SeriesTotalsModel::setDocument(ChartDocument *document)
{
    connect(document, &ChartDocument::seriesChanged, this,
            [this, document] { setSeries(document->series()); });
    setSeries(document->series());
}

void SeriesTotalsModel::setSeries(const QList<ChartSeries> &series)
{
    beginResetModel();
    m_comparisons = comparisonsOf(series);
    m_rows.clear();
    const ChartDisplayUnits units(series);
    // Named as the legend names them (what tells the series apart); the whole title is the tooltip.
    const QStringList names = ChartLegendNames::of(series);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const ChartSeries &s = series[i];
        m_rows.append(Row{names.at(i), s.title, units.values(s.unit), units.totals(s.unit), s.statistics,
                          s.summable, s.granularity, s.measuredToUtcMs < s.toUtcMs, s.timeZoneId});
    }
    endResetModel();
}

void SeriesTotalsModel::setSeries(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs)
{
    const bool whole = std::all_of(series.cbegin(), series.cend(), [&](const ChartSeries &s) {
        return fromUtcMs <= s.fromUtcMs && toUtcMs >= s.toUtcMs;
    });
    if (whole)
        return setSeries(series);
    QList<ChartSeries> part;
    for (const ChartSeries &s : series) {
        if (s.isComparison())
            continue;
        ChartSeries figures = s;
        figures.statistics = statisticsIn(s, fromUtcMs, toUtcMs);
        figures.fromUtcMs = std::max(fromUtcMs, s.fromUtcMs);
        figures.toUtcMs = std::min(toUtcMs, s.toUtcMs);
        part.append(figures);
    }
    setSeries(part);
}

SeriesStatistics SeriesTotalsModel::statisticsIn(const ChartSeries &s, qint64 fromUtcMs, qint64 toUtcMs)
{
    SeriesStatistics st;
    st.method = s.statistics.method;
    const auto [first, last] = s.indicesStartingIn(fromUtcMs, toUtcMs);
    const auto complete = [&s](size_t i) { return !s.isPartial(i) && !s.isInProgress(i); };
    bool anyComplete = false;
    for (size_t i = first; i < last && i < s.values.size(); ++i)
        anyComplete = anyComplete || (s.bars && std::isfinite(s.values[i]) && complete(i));
    // The share of the range that has data, from each point's coverage, in intervals of the source.
    const double intervalsPerMs = s.statistics.expected > 0 && s.toUtcMs > s.fromUtcMs
                                      ? double(s.statistics.expected) / double(s.toUtcMs - s.fromUtcMs)
                                      : 0;
    double expected = 0;
    double present = 0;
    double periodSum = 0;
    qint64 periods = 0;
    for (size_t i = first; i < last && i < s.values.size(); ++i) {
        const qint64 endMs = i < s.endUtcMs.size() ? s.endUtcMs[i] : s.utcMs[i];
        const double intervals = s.bars ? double(endMs - s.utcMs[i]) * intervalsPerMs : 1.0;
        expected += intervals;
        const double v = s.values[i];
        if (!std::isfinite(v))
            continue;
        present += intervals * (i < s.coverage.size() ? s.coverage[i] : 1.0);
        st.negativeIntervals += s.negativesAt(i);
        st.sum += s.summable || !s.bars ? v : v * intervals * (i < s.coverage.size() ? s.coverage[i] : 1.0);
        if (anyComplete && !complete(i)) {
            ++(s.isInProgress(i) ? st.periodsInProgressLeftOut : st.partialPeriodsLeftOut);
            continue;
        }
        if (periods == 0 || v < st.minimum) {
            st.minimum = v;
            st.minimumAtUtcMs = s.utcMs[i];
        }
        if (periods == 0 || v > st.maximum) {
            st.maximum = v;
            st.maximumAtUtcMs = s.utcMs[i];
        }
        periodSum += v;
        ++periods;
    }
    st.count = s.bars ? qint64(std::llround(present)) : periods;
    const qint64 spanMs = std::min(toUtcMs, s.toUtcMs) - std::max(fromUtcMs, s.fromUtcMs);
    st.expected = s.bars               ? qint64(std::llround(expected))
                  : intervalsPerMs > 0 ? qint64(std::llround(double(spanMs) * intervalsPerMs))
                                       : st.count;
    st.mean = periods > 0 ? periodSum / double(periods) : 0;
    if (s.bars) {
        st.periods = periods;
        st.completePeriodsOnly = anyComplete;
    }
    return st;
}

void SeriesTotalsModel::clear()
{
    setSeries({});
}

int SeriesTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeriesTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == DeltaColumn || index.column() == DeltaPercentColumn)
        return deltaData(index, role);
    const Row &row = m_rows[index.row()];
    const SeriesStatistics &st = row.statistics;
    // A rate (kW) has no total: its average over the range is the Mean column, not a "Total".
    const bool has = st.hasData() && (index.column() != TotalColumn || row.summable);
    double raw = 0;
    switch (index.column()) {
    case TotalColumn:
        raw = st.sum;
        break;
    case MinimumColumn:
        raw = st.minimum;
        break;
    case MaximumColumn:
        raw = st.maximum;
        break;
    case MeanColumn:
        // For a rate, the average over the range weighted by the intervals present (the same in the
        // line and the bar view); for energy and volume, the mean interval or period value.
        raw = row.summable ? st.mean : st.intervalMean();
        break;
    case CoverageColumn:
        raw = st.coveragePercent();
        break;
    case FlagsColumn:
        raw = double(st.negativeIntervals);
        break;
    default:
        break;
    }
    if (role == RawValueRole)
        return index.column() == SeriesColumn || !has ? QVariant() : QVariant(raw);
    if (role == Qt::TextAlignmentRole)
        return index.column() == SeriesColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                              : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == SeriesColumn)
        return row.fullTitle;
    if (role == Qt::ToolTipRole && index.column() == FlagsColumn) {
        // The notes whole (the column may be too narrow for them), and what a negative interval is.
        QString tip = flagsText(row);
        if (st.negativeIntervals > 0)
            tip += QLatin1Char('\n') +
                   tr("Intervals with a negative value: a meter's counter was reset or a reading corrected. "
                      "They are counted in the figures as the server sent them.");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    const bool extreme = index.column() == MinimumColumn || index.column() == MaximumColumn;
    if (role == WhenRole)
        return has && extreme ? QVariant(whenText(row, index.column())) : QVariant();
    if (role == Qt::ToolTipRole && has && extreme)
        return tr("%1\n%2: %3")
            .arg(scopeText(row, index.column()),
                 index.column() == MinimumColumn ? tr("Smallest on") : tr("Largest on"),
                 whenText(row, index.column()));
    if (role == Qt::ToolTipRole && has && index.column() == MeanColumn)
        return scopeText(row, index.column());
    if (role == Qt::ToolTipRole && index.column() == CoverageColumn && row.inProgress)
        return tr("The range is in progress: the share of the time so far that has data (time to come is "
                  "not missing)");
    if (role == Qt::ToolTipRole && index.column() == TotalColumn) {
        if (!row.summable)
            return tr("A rate has no total; see Mean for its average over the range");
        // A scaled total is rounded: the sum in the unit the server sent is one hover away.
        return has && row.totalUnit.isScaled()
                   ? tr("Sum of the values in the range: %1")
                         .arg(DisplayUnit::unscaled(row.totalUnit.apiUnit()).format(raw))
                   : tr("Sum of the values in the range");
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == SeriesColumn)
        return row.title;
    if (!has)
        return QStringLiteral("—");
    if (index.column() == FlagsColumn)
        return flagsText(row);
    if (index.column() == CoverageColumn)
        return row.inProgress ? tr("%1 % so far").arg(coveragePercentText(raw))
                              : QString(coveragePercentText(raw) + QStringLiteral(" %"));
    return (index.column() == TotalColumn ? row.totalUnit : row.valueUnit).format(raw);
}

QString SeriesTotalsModel::periodsText(Granularity granularity, qint64 count, const QString &adjective)
{
    const bool one = count == 1;
    QString noun;
    switch (granularity) {
    case Granularity::FifteenMinutes:
        noun = one ? tr("quarter-hour") : tr("quarter-hours");
        break;
    case Granularity::Hour:
        noun = one ? tr("hour") : tr("hours");
        break;
    case Granularity::Day:
        noun = one ? tr("day") : tr("days");
        break;
    case Granularity::Week:
        noun = one ? tr("week") : tr("weeks");
        break;
    case Granularity::Month:
        noun = one ? tr("month") : tr("months");
        break;
    case Granularity::Year:
        noun = one ? tr("year") : tr("years");
        break;
    }
    // "13 complete days", "1 day"
    return adjective.isEmpty() ? tr("%1 %2").arg(count).arg(noun)
                               : tr("%1 %2 %3").arg(count).arg(adjective, noun);
}

QString SeriesTotalsModel::scopeText(const Row &row, int column)
{
    const SeriesStatistics &st = row.statistics;
    if (column == MeanColumn && !row.summable)
        return tr("The average over the range, weighted by the intervals present");
    if (!st.isPerPeriod()) {
        return column == MinimumColumn   ? tr("The smallest interval value")
               : column == MaximumColumn ? tr("The largest interval value")
                                         : tr("The mean interval value");
    }
    const QString what = column == MinimumColumn   ? tr("The smallest")
                         : column == MaximumColumn ? tr("The largest")
                                                   : tr("The mean");
    QString text =
        st.completePeriodsOnly
            ? tr("%1 of the %2").arg(what, periodsText(row.granularity, st.periods, tr("complete")))
            : tr("%1 of what is shown (%2), none of it complete")
                  .arg(what, periodsText(row.granularity, st.periods));
    if (st.periodsLeftOut() > 0)
        text += tr("; left out: %1").arg(leftOutText(row));
    return text;
}

QString SeriesTotalsModel::whenText(const Row &row, int column)
{
    const SeriesStatistics &st = row.statistics;
    const qint64 atUtcMs = column == MinimumColumn ? st.minimumAtUtcMs : st.maximumAtUtcMs;
    const ZonedCalendar calendar = ZonedCalendar::forZoneId(row.timeZoneId.toUtf8());
    const QDateTime local = calendar.toLocal(atUtcMs);
    const QLocale locale;
    // A period is named as a whole; an interval by its start.
    if (!st.isPerPeriod())
        return locale.toString(local, DatePatterns::weekdayDayMonthYearTime());
    switch (row.granularity) {
    case Granularity::Year:
        return locale.toString(local, QStringLiteral("yyyy"));
    case Granularity::Month:
        return locale.toString(local, DatePatterns::monthYear());
    case Granularity::Week:
        return tr("week of %1").arg(locale.toString(local, DatePatterns::weekdayDayMonthYear()));
    case Granularity::Day:
        return locale.toString(local, DatePatterns::weekdayDayMonthYear());
    case Granularity::Hour:
    case Granularity::FifteenMinutes:
        break;
    }
    return locale.toString(local, DatePatterns::weekdayDayMonthYearTime());
}

QString SeriesTotalsModel::leftOutText(const Row &row)
{
    const SeriesStatistics &st = row.statistics;
    QStringList parts;
    if (st.periodsInProgressLeftOut > 0)
        parts.append(tr("%1 in progress").arg(periodsText(row.granularity, st.periodsInProgressLeftOut)));
    if (st.partialPeriodsLeftOut > 0)
        parts.append(periodsText(row.granularity, st.partialPeriodsLeftOut, tr("incomplete")));
    return parts.join(QStringLiteral(", "));
}

QString SeriesTotalsModel::flagsText(const Row &row)
{
    const SeriesStatistics &st = row.statistics;
    QStringList flags;
    if (st.negativeIntervals > 0)
        flags.append(tr("%n negative interval(s)", nullptr, int(st.negativeIntervals)));
    if (st.isPerPeriod() && !st.completePeriodsOnly && st.periods == 1 && row.inProgress) {
        flags.append(
            tr("%1 in progress: Min, Max, Mean are its data so far").arg(periodsText(row.granularity, 1)));
    } else if (st.isPerPeriod() && !st.completePeriodsOnly) {
        flags.append(tr("no complete %1: Min, Max, Mean of the %2 shown")
                         .arg(periodsText(row.granularity, 1).section(u' ', 1),
                              periodsText(row.granularity, st.periods)));
    } else if (const QString leftOut = leftOutText(row); !leftOut.isEmpty()) {
        flags.append(tr("%1: not in Min, Max, Mean").arg(leftOut));
    }
    return flags.join(QStringLiteral(" · "));
}

QList<SeriesTotalsModel::Comparison> SeriesTotalsModel::comparisonsOf(const QList<ChartSeries> &series)
{
    QList<Comparison> out;
    for (const ChartSeries &s : series) {
        Comparison c;
        const ChartSeries *other = ChartComparison::comparisonOf(series, s);
        if (other) {
            c.compared = true;
            c.delta = ChartComparison::ofTotals(s, *other);
            c.unit = s.unit;
            c.label = other->comparedLabel;
            c.comparedCoveragePercent = other->matchedStatistics.coveragePercent();
            const ZonedCalendar calendar = ZonedCalendar::forZoneId(s.timeZoneId.toUtf8());
            const QLocale locale;
            const auto when = [&](qint64 utcMs) {
                return locale.toString(calendar.toLocal(utcMs), QLocale::ShortFormat);
            };
            c.span = other->matchedToUtcMs < other->comparedToUtcMs
                         ? tr("Against %1 up to %2: the same part of the period as this one's data.")
                               .arg(other->comparedLabel, when(other->matchedToUtcMs))
                         : tr("Against all of %1.").arg(other->comparedLabel);
        }
        out.append(c);
    }
    return out;
}

QVariant SeriesTotalsModel::deltaData(const QModelIndex &index, int role) const
{
    const Comparison &c = m_comparisons.value(index.row());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (!c.compared || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole))
        return {};
    const bool percent = index.column() == DeltaPercentColumn;
    if (role == RawValueRole) {
        if (!c.delta)
            return {};
        return percent ? (c.delta->percent ? QVariant(*c.delta->percent) : QVariant())
                       : QVariant(c.delta->delta);
    }
    if (role == Qt::ToolTipRole) {
        if (!c.delta)
            return tr("No data to compare with in %1.").arg(c.label);
        const DisplayUnit unit = DisplayUnit::forMagnitude(
            c.unit, std::max(std::abs(c.delta->current), std::abs(c.delta->compared)));
        return QString(
            c.span + u'\n' +
            tr("%1 against %2.").arg(unit.format(c.delta->current), unit.format(c.delta->compared)));
    }
    if (!c.delta || (percent && !c.delta->percent))
        return QStringLiteral("—");
    if (!percent)
        return ChartComparison::deltaText(c.delta->delta, c.unit);
    const QString text = ChartComparison::percentText(*c.delta->percent);
    if (c.comparedCoveragePercent >= 100)
        return text;
    return tr("%1 (compared: %2 % coverage)").arg(text, coveragePercentText(c.comparedCoveragePercent));
}

QVariant SeriesTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeriesColumn:
        return tr("Series");
    case TotalColumn:
        return tr("Total");
    case DeltaColumn:
        return tr("Δ");
    case DeltaPercentColumn:
        return tr("Δ %");
    case MinimumColumn:
        return tr("Min");
    case MaximumColumn:
        return tr("Max");
    case MeanColumn:
        return tr("Mean");
    case CoverageColumn:
        return tr("Coverage");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace meterscope
