// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttable.h"

#include "export/decimaltext.h"
#include "export/isotimestampwriter.h"

#include <QSet>

namespace meterscope {

namespace {

QString nameWithId(const QString &id, const QString &name)
{
    if (name.isEmpty() || name == id)
        return id;
    if (id.isEmpty())
        return name;
    return id + QStringLiteral(" (") + name + u')';
}

} // namespace

void ExportTable::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void ExportTable::addSeries(Series series, const QString &meterName, const QString &label)
{
    // The points move to an owner of their own; the rest of `series` is what the provenance says of it.
    auto owned = std::make_shared<Series>();
    owned->utcMs = std::exchange(series.utcMs, {});
    owned->values = std::exchange(series.values, {});
    series.updatedAtUtcMs = {};
    Points points{owned->utcMs, owned->values, owned};
    addSeries(std::move(series), std::move(points), meterName, label);
}

void ExportTable::addSeries(Series info, Points points, const QString &meterName, const QString &label)
{
    Q_ASSERT(points.utcMs.size() == points.values.size());
    Q_ASSERT(points.coverage.empty() || points.coverage.size() == points.utcMs.size());
    Q_ASSERT(points.negativeIntervals.empty() || points.negativeIntervals.size() == points.coverage.size());
    m_entries.push_back(Entry{std::move(info), std::move(points), meterName, label});
}

qint64 ExportTable::pointCount() const
{
    qint64 count = 0;
    for (const Entry &entry : m_entries)
        count += qint64(entry.points.utcMs.size());
    return count;
}

QString ExportTable::columnLabel(const Entry &entry) const
{
    if (!entry.label.isEmpty())
        return entry.label;
    const Series &series = entry.series;
    QString label = series.name.isEmpty() ? series.measurementId : series.name;
    if (!series.unit.isEmpty())
        label += QStringLiteral(" (") + series.unit + u')';
    QSet<QString> meters;
    for (const Entry &other : m_entries)
        meters.insert(other.series.meterId);
    if (meters.size() > 1)
        label = (entry.meterName.isEmpty() ? series.meterId : entry.meterName) + u' ' + label;
    return label;
}

QList<std::pair<QString, QString>> ExportTable::provenanceRecords(bool withColumns) const
{
    const CsvProvenance &p = m_provenance;
    QList<std::pair<QString, QString>> records;
    const auto add = [&records](const QString &key, const QString &value) {
        if (!value.isEmpty())
            records.append({key, value});
    };
    IsoTimestampWriter timestamps(m_zone);
    add(QStringLiteral("meterscope"), QStringLiteral(MS_VERSION));
    add(QStringLiteral("source"), p.sourceHost);
    add(QStringLiteral("site"), nameWithId(p.siteId, p.siteName));
    add(QStringLiteral("zone"), QString::fromUtf8(m_zone.id()));
    add(QStringLiteral("granularity"), p.granularity);
    if (p.from.isValid() && p.to.isValid()) {
        add(QStringLiteral("range"),
            timestamps.localText(p.from.toMSecsSinceEpoch()) + QStringLiteral(" to ") +
                timestamps.localText(p.to.toMSecsSinceEpoch()) + QStringLiteral(" (end exclusive)"));
    }
    const QDateTime generated = p.generatedAt.isValid() ? p.generatedAt : QDateTime::currentDateTimeUtc();
    add(QStringLiteral("generated-at"), timestamps.utcText(generated.toMSecsSinceEpoch()));
    if (p.dataAsOfUtcMs)
        add(QStringLiteral("data-as-of"), timestamps.utcText(*p.dataAsOfUtcMs));
    if (p.coveragePercent)
        add(QStringLiteral("coverage"), decimalText(*p.coveragePercent) + u'%');
    int number = 0;
    for (const Entry &entry : m_entries) {
        const Series &s = entry.series;
        QString text = QStringLiteral("meter ") + nameWithId(s.meterId, entry.meterName) +
                       QStringLiteral(", measurement ") + nameWithId(s.measurementId, s.name);
        if (!s.unit.isEmpty())
            text += QStringLiteral(", unit ") + s.unit;
        if (!s.interval.isEmpty())
            text += QStringLiteral(", interval ") + s.interval;
        if (withColumns)
            text += QStringLiteral(", column \"") + columnLabel(entry) + u'"';
        add(QStringLiteral("series %1").arg(++number), text);
    }
    add(QStringLiteral("command"), p.command);
    for (const QString &note : p.notes)
        add(QStringLiteral("note"), note);
    return records;
}

} // namespace meterscope
