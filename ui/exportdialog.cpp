// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "contrastcolor.h"

#include <QCheckBox>
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
    // The language the spreadsheet conventions come from; none to name in the C locale.
    const QString language = QLocale(spreadsheet.localeName).nativeLanguageName();
    const QString conventions =
        tr("separator “%1”, decimal mark “%2”, local times")
            .arg(QString(QLatin1Char(spreadsheet.separator)), QString(QLatin1Char(spreadsheet.decimalMark)));
    m_format->addItem(tr("CSV data for a spreadsheet (%1)")
                          .arg(language.isEmpty() ? conventions : tr("%1: %2").arg(language, conventions)),
                      int(ChartExporter::Format::SpreadsheetCsv));
    m_format->addItem(tr("Excel workbook (XLSX: numbers, dates and a provenance sheet)"),
                      int(ChartExporter::Format::Xlsx));
    form->addRow(tr("&Format"), m_format);
    m_format->setAccessibleName(tr("Format"));
    auto *sizeRow = new QHBoxLayout;
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("exportWidthSpin"));
    m_width->setRange(ChartExporter::kMinimumImageSize.width(), ChartExporter::kMaximumImageSize.width());
    m_width->setValue(ChartExporter::kDefaultImageSize.width());
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("exportHeightSpin"));
    m_height->setRange(ChartExporter::kMinimumImageSize.height(), ChartExporter::kMaximumImageSize.height());
    m_height->setValue(ChartExporter::kDefaultImageSize.height());
    m_height->setSuffix(tr(" px"));
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    form->addRow(tr("Size"), sizeRow);
    m_width->setAccessibleName(tr("Width"));
    m_width->setAccessibleDescription(tr("Width of the exported image"));
    m_height->setAccessibleName(tr("Height"));
    m_height->setAccessibleDescription(tr("Height of the exported image"));
    // One range for every export of the dialog: the images, their totals and the data rows.
    auto *rangeRow = new QVBoxLayout;
    m_rangeChoice = new QComboBox(this);
    m_rangeChoice->setObjectName(QStringLiteral("exportRangeCombo"));
    m_rangeChoice->addItem(QString(), int(ChartExporter::Range::View));
    m_rangeChoice->addItem(QString(), int(ChartExporter::Range::Whole));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("exportRangeLabel"));
    m_rangeLabel->setWordWrap(true);
    rangeRow->addWidget(m_rangeChoice);
    rangeRow->addWidget(m_rangeLabel);
    form->addRow(tr("Range"), rangeRow);
    m_rangeChoice->setAccessibleName(tr("Range"));
    m_rangeChoice->setAccessibleDescription(tr("The period to export"));
    m_totals = new QCheckBox(tr("Include totals table"), this);
    m_totals->setObjectName(QStringLiteral("exportTotalsCheck"));
    m_totals->setChecked(true);
    m_totals->setToolTip(tr("The totals of each series, as under the chart, below the chart in the image"));
    form->addRow(QString(), m_totals);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setMinimumWidth(420);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    browse->setToolTip(tr("Choose the file to export to"));
    m_path->setAccessibleName(tr("File"));
    m_path->setAccessibleDescription(tr("The file the chart is exported to"));
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
    connect(m_rangeChoice, &QComboBox::currentIndexChanged, this,
            [this] { m_exporter->setRange(ChartExporter::Range(m_rangeChoice->currentData().toInt())); });
    connect(m_exporter, &ChartExporter::rangeChanged, this, &ExportDialog::updateRange);
    connect(m_totals, &QCheckBox::toggled, m_exporter, &ChartExporter::setTotalsIncluded);
    m_exporter->setTotalsIncluded(m_totals->isChecked());
    // What the chart shows, unless chosen otherwise.
    m_exporter->setRange(ChartExporter::Range::View);
    onFormatChanged();
    updateRange();
}

void ExportDialog::setRange(ChartExporter::Range range)
{
    m_rangeChoice->setCurrentIndex(m_rangeChoice->findData(int(range)));
}

QString ExportDialog::rangeText() const
{
    return m_rangeLabel->text();
}

void ExportDialog::setTotalsIncluded(bool included)
{
    m_totals->setChecked(included);
}

void ExportDialog::updateRange()
{
    const bool zoomed = m_exporter->isZoomed();
    const QString view = m_exporter->rangeText(ChartExporter::Range::View);
    const QString whole = m_exporter->rangeText(ChartExporter::Range::Whole);
    m_rangeChoice->setItemText(0, tr("Zoomed view: %1").arg(view));
    m_rangeChoice->setItemText(1, tr("Whole range: %1").arg(whole));
    m_rangeChoice->setVisible(zoomed);
    if (!zoomed)
        m_rangeLabel->setText(whole);
    else if (m_exporter->range() == ChartExporter::Range::View)
        m_rangeLabel->setText(tr("%1 (zoomed view)").arg(view));
    else
        m_rangeLabel->setText(tr("%1 (whole range)").arg(whole));
    // The file is named after the range it holds.
    useDefaultFileName();
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
    m_totals->setEnabled(sized || f == ChartExporter::Format::Pdf);
    useDefaultFileName();
    m_status->clear();
}

void ExportDialog::useDefaultFileName()
{
    const QString dir = m_path->text().isEmpty() ? m_directory : QFileInfo(m_path->text()).absolutePath();
    m_path->setText(QDir(dir).filePath(m_exporter->defaultFileName(format())));
}

void ExportDialog::startExport()
{
    const QString target = path();
    if (target.isEmpty())
        return;
    QString error;
    // A folder that is not there yet (the default one, a new name typed) is made, or the reason said.
    if (!ChartExporter::makeFolderFor(target, &error))
        return finish(false, error);
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
    m_status->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((ok ? ContrastColor::successText(palette()) : ContrastColor::errorText(palette())).name()));
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
