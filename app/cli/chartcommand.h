// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"
#include "cli/chartedselectioncommand.h"

#include <QList>
#include <QSize>
#include <QString>

namespace meterscope {

// meterscope-cli chart: what the desktop app charts — the same targets, range, granularity, comparison,
// zone and view as `export` — drawn as the app's image export: PNG, SVG and PDF, with the title, sites,
// range, zone and units above the chart and the totals table below it. It draws and writes with the
// app's ChartExporter (its chart never on screen), so the files are the app's export.
// Several formats are drawn from one fetch; each file is written whole or not at all.
class ChartCommand final : public ChartedSelectionCommand
{
public:
    ChartCommand();
    ~ChartCommand() override;
    Q_DISABLE_COPY_MOVE(ChartCommand)

    [[nodiscard]] QString name() const override { return QStringLiteral("chart"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString syntax() const override;
    [[nodiscard]] QString description() const override;

protected:
    [[nodiscard]] QList<QCommandLineOption> ownOptions() const override;
    QString parseOwnOptions(const QCommandLineParser &parser) override;
    bool prepare(CliContext &context) override;
    void writeChart(CliContext &context, ChartDocument &document) override;

private:
    struct Output
    {
        ChartExporter::Format format = ChartExporter::Format::Png;
        QString path;
    };
    // Draws `output` with `exporter` into `scratchPath`.
    bool draw(const Output &output, ChartExporter &exporter, const QString &scratchPath,
              QString *error) const;
    // Writes the drawn file to `path`, whole or not at all.
    static bool copy(const QString &scratchPath, const QString &path, QString *error);

    QList<Output> m_outputs;
    QSize m_size;
    bool m_totals = true; // the totals table below the chart
};

} // namespace meterscope
