// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "cli/clicommand.h"
#include "cli/periodoptions.h"
#include "domain/charttarget.h"
#include "store/cachemode.h"
#include "timeseries/granularity.h"
#include "timeseries/periodcomparison.h"

#include <QTimeZone>

#include <memory>
#include <optional>

namespace meterscope {

class ChartController;
class ChartDocument;

// A command that charts what the desktop app charts — targets (sites and meters, in order), period,
// granularity, comparison, zone and view — through the same ChartController and ChartDocument as the
// app, then writes the charted document its own way (export: CSV or XLSX; chart: images). It reads the
// shared options, resolves the targets, charts them and fails as the app would report it; the command
// adds its own options and writes the document.
class ChartedSelectionCommand : public CliCommand
{
public:
    ~ChartedSelectionCommand() override;
    Q_DISABLE_COPY_MOVE(ChartedSelectionCommand)

    // The shared options, the command's own, then the period's.
    [[nodiscard]] QList<QCommandLineOption> options() const final;
    QString parse(const QCommandLineParser &parser, const QStringList &arguments) final;
    void run(CliContext &context) final;

protected:
    // What --zone, --view-from and --view-to mean for the command's output, for its --help.
    struct OptionTexts
    {
        QString zone;
        QString viewFrom;
        QString viewTo;
    };
    explicit ChartedSelectionCommand(OptionTexts texts);

    // The syntax of the shared options, for the command's syntax().
    [[nodiscard]] static QString selectionSyntax();
    [[nodiscard]] virtual QList<QCommandLineOption> ownOptions() const { return {}; }
    // Reads the command's own options once the shared ones are read: a one-line usage error, or an
    // empty string when the command can run.
    virtual QString parseOwnOptions(const QCommandLineParser &parser) = 0;
    // Before any request: false when the command cannot run with these global options (it has then
    // ended `context` with the reason).
    virtual bool prepare(CliContext &context);
    // The document holds the complete chart, viewed as --view-from and --view-to ask: the command
    // writes it and ends `context`.
    virtual void writeChart(CliContext &context, ChartDocument &document) = 0;

    [[nodiscard]] const PeriodOptions &period() const { return m_period; }

private:
    struct RequestedTarget
    {
        QString siteId;
        QString meterId; // empty: the site itself
    };
    // Fetches the site (and meter) of target `index`, then the next; charts when all are known.
    void resolveTarget(CliContext &context, int index);
    void chart(CliContext &context);
    void charted(CliContext &context);

    OptionTexts m_texts;
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
    ApiError m_failure; // the first target that could not be charted
    std::unique_ptr<ChartDocument> m_document;
    std::unique_ptr<ChartController> m_controller;
};

} // namespace meterscope
