// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/meter.h"
#include "domain/site.h"

#include <QByteArray>

#include <cstring>
#include <optional>
#include <span>
#include <vector>

namespace meterscope {

// Compact binary records for the local cache: sites and meters through QDataStream (with a format
// version), series points as packed native arrays. Decoding rejects truncated or foreign data.
namespace recordcodec {

QByteArray encodeSite(const Site &site);
std::optional<Site> decodeSite(const QByteArray &bytes);
QByteArray encodeMeter(const Meter &meter);
std::optional<Meter> decodeMeter(const QByteArray &bytes);

template <typename T> QByteArray encodeArray(std::span<const T> values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size_bytes()));
}

template <typename T> std::optional<std::vector<T>> decodeArray(const QByteArray &bytes, size_t count)
{
    if (size_t(bytes.size()) != count * sizeof(T))
        return std::nullopt;
    std::vector<T> values(count);
    if (count > 0) // an empty vector's data() may be null, which memcpy must not get
        std::memcpy(values.data(), bytes.constData(), bytes.size());
    return values;
}

} // namespace recordcodec
} // namespace meterscope
