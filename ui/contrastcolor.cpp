// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contrastcolor.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace meterscope {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double ContrastColor::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ContrastColor::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool ContrastColor::isDark(const QColor &background)
{
    // Dark where white reads better on it than black does.
    return ratio(background, Qt::white) > ratio(background, Qt::black);
}

bool ContrastColor::isDark(const QPalette &palette)
{
    return isDark(palette.color(QPalette::Base));
}

QColor ContrastColor::readableOn(const QColor &color, const QColor &background, double minimumRatio)
{
    if (ratio(color, background) >= minimumRatio)
        return color;
    // Walk the lightness away from the background's, keeping hue and saturation.
    const QColor hsl = color.toHsl();
    const bool lighten = isDark(background);
    const float start = hsl.lightnessF();
    constexpr int kSteps = 40;
    QColor candidate = color;
    for (int step = 1; step <= kSteps; ++step) {
        const float lightness =
            lighten ? start + (1.0F - start) * float(step) / kSteps : start * (1.0F - float(step) / kSteps);
        candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness, hsl.alphaF());
        if (ratio(candidate, background) >= minimumRatio)
            break;
    }
    return candidate.toRgb();
}

QColor ContrastColor::mixed(const QColor &from, const QColor &to, double share)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto mix = [share](float x, float y) { return float(x + (y - x) * share); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()),
                            mix(a.alphaF(), b.alphaF()));
}

QColor ContrastColor::errorText(const QPalette &palette)
{
    return readableOn(QColor(0xa2, 0x26, 0x1a), palette.color(QPalette::Window));
}

QColor ContrastColor::successText(const QPalette &palette)
{
    return readableOn(QColor(0x1d, 0x5e, 0x35), palette.color(QPalette::Window));
}

QPalette ContrastColor::lightPalette()
{
    // Qt's own light palette: white base, black text, grey window.
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

QPalette ContrastColor::darkPalette()
{
    const QColor window(0x2d, 0x30, 0x33);
    const QColor base(0x1e, 0x20, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    QPalette palette(window, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2d));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3e, 0x42));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    const QColor disabledText(0x80, 0x86, 0x8b);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace meterscope
