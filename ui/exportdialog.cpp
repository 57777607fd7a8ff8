// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace meterscope {

ExportDialog::ExportDialog(ChartExporter *exporter, const QString &directory, QWidget *parent)
    : QDialog(parent), m_exporter(exporter), m_directory(directory)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(exporter->title(), this);
    heading->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 12pt;"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->addItem(tr("PNG image"), int(ChartExporter::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(ChartExporter::Format::Svg));
    m_format->addItem(tr("PDF document (one page)"), int(ChartExporter::Format::Pdf));
    m_format->addItem(tr("CSV data for scripts (RFC 4180: comma, decimal point, ISO 8601 times)"),
                      int(ChartExporter::Format::Csv));
    const CsvDialect spreadsheet = exporter->dialect(ChartExporter::Format::SpreadsheetCsv);
    m_format->addItem(tr("CSV data for a spreadsheet (%1: separator “%2”, decimal mark “%3”, local times)")
                          .arg(QLocale(spreadsheet.localeName).nativeLanguageName(),
                               QString(QLatin1Char(spreadsheet.separator)),
                               QString(QLatin1Char(spreadsheet.decimalMark))),
                      int(ChartExporter::Format::SpreadsheetCsv));
    m_format->addItem(tr("Excel workbook (XLSX: numbers, dates and a provenance sheet)"),
                      int(ChartExporter::Format::Xlsx));
    form->addRow(tr("&Format"), m_format);
    auto *sizeRow = new QHBoxLayout;
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("exportWidthSpin"));
    m_width->setRange(320, 8000);
    m_width->setValue(1600);
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("exportHeightSpin"));
    m_height->setRange(240, 6000);
    m_height->setValue(900);
    m_height->setSuffix(tr(" px"));
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    form->addRow(tr("Size"), sizeRow);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setMinimumWidth(420);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File"), pathRow);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_exportButton = new QPushButton(tr("Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("exportCloseButton"));
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString ext = ChartExporter::extension(format());
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(),
                                                            tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_exporter, &ChartExporter::csvProgress, m_progress, &QProgressBar::setValue);
    connect(m_exporter, &ChartExporter::csvFinished, this, &ExportDialog::finish);
    onFormatChanged();
}

void ExportDialog::setFormat(ChartExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ChartExporter::Format ExportDialog::format() const
{
    return ChartExporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text();
}

void ExportDialog::setImageSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::onFormatChanged()
{
    const ChartExporter::Format f = format();
    const bool sized = f == ChartExporter::Format::Png || f == ChartExporter::Format::Svg;
    m_width->setEnabled(sized);
    m_height->setEnabled(sized);
    const QString dir = m_path->text().isEmpty() ? m_directory : QFileInfo(m_path->text()).absolutePath();
    m_path->setText(QDir(dir).filePath(m_exporter->defaultFileName(f)));
    m_status->clear();
}

void ExportDialog::startExport()
{
    const QString target = path();
    if (target.isEmpty())
        return;
    QString error;
    bool ok = true;
    switch (format()) {
    case ChartExporter::Format::Png:
        ok = m_exporter->exportImage(target, QSize(m_width->value(), m_height->value()), &error);
        break;
    case ChartExporter::Format::Svg:
        ok = m_exporter->exportSvg(target, QSize(m_width->value(), m_height->value()), &error);
        break;
    case ChartExporter::Format::Pdf:
        ok = m_exporter->exportPdf(target, &error);
        break;
    case ChartExporter::Format::Csv:
    case ChartExporter::Format::SpreadsheetCsv:
    case ChartExporter::Format::Xlsx:
        m_progress->setValue(0);
        m_progress->show();
        m_exportButton->setEnabled(false);
        m_closeButton->setText(tr("Cancel"));
        m_status->setText(tr("Writing…"));
        m_exporter->startCsv(target, format());
        return;
    }
    finish(ok, ok ? tr("Saved %1.").arg(target) : error);
}

void ExportDialog::finish(bool ok, const QString &message)
{
    m_progress->hide();
    m_exportButton->setEnabled(true);
    m_closeButton->setText(tr("Close"));
    m_status->setStyleSheet(ok ? QStringLiteral("color: #1d5e35;") : QStringLiteral("color: #a2261a;"));
    m_status->setText(message);
    if (ok)
        Q_EMIT exported(path());
}

void ExportDialog::reject()
{
    if (m_exporter->isCsvRunning()) {
        m_exporter->cancelCsv(); // the dialog stays until the writer confirms
        return;
    }
    QDialog::reject();
}

} // namespace meterscope
