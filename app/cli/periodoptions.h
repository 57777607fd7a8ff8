// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/cachemode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace meterscope {

// The options that commands reading time series share: the period [--from, --to) and how the local
// cache is used (--no-cache, --refresh).
class PeriodOptions
{
public:
    [[nodiscard]] static QList<QCommandLineOption> options();
    // Reads them; returns a one-line usage error (naming `command`) or an empty string.
    QString parse(const QCommandLineParser &parser, const QString &command);

    [[nodiscard]] const QString &fromText() const { return m_fromText; }
    [[nodiscard]] const QString &toText() const { return m_toText; }
    [[nodiscard]] CacheMode cacheMode() const { return m_cacheMode; }
    // "cannot read the date …" for a date that parseDateTimeArgument() does not read.
    [[nodiscard]] static QString badDate(const QString &text);

private:
    QString m_fromText;
    QString m_toText;
    CacheMode m_cacheMode = CacheMode::Normal;
};

} // namespace meterscope
