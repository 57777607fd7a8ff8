// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"
#include "cli/periodoptions.h"
#include "domain/meter.h"
#include "domain/series.h"
#include "domain/seriesquery.h"
#include "domain/site.h"
#include "store/cachemode.h"
#include "store/seriesfetchresult.h"

#include <QDateTime>
#include <QTimeZone>

namespace meterscope {

// meterscope-cli series: the time series of a site or a meter over [--from, --to), one row per
// point with its UTC and site-local time; gaps are absent rows. Fetches the site first for its time
// zone (dates without a zone are read in it) and, with --meter, the meter for its name. Goes
// through the account's local cache: what it holds is not asked again, and when the server cannot be
// reached, a range the cache holds whole is served from it (exit 0, with an "as of" line on stderr).
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
    void onSeries(CliContext &context, const SeriesFetchResult &result);
    void output(CliContext &context, QList<Series> series, std::optional<qint64> asOfUtcMs);
    // stderr: where the figures came from when the server could not answer.
    void sayServedFromCache(const ApiError &error, std::optional<qint64> asOfUtcMs) const;

    SeriesQuery m_query;
    PeriodOptions m_period;
    Site m_site;
    Meter m_meter;
    QTimeZone m_zone = QTimeZone::utc();
    CacheMode m_cacheMode = CacheMode::Normal;
    ApiError m_unreachable; // the server could not be asked for the site or meter: the cache answered
};

} // namespace meterscope
