// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace meterscope {

// Export of the chart (PNG, SVG, PDF) or of its data (CSV): format, size, the range every export of the
// dialog holds (stated, and when the chart is zoomed a choice of the zoomed view or the whole range),
// the totals table in images or not, a file name a person would keep, progress and Cancel for the CSV,
// which is written on a worker thread.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(ChartExporter *exporter, const QString &directory, QWidget *parent = nullptr);

    void setFormat(ChartExporter::Format format);
    [[nodiscard]] ChartExporter::Format format() const;
    void setPath(const QString &path);
    [[nodiscard]] QString path() const;
    void setImageSize(const QSize &size);
    void setRange(ChartExporter::Range range);
    // "Range: 3 Oct 2026 – 10 Oct 2026 (zoomed view)"
    [[nodiscard]] QString rangeText() const;
    void setTotalsIncluded(bool included);
    // Runs the export as if Export was clicked.
    void startExport();
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void reject() override;

private:
    void onFormatChanged();
    // States the range the exports hold, offers the choice when zoomed, and names the file after it.
    void updateRange();
    // The exporter's name for the file, in the folder of the path shown.
    void useDefaultFileName();
    void finish(bool ok, const QString &message);

    ChartExporter *m_exporter;
    QString m_directory;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_rangeChoice;
    QLabel *m_rangeLabel;
    QCheckBox *m_totals;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
};

} // namespace meterscope
