// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/chartedselectioncommand.h"
#include "export/csvdialect.h"

namespace meterscope {

// meterscope-cli export: what the desktop app charts — targets (sites and meters, in order), range,
// granularity, comparison and zone — written as the same CSV as the app's CSV export: aggregated in each
// site's zone, one value column per series with coverage, partial and negative-interval columns for
// per-period series. Every export of the app carries this command in its provenance; running it
// writes the same data rows. It charts through the same ChartController and ChartDocument as the app,
// so the two cannot drift apart.
class ExportCommand final : public ChartedSelectionCommand
{
public:
    ExportCommand();
    ~ExportCommand() override;
    Q_DISABLE_COPY_MOVE(ExportCommand)

    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString syntax() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool writesWorkbooks() const override { return true; }

protected:
    [[nodiscard]] QList<QCommandLineOption> ownOptions() const override;
    QString parseOwnOptions(const QCommandLineParser &parser) override;
    bool prepare(CliContext &context) override;
    void writeChart(CliContext &context, ChartDocument &document) override;

private:
    CsvDialect m_dialect;
};

} // namespace meterscope
