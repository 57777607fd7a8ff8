// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/displayunit.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace meterscope {

namespace {

constexpr double kStepFactor = 1000; // every step of a family is a thousand of the one below

// SI prefixes a family steps through; a lower-case "m" (milli) or any other prefix is not scaled.
constexpr std::array<const char *, 5> kPrefixes{{"", "k", "M", "G", "T"}};

// Bases of the SI families, compared case-insensitively, longest first so "varh" is not read as
// "var" + "h". Their text is canonical, except var's: its spellings (var, VAr, VAR) are all in use,
// so the API's stays.
struct Base
{
    const char *text;
    bool keepApiSpelling;
};
constexpr std::array<Base, 7> kBases{{
    {"varh", true},
    {"VAh", false},
    {"var", true},
    {"Wh", false},
    {"VA", false},
    {"W", false},
    {"J", false},
}};

// Where an API unit sits in its family.
struct Place
{
    bool volume = false; // L and m³; else an SI family
    int step = 0;        // index into kPrefixes, or 0 for L and 1 for m³
    QString base;        // the SI family's base as shown ("Wh", "kvarh"'s "varh")

    [[nodiscard]] int topStep() const { return volume ? 1 : int(kPrefixes.size()) - 1; }
    [[nodiscard]] QString textAt(int at) const
    {
        if (volume)
            return at == 0 ? QStringLiteral("L") : QStringLiteral("m³");
        return QString::fromLatin1(kPrefixes[size_t(at)]) + base;
    }
};

std::optional<int> prefixStep(const QString &prefix)
{
    if (prefix == u"K") // "KWh" is a common spelling of kWh; a capital K means nothing else here
        return 1;
    for (size_t i = 0; i < kPrefixes.size(); ++i) {
        if (prefix == QLatin1String(kPrefixes[i]))
            return int(i);
    }
    return std::nullopt;
}

std::optional<Place> placeOf(const QString &apiUnit)
{
    const QString unit = apiUnit.trimmed();
    if (unit == u"L" || unit == u"l")
        return Place{true, 0, {}};
    if (unit == u"m3" || unit == u"m³")
        return Place{true, 1, {}};
    for (const Base &base : kBases) {
        const QLatin1String text(base.text);
        if (!unit.endsWith(text, Qt::CaseInsensitive))
            continue;
        const std::optional<int> step = prefixStep(unit.first(unit.size() - text.size()));
        if (!step)
            return std::nullopt;
        return Place{false, *step, base.keepApiSpelling ? unit.last(text.size()) : QString(text)};
    }
    return std::nullopt;
}

} // namespace

DisplayUnit DisplayUnit::unscaled(const QString &apiUnit)
{
    DisplayUnit unit;
    unit.m_apiUnit = apiUnit;
    const std::optional<Place> place = placeOf(apiUnit);
    unit.m_text = place ? place->textAt(place->step) : readableText(apiUnit);
    return unit;
}

DisplayUnit DisplayUnit::forMagnitude(const QString &apiUnit, double largestMagnitude)
{
    DisplayUnit unit = unscaled(apiUnit);
    const std::optional<Place> place = placeOf(apiUnit);
    const double magnitude = std::abs(largestMagnitude);
    if (!place || !std::isfinite(magnitude))
        return unit;
    int step = place->step;
    double factor = 1;
    while (step < place->topStep() && magnitude / factor >= kScaleUpAt) {
        ++step;
        factor *= kStepFactor;
    }
    unit.m_text = place->textAt(step);
    unit.m_factor = factor;
    return unit;
}

DisplayUnit DisplayUnit::forValues(const QString &apiUnit, const std::vector<double> &values)
{
    return forMagnitude(apiUnit, largestMagnitude(values));
}

double DisplayUnit::largestMagnitude(const std::vector<double> &values)
{
    double largest = 0;
    for (const double v : values) {
        if (std::isfinite(v))
            largest = std::max(largest, std::abs(v));
    }
    return largest;
}

QString DisplayUnit::formatNumber(double apiValue, const QLocale &locale) const
{
    double value = toDisplay(apiValue);
    if (!std::isfinite(value))
        return locale.toString(value);
    const int decimals = decimalsFor(std::abs(value));
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // "0.000", never "-0.000"
    return locale.toString(value, 'f', decimals);
}

QString DisplayUnit::format(double apiValue, const QLocale &locale) const
{
    const QString number = formatNumber(apiValue, locale);
    return m_text.isEmpty() ? number : number + QLatin1Char(' ') + m_text;
}

int DisplayUnit::decimalsFor(double displayMagnitude)
{
    const double magnitude = std::abs(displayMagnitude);
    return magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3;
}

int DisplayUnit::decimalsForStep(double step)
{
    constexpr int kMaxDecimals = 6;
    double scaled = std::abs(step);
    if (!std::isfinite(scaled) || scaled == 0)
        return 0;
    for (int decimals = 0; decimals < kMaxDecimals; ++decimals, scaled *= 10) {
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * scaled)
            return decimals;
    }
    return kMaxDecimals;
}

QString DisplayUnit::readableText(const QString &apiUnit)
{
    // "m3" (or "m^3") on its own or after a prefix ("km3", "Nm3"), not inside a word or a number.
    static const QRegularExpression cubicMetre(QStringLiteral("(?<![A-Za-z0-9])([Nkdcm]?)m\\^?3(?![0-9])"));
    QString text = apiUnit;
    text.replace(cubicMetre, QStringLiteral("\\1m³"));
    return text;
}

} // namespace meterscope
