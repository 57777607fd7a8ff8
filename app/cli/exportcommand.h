// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "cli/clicommand.h"
#include "cli/periodoptions.h"
#include "domain/charttarget.h"
#include "export/csvdialect.h"
#include "store/cachemode.h"
#include "timeseries/granularity.h"
#include "timeseries/periodcomparison.h"

#include <QTimeZone>

#include <memory>
#include <optional>

namespace meterscope {

class ChartController;
class ChartDocument;

// meterscope-cli export: what the desktop app charts — targets (sites and meters, in order), range,
// granularity, comparison and zone — written as the same CSV as the app's CSV export: aggregated in each
// site's zone, one value column per series with coverage, partial and negative-interval columns for
// per-period series. Every export of the app carries this command in its provenance; running it
// writes the same data rows. It charts through the same ChartController and ChartDocument as the app,
// so the two cannot drift apart.
class ExportCommand final : public CliCommand
{
public:
    ExportCommand();
    ~ExportCommand() override;
    Q_DISABLE_COPY_MOVE(ExportCommand)

    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString syntax() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] bool writesWorkbooks() const override { return true; }
    QString parse(const QCommandLineParser &parser, const QStringList &arguments) override;
    void run(CliContext &context) override;

private:
    struct RequestedTarget
    {
        QString siteId;
        QString meterId; // empty: the site itself
    };
    // Fetches the site (and meter) of target `index`, then the next; charts when all are known.
    void resolveTarget(CliContext &context, int index);
    void chart(CliContext &context);
    void write(CliContext &context);

    QList<RequestedTarget> m_requested;
    QList<ChartTarget> m_targets;
    PeriodOptions m_period;
    QString m_viewFromText;
    QString m_viewToText;
    QString m_nowText; // empty: the system clock
    QString m_zoneText;
    std::optional<Granularity> m_granularity; // empty: automatic, from the length of the range
    PeriodComparison::Mode m_comparison = PeriodComparison::Mode::None;
    CacheMode m_cacheMode = CacheMode::Normal;
    CsvDialect m_dialect;
    ApiError m_failure; // the first target that could not be charted
    std::unique_ptr<ChartDocument> m_document;
    std::unique_ptr<ChartController> m_controller;
};

} // namespace meterscope
