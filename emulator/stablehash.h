// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <initializer_list>

// Stable, seedable hashing: every generated id and value is a pure function of these, so the same
// seed gives the same portfolio and the same bytes on every machine and every run.
namespace meterscope::emulator::stablehash {

// SplitMix64 finaliser: a well-mixed 64-bit value from any 64-bit input.
constexpr quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 combine(std::initializer_list<quint64> parts)
{
    quint64 h = 0x6a09e667f3bcc909ULL;
    for (const quint64 part : parts)
        h = mix(h ^ part);
    return h;
}

// A value in [0, 1).
constexpr double unit(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

// A UUID-looking string (version 4 layout) derived from a hash.
inline QByteArray uuid(quint64 h)
{
    const quint64 a = mix(h);
    const quint64 b = mix(a ^ 0x5bd1e995ULL);
    QByteArray hex =
        QByteArray::number(a, 16).rightJustified(16, '0') + QByteArray::number(b, 16).rightJustified(16, '0');
    hex[12] = '4';
    hex[16] = "89ab"[b >> 62];
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
           hex.mid(20, 12);
}

} // namespace meterscope::emulator::stablehash
