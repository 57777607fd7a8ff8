// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartsummary.h"

#include "i18n/datepatterns.h"
#include "models/chartdisplayunits.h"
#include "models/chartlegendnames.h"
#include "timeseries/zonedcalendar.h"

#include <QLocale>

namespace meterscope {

QString ChartSummary::of(const QList<ChartSeries> &series, qint64 fromUtcMs, qint64 toUtcMs,
                         const QString &zoneId)
{
    if (series.isEmpty())
        return tr("No series charted.");
    const QLocale locale;
    const ZonedCalendar calendar = ZonedCalendar::forZoneId(zoneId.toUtf8());
    // The last day included: a range of whole days ends at the midnight after it.
    const qint64 lastMs = calendar.startOfDay(toUtcMs) == toUtcMs ? toUtcMs - 1 : toUtcMs;
    const QString range =
        tr("%1 – %2").arg(locale.toString(calendar.localDate(fromUtcMs), DatePatterns::dayMonthYear()),
                          locale.toString(calendar.localDate(lastMs), DatePatterns::dayMonthYear()));
    QString text = tr("%n series, %1 (%2).", nullptr, int(series.size())).arg(range, zoneId);
    const QStringList names = ChartLegendNames::of(series);
    const ChartDisplayUnits units(series);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const ChartSeries &s = series[i];
        const SeriesStatistics &st = s.statistics;
        QString figure;
        if (!st.hasData())
            figure = tr("no data");
        else if (s.summable)
            figure = tr("total %1").arg(units.totals(s.unit).format(st.sum));
        else
            figure = tr("mean %1").arg(units.values(s.unit).format(st.mean));
        const QString name = i < names.size() ? names[i] : s.title;
        text += QLatin1Char(' ') +
                tr("%1: %2, coverage %3 %.").arg(name, figure, locale.toString(st.coveragePercent(), 'f', 1));
    }
    return text;
}

} // namespace meterscope
