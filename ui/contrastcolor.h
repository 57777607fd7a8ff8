// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace meterscope {

// Colours read against the palette they are drawn on: the WCAG contrast ratio of two colours, a
// colour of fixed hue (a series, an error) made light or dark enough to read on a background, and
// the palette used where Meterscope draws on white (exports) whatever the desktop's palette.
class ContrastColor final
{
public:
    ContrastColor() = delete;

    // WCAG 2 minimums: body text, and large text or graphics (lines, bars, marks).
    static constexpr double kTextRatio = 4.5;
    static constexpr double kGraphicsRatio = 3.0;

    // WCAG 2 relative luminance, 0 (black) to 1 (white).
    [[nodiscard]] static double luminance(const QColor &color);
    // WCAG 2 contrast ratio, 1 (same) to 21 (black on white).
    [[nodiscard]] static double ratio(const QColor &a, const QColor &b);
    [[nodiscard]] static bool isDark(const QColor &background);
    [[nodiscard]] static bool isDark(const QPalette &palette);
    // `color` as it is where it reads on `background` with at least `minimumRatio`; else of the same
    // hue, made darker (on a light background) or lighter (on a dark one) until it does.
    [[nodiscard]] static QColor readableOn(const QColor &color, const QColor &background,
                                           double minimumRatio = kTextRatio);
    // `share` (0 to 1) of the way from `from` to `to`.
    [[nodiscard]] static QColor mixed(const QColor &from, const QColor &to, double share);
    // Text that says something failed, or succeeded: red, or green, as dark or as light as reads on the
    // palette's window.
    [[nodiscard]] static QColor errorText(const QPalette &palette);
    [[nodiscard]] static QColor successText(const QPalette &palette);
    // Dark text on white: what charts are drawn with for an export, whatever the application's palette.
    [[nodiscard]] static QPalette lightPalette();
    // A dark palette as dark desktop themes have it (light text on near-black): the one the screenshot
    // tour shows Meterscope in.
    [[nodiscard]] static QPalette darkPalette();
};

} // namespace meterscope
