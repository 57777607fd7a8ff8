// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"
#include "chartwidget.h"
#include "exportdialog.h"
#include "models/chartdocument.h"
#include "support/chartseriesfixture.h"
#include "support/defaultlocale.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meterscope;

namespace {

qint64 utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Two days of hourly energy (1, 2, … 48 kWh) on 3 and 4 Oct 2026 (UTC), charted by a chart much
// wider than high, as in a main window.
struct Charted
{
    Charted()
    {
        const qint64 from = utc(2026, 10, 3);
        const qint64 to = utc(2026, 10, 5);
        ChartSeries series = fixture::hourlyChartSeries(QStringLiteral("Main incomer"), from, 48);
        // The totals of the whole range, as the series builder takes them.
        series.statistics.sum = 48 * 49 / 2;
        series.statistics.count = 48;
        series.statistics.expected = 48;
        series.statistics.mean = series.statistics.intervalMean();
        series.statistics.minimum = 1;
        series.statistics.minimumAtUtcMs = from;
        series.statistics.maximum = 48;
        series.statistics.maximumAtUtcMs = from + 47 * fixture::kHourMs; // Mon 5 Oct 01:00 in Paris
        document.setSeries({series}, from, to, true, from);
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.setDocument(&document);
        chart.resize(1000, 300);
        chart.show();
    }
    ChartDocument document;
    ChartWidget chart;
    ChartExporter exporter{&document, &chart};
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether a row of the image has anything but white on it.
bool isInked(const QImage &image, int y)
{
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, y) != QColor(Qt::white))
            return true;
    }
    return false;
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imageSizesAndThePdfPageAreTheExportersOwn();
    void theChartFillsTheImageWhateverTheScreensShape();
    void imagesHaveTheTotalsTableUnlessLeftOut();
    void everyExportOfTheDialogHoldsTheRangeItStates();
    void theWholeRangeCanBeChosenWhenZoomed();
    void aMissingExportFolderIsMadeOrTheReasonSaid();

private:
    std::unique_ptr<fixture::DefaultLocale> m_locale;
};

void TestChartExporter::initTestCase()
{
    m_locale = std::make_unique<fixture::DefaultLocale>(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestChartExporter::imageSizesAndThePdfPageAreTheExportersOwn()
{
    Charted charted;
    ExportDialog dialog(&charted.exporter, QDir::tempPath());
    auto *width = dialog.findChild<QSpinBox *>(QStringLiteral("exportWidthSpin"));
    auto *height = dialog.findChild<QSpinBox *>(QStringLiteral("exportHeightSpin"));
    QVERIFY(width && height);
    QCOMPARE(QSize(width->value(), height->value()), ChartExporter::kDefaultImageSize);
    QCOMPARE(QSize(width->minimum(), height->minimum()), ChartExporter::kMinimumImageSize);
    QCOMPARE(QSize(width->maximum(), height->maximum()), ChartExporter::kMaximumImageSize);
    QCOMPARE(ChartExporter::kDefaultImageSize, QSize(1600, 900));
    // A4 landscape (297 × 210 mm) less 12 pt margins, at 150 dpi.
    const QSize page = ChartExporter::pdfPagePx();
    QVERIFY2(std::abs(page.width() - (297 / 25.4 * 150 - 2 * 12 / 72.0 * 150)) <= 2,
             qPrintable(QString::number(page.width())));
    QVERIFY2(std::abs(page.height() - (210 / 25.4 * 150 - 2 * 12 / 72.0 * 150)) <= 2,
             qPrintable(QString::number(page.height())));
    QCOMPARE(ChartExporter::pdfPageLayout().orientation(), QPageLayout::Landscape);
}

void TestChartExporter::theChartFillsTheImageWhateverTheScreensShape()
{
    Charted charted;
    charted.exporter.setTotalsIncluded(false);
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.png"));
    // The shape of the PDF page, far taller than the chart on screen.
    QString error;
    QVERIFY2(charted.exporter.exportImage(path, ChartExporter::pdfPagePx(), &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), ChartExporter::pdfPagePx());
    // The chart reaches the bottom: no blank band below it (drawn at the screen's shape, the lowest
    // third was empty).
    int lastInked = 0;
    for (int y = 0; y < image.height(); ++y) {
        if (isInked(image, y))
            lastInked = y;
    }
    QVERIFY2(lastInked > image.height() * 0.9,
             qPrintable(QStringLiteral("%1 of %2").arg(lastInked).arg(image.height())));
    // A PDF is one page, A4 landscape.
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    QVERIFY2(charted.exporter.exportPdf(pdf, &error), qPrintable(error));
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(QRegularExpression(QStringLiteral("MediaBox \\[0 0 84[12](\\.\\d+)? 595(\\.\\d+)?\\]"))
                 .match(QString::fromLatin1(bytes))
                 .hasMatch(),
             "not an A4 landscape page");
}

void TestChartExporter::imagesHaveTheTotalsTableUnlessLeftOut()
{
    Charted charted;
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(charted.exporter.exportSvg(path, ChartExporter::kDefaultImageSize, &error), qPrintable(error));
    const QString svg = QString::fromUtf8(readAll(path));
    // The heading of the on-screen table, and each figure with when Min and Max were.
    for (const QString &heading : {QStringLiteral("Series"), QStringLiteral("Total"), QStringLiteral("Min"),
                                   QStringLiteral("Max"), QStringLiteral("Mean"), QStringLiteral("Coverage")})
        QVERIFY2(svg.contains(QStringLiteral(">") + heading + QStringLiteral("<")), qPrintable(heading));
    QVERIFY2(svg.contains(QStringLiteral("(Mon 5 Oct 2026 01:00)")), "no time of the maximum");
    charted.exporter.setTotalsIncluded(false);
    QVERIFY2(charted.exporter.exportSvg(path, ChartExporter::kDefaultImageSize, &error), qPrintable(error));
    QVERIFY(!QString::fromUtf8(readAll(path)).contains(QStringLiteral(">Coverage<")));
}

void TestChartExporter::everyExportOfTheDialogHoldsTheRangeItStates()
{
    Charted charted;
    const QTemporaryDir dir;
    ExportDialog dialog(&charted.exporter, dir.path());
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("exportRangeLabel"));
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("exportRangeCombo"));
    QVERIFY(label && choice);
    QCOMPARE(dialog.rangeText(), QStringLiteral("3 Oct 2026 – 4 Oct 2026"));
    QVERIFY(!choice->isVisibleTo(&dialog)); // nothing to choose from
    // Zoomed while the dialog is open: what it states, the file name and every file follow.
    charted.chart.setView(utc(2026, 10, 4), utc(2026, 10, 5));
    QVERIFY(charted.document.isZoomed());
    QCOMPARE(dialog.rangeText(), QStringLiteral("4 Oct 2026 – 4 Oct 2026 (zoomed view)"));
    QVERIFY(choice->isVisibleTo(&dialog));
    QVERIFY2(dialog.path().endsWith(QStringLiteral("2026-10-04.png")), qPrintable(dialog.path()));
    dialog.setFormat(ChartExporter::Format::Csv);
    QVERIFY2(dialog.path().endsWith(QStringLiteral("2026-10-04.csv")), qPrintable(dialog.path()));
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Exported")), 10000);
    QCOMPARE(charted.exporter.csvRowsWritten(), qint64(24));
    // The totals drawn are those of the day exported: 25 + … + 48 = 876 kWh.
    dialog.setFormat(ChartExporter::Format::Svg);
    dialog.startExport();
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Saved")), qPrintable(dialog.statusText()));
    const QString svg = QString::fromUtf8(readAll(dialog.path()));
    QVERIFY2(svg.contains(QStringLiteral(">876.0 kWh<")), "the totals are not those of the view");
    QVERIFY(svg.contains(QStringLiteral("Range: 4 Oct 2026 – 4 Oct 2026")));
}

void TestChartExporter::theWholeRangeCanBeChosenWhenZoomed()
{
    Charted charted;
    charted.chart.setView(utc(2026, 10, 4), utc(2026, 10, 5));
    const QTemporaryDir dir;
    ExportDialog dialog(&charted.exporter, dir.path());
    dialog.setRange(ChartExporter::Range::Whole);
    QCOMPARE(dialog.rangeText(), QStringLiteral("3 Oct 2026 – 4 Oct 2026 (whole range)"));
    dialog.setFormat(ChartExporter::Format::Csv);
    QVERIFY2(dialog.path().endsWith(QStringLiteral("2026-10-03 to 2026-10-04.csv")),
             qPrintable(dialog.path()));
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Exported")), 10000);
    QCOMPARE(charted.exporter.csvRowsWritten(), qint64(48));
    // The command in the provenance writes the same rows: no --view-from.
    QVERIFY(!readAll(dialog.path()).contains("--view-from"));
    dialog.setFormat(ChartExporter::Format::Svg);
    dialog.startExport();
    const QString svg = QString::fromUtf8(readAll(dialog.path()));
    QVERIFY(svg.contains(QStringLiteral("Range: 3 Oct 2026 – 4 Oct 2026")));
    // The chart on screen keeps its zoom.
    QCOMPARE(charted.chart.viewFromUtcMs(), utc(2026, 10, 4));
    QVERIFY(charted.document.isZoomed());
}

void TestChartExporter::aMissingExportFolderIsMadeOrTheReasonSaid()
{
    Charted charted;
    const QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Documents/Meterscope exports"));
    ExportDialog dialog(&charted.exporter, folder);
    QVERIFY(dialog.path().startsWith(folder));
    dialog.startExport();
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Saved")), qPrintable(dialog.statusText()));
    QVERIFY(QFile::exists(dialog.path()));
    // The CSV, written on a worker thread, too.
    dialog.setPath(dir.filePath(QStringLiteral("data/2026/chart.csv")));
    dialog.setFormat(ChartExporter::Format::Csv);
    dialog.setPath(dir.filePath(QStringLiteral("data/2026/chart.csv")));
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Exported")), 10000);
    // A file where a folder should be: said so.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    dialog.setFormat(ChartExporter::Format::Png);
    dialog.setPath(dir.filePath(QStringLiteral("not-a-folder/sub/chart.png")));
    dialog.startExport();
    QVERIFY2(dialog.statusText().contains(QStringLiteral("is a file, not a folder")),
             qPrintable(dialog.statusText()));
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
