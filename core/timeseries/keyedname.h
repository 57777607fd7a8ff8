// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstddef>

namespace meterscope {

// One value of an enum with the key the command line and the settings use for it ("last-year") and
// the name people read ("Same period last year"); a table of them is looked up both ways. The names
// are marked with QT_TRANSLATE_NOOP(context, …) and translated in that context when read.
template <typename Enum> struct KeyedName
{
    Enum value;
    const char *key;
    const char *displayName;

    // The entry of `value` in `table`; nullptr when it has none.
    template <std::size_t N> static const KeyedName *find(const std::array<KeyedName, N> &table, Enum value)
    {
        for (const KeyedName &entry : table) {
            if (entry.value == value)
                return &entry;
        }
        return nullptr;
    }
    // Sets `*value` to the value whose key is `key` (any case); false when none is.
    template <std::size_t N>
    static bool fromKey(const std::array<KeyedName, N> &table, const QString &key, Enum *value)
    {
        for (const KeyedName &entry : table) {
            if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0) {
                *value = entry.value;
                return true;
            }
        }
        return false;
    }
    template <std::size_t N> static QString keyOf(const std::array<KeyedName, N> &table, Enum value)
    {
        const KeyedName *entry = find(table, value);
        return entry ? QString::fromLatin1(entry->key) : QString();
    }
    // The name of `value` in the language of the application; `context` is the one its table marks.
    template <std::size_t N>
    static QString displayNameOf(const std::array<KeyedName, N> &table, Enum value, const char *context)
    {
        const KeyedName *entry = find(table, value);
        return entry ? QCoreApplication::translate(context, entry->displayName) : QString();
    }
};

} // namespace meterscope
