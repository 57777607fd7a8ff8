// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"
#include "domain/meter.h"
#include "domain/series.h"
#include "domain/seriesquery.h"
#include "domain/site.h"

#include <QDateTime>
#include <QTimeZone>

namespace meterscope {

// meterscope-cli series: the time series of a site or a meter over [--from, --to), one row per
// point with its UTC and site-local time; gaps are absent rows. Fetches the site first for its time
// zone (dates without a zone are read in it) and, with --meter, the meter for its name.
class SeriesCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("series"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString syntax() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser &parser, const QStringList &arguments) override;
    void run(CliContext &context) override;

private:
    void fetchSeries(CliContext &context);
    void output(CliContext &context, QList<Series> series);

    SeriesQuery m_query;
    QString m_fromText;
    QString m_toText;
    Site m_site;
    Meter m_meter;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace meterscope
