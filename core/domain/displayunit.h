// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <vector>

namespace meterscope {

// A unit as people read it: the API's unit scaled within its own family so figures stay short
// (Wh → kWh → MWh → GWh → TWh, W → kW → … → TW, J → … → TJ, VAh, VA, varh and var alike, L → m³),
// never into another quantity or commodity (kWh never becomes m³, m³ of gas never becomes kWh).
// Scaling only goes up from the API's unit, and m³ is the top of the volume family (a "thousand m³"
// reads worse than a grouped 1,234,567 m³). A unit outside these families is never scaled.
// Display only: machine exports keep the API's values and unit.
class DisplayUnit final
{
public:
    // Below this many of a unit the next larger one is not used: at most 9,999 kWh, then 10 MWh.
    static constexpr double kScaleUpAt = 10'000;

    DisplayUnit() = default; // no unit, unscaled
    // The API's unit as it is (only its text made readable: "m3" reads "m³").
    static DisplayUnit unscaled(const QString &apiUnit);
    // The largest step of the family that shows `largestMagnitude` (API units, sign ignored) as less
    // than kScaleUpAt, or the family's top; unscaled for unknown units, zero, NaN and infinities.
    static DisplayUnit forMagnitude(const QString &apiUnit, double largestMagnitude);
    // As forMagnitude() for the largest absolute finite value of `values`.
    static DisplayUnit forValues(const QString &apiUnit, const std::vector<double> &values);
    // The largest absolute finite value of `values`; 0 for none.
    [[nodiscard]] static double largestMagnitude(const std::vector<double> &values);

    [[nodiscard]] const QString &apiUnit() const { return m_apiUnit; }
    // What people read: "MWh", "m³"; empty when there is no unit.
    [[nodiscard]] const QString &text() const { return m_text; }
    // API units in one display unit: 1000 for kWh shown as MWh.
    [[nodiscard]] double factor() const { return m_factor; }
    [[nodiscard]] bool isScaled() const { return m_factor != 1.0; }
    [[nodiscard]] double toDisplay(double apiValue) const { return apiValue / m_factor; }

    // The API value in this unit, with the locale's digit grouping and decimals for its magnitude
    // ("1,500.4"; "1 500,4" in French). A value that rounds to zero shows no minus sign.
    [[nodiscard]] QString formatNumber(double apiValue, const QLocale &locale = QLocale()) const;
    // The number and the unit ("1,500.4 MWh"), the number alone when there is no unit.
    [[nodiscard]] QString format(double apiValue, const QLocale &locale = QLocale()) const;

    // Decimals for a displayed magnitude: at least four significant digits, at most three decimals.
    [[nodiscard]] static int decimalsFor(double displayMagnitude);
    // Decimals that tell ticks `step` apart on an axis: 0 for 500, 1 for 0.5, 2 for 0.25 (at most 6).
    [[nodiscard]] static int decimalsForStep(double step);
    // The text people read for a unit as the API spells it: "m3" (also in "m3/h", "Nm3") → "m³".
    [[nodiscard]] static QString readableText(const QString &apiUnit);

    friend bool operator==(const DisplayUnit &, const DisplayUnit &) = default;

private:
    QString m_apiUnit;
    QString m_text;
    double m_factor = 1.0;
};

} // namespace meterscope
