// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartlegendnames.h"

#include "domain/commodity.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace meterscope {

namespace {

const QString kSeparator = QStringLiteral(" · ");

template <typename Part> bool differ(const QList<ChartSeries> &series, Part part)
{
    QSet<QString> seen;
    for (const ChartSeries &s : series) {
        if (!s.isComparison())
            seen.insert(part(s));
    }
    return seen.size() > 1;
}

} // namespace

QString ChartLegendNames::readable(const QString &apiName)
{
    // Only an identifier-like name (letters, a capital inside, no space) is split: "ActiveEnergy".
    static const QRegularExpression identifier(QStringLiteral("^[A-Z][a-z]+(?:[A-Z][a-z]+)+$"));
    if (!identifier.match(apiName).hasMatch())
        return apiName;
    QString out;
    for (const QChar c : apiName) {
        if (c.isUpper() && !out.isEmpty()) {
            out += u' ';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString ChartLegendNames::ownerOf(const ChartSeries &s)
{
    if (s.meterId.isEmpty() || s.meterName.isEmpty()) {
        if (s.commodity != Commodity::Unknown && !s.siteName.isEmpty())
            return commodityDisplayName(s.commodity);
        return s.meterName;
    }
    // A meter's name without the site the chart controller puts before it when sites are overlaid.
    const QString prefix = s.siteName + kSeparator;
    return s.meterName.startsWith(prefix) ? s.meterName.mid(prefix.size()) : s.meterName;
}

QStringList ChartLegendNames::of(const QList<ChartSeries> &series)
{
    const bool sites = differ(series, [](const ChartSeries &s) { return s.siteName; });
    const bool owners = differ(series, [](const ChartSeries &s) { return ownerOf(s); });
    const bool measurements =
        differ(series, [](const ChartSeries &s) { return readable(s.measurementName); });
    QStringList names;
    for (const ChartSeries &s : series) {
        QStringList parts;
        if (sites)
            parts.append(s.siteName);
        if (owners || (!sites && !measurements))
            parts.append(ownerOf(s));
        if (measurements || (!sites && !owners))
            parts.append(readable(s.measurementName));
        parts.removeAll(QString());
        QString name = parts.isEmpty() ? s.title : parts.join(kSeparator);
        if (s.isComparison() && !parts.isEmpty())
            name = QCoreApplication::translate("ChartLegendNames", "%1 (%2)").arg(name, s.comparedLabel);
        names.append(name);
    }
    return names;
}

} // namespace meterscope
