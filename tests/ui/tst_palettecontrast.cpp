// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlegend.h"
#include "chartwidget.h"
#include "contrastcolor.h"
#include "detailspanel.h"
#include "domain/site.h"
#include "firstrunpage.h"
#include "models/chartdocument.h"
#include "support/chartseriesfixture.h"
#include "timerangebar.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace meterscope;

namespace {
constexpr qint64 kFrom = 1'735'686'000'000; // 2025-01-01T00:00 in Paris

// What a piece of a picture is drawn with: its most frequent colour (the background; text and lines
// are thin), and, among the others, the one that stands out most from it (the ink).
struct Ink
{
    QColor background;
    QColor ink;
    [[nodiscard]] double ratio() const { return ContrastColor::ratio(background, ink); }
};

Ink inkIn(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    Ink found;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            found.background = QColor::fromRgb(it.key());
        }
    }
    found.ink = found.background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QColor color = QColor::fromRgb(it.key());
        if (ContrastColor::ratio(color, found.background) > found.ratio())
            found.ink = color;
    }
    return found;
}

QString describe(const QString &what, const Ink &ink)
{
    return QStringLiteral("%1: %2 on %3, contrast %4")
        .arg(what, ink.ink.name(), ink.background.name())
        .arg(ink.ratio(), 0, 'f', 2);
}

// Every label of `root` that shows text reads with at least the WCAG ratio for body text, as drawn.
void checkLabels(QWidget *root)
{
    const QImage image = root->grab().toImage();
    int checked = 0;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->width() < 4)
            continue;
        const QRect rect(label->mapTo(root, label->contentsRect().topLeft()), label->contentsRect().size());
        const Ink ink = inkIn(image, rect);
        const QString what = label->objectName().isEmpty() ? label->text().left(40) : label->objectName();
        QVERIFY2(ink.ratio() >= ContrastColor::kTextRatio, qPrintable(describe(what, ink)));
        ++checked;
    }
    QVERIFY2(checked > 0, "no label was checked");
}

// The chart's axis labels and titles, where `image` shows the view: `toImage` maps the view's
// coordinates to the image's.
QList<QRect> axisTextRects(QChartView *view, const QTransform &toImage)
{
    QList<QRect> rects;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        const auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().trimmed().isEmpty())
            continue;
        const QRect inView = view->mapFromScene(text->sceneBoundingRect()).boundingRect();
        rects.append(toImage.mapRect(QRectF(inView)).toAlignedRect());
    }
    return rects;
}

// `count` meters of three days each: the chart gives each series a colour of its own, in order.
QList<ChartSeries> meters(int count)
{
    const QStringList names{QStringLiteral("Main incomer"), QStringLiteral("HVAC"),
                            QStringLiteral("Lighting"),     QStringLiteral("Kitchen"),
                            QStringLiteral("Chillers"),     QStringLiteral("Lifts"),
                            QStringLiteral("Car park"),     QStringLiteral("Servers")};
    QList<ChartSeries> series;
    for (int i = 0; i < count && i < names.size(); ++i)
        series.append(fixture::hourlyChartSeries(names.at(i), kFrom, 72));
    return series;
}

// `chart` shows `document` holding `count` meters over three days, at 1000×560.
void showMeters(ChartDocument *document, ChartWidget *chart, int count = 2)
{
    chart->resize(1000, 560);
    chart->setDocument(document);
    document->setAxisZone(QTimeZone("Europe/Paris"));
    document->setSeries(meters(count), kFrom, kFrom + 72 * fixture::kHourMs, true, kFrom);
    chart->show();
}

// A high-contrast palette as desktops' "high contrast" themes give it: white text on black, a cyan
// selection, yellow links.
QPalette highContrastBlack()
{
    QPalette palette(Qt::white, Qt::black, QColor(0x60, 0x60, 0x60), Qt::black, QColor(0x40, 0x40, 0x40),
                     Qt::white, Qt::yellow, Qt::black, Qt::black);
    palette.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::ToolTipBase, Qt::black);
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Link, Qt::yellow);
    return palette;
}

// The palettes a desktop may give Meterscope, by name: a data column's value.
QPalette paletteNamed(const QString &name)
{
    if (name == QLatin1String("light"))
        return ContrastColor::lightPalette();
    if (name == QLatin1String("high contrast"))
        return highContrastBlack();
    return ContrastColor::darkPalette();
}

void addPaletteRows(const QStringList &names)
{
    QTest::addColumn<QString>("palette");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}
} // namespace

// Meterscope in a light, a dark and a high-contrast palette (Fusion, as desktop themes give them):
// every label, the chart's plot, axes, legend and each of eight series read on the background they
// are drawn on; an export stays dark on white.
class TestPaletteContrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void contrastIsMeasuredAsWcagDoes();
    void theFirstScreenReads();
    void theRangeBarReads_data();
    void theRangeBarReads();
    void theDetailsPanelReads();
    void theChartAndItsSeriesRead_data();
    void theChartAndItsSeriesRead();
    void anExportIsDarkOnWhite();
};

void TestPaletteContrast::init()
{
    QApplication::setPalette(ContrastColor::darkPalette());
}

void TestPaletteContrast::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(ContrastColor::darkPalette());
    QVERIFY(ContrastColor::isDark(QApplication::palette()));
}

void TestPaletteContrast::contrastIsMeasuredAsWcagDoes()
{
    QCOMPARE(qRound(ContrastColor::ratio(Qt::black, Qt::white)), 21);
    QCOMPARE(ContrastColor::ratio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 is the lightest grey that reads on white.
    QVERIFY(ContrastColor::ratio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(ContrastColor::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // A colour too dark for a dark background is made lighter, of the same hue; one that reads stays.
    const QColor navy(0x13, 0x31, 0x5c);
    const QColor onDark = ContrastColor::readableOn(navy, QColor(0x1e, 0x20, 0x22));
    QVERIFY(ContrastColor::ratio(onDark, QColor(0x1e, 0x20, 0x22)) >= ContrastColor::kTextRatio);
    QVERIFY(onDark.lightness() > navy.lightness());
    QVERIFY(qAbs(onDark.hslHue() - navy.hslHue()) <= 2);
    QCOMPARE(ContrastColor::readableOn(navy, Qt::white), navy);
}

void TestPaletteContrast::theFirstScreenReads()
{
    // Shown in a light palette first, with a failure: a desktop turned dark while Meterscope runs turns
    // it dark too, the failure in a red that reads there.
    QApplication::setPalette(ContrastColor::lightPalette());
    FirstRunPage page;
    page.resize(1000, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setError(QStringLiteral("The token was refused by the server."));
    checkLabels(&page);
    if (QTest::currentTestFailed())
        return;
    QApplication::setPalette(ContrastColor::darkPalette());
    QTRY_VERIFY(ContrastColor::isDark(page.palette())); // widgets hear of it from the event loop
    checkLabels(&page);
    if (QTest::currentTestFailed())
        return;
    page.setBusy(QStringLiteral("Starting the demo…"));
    checkLabels(&page);
    if (QTest::currentTestFailed())
        return;
    page.setIdle();
    checkLabels(&page);
}

void TestPaletteContrast::theRangeBarReads_data()
{
    addPaletteRows({QStringLiteral("dark"), QStringLiteral("high contrast")});
}

void TestPaletteContrast::theRangeBarReads()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    TimeRangeBar bar;
    bar.resize(1300, 80);
    bar.setPreset(TimeRange::Preset::LastMonth);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const auto *range = bar.findChild<QLabel *>(QStringLiteral("rangeLabel"));
    QVERIFY(range && range->isVisible() && !range->text().isEmpty());
    checkLabels(&bar);
}

void TestPaletteContrast::theDetailsPanelReads()
{
    DetailsPanel panel;
    panel.resize(500, 400);
    Site site;
    site.id = QStringLiteral("site-1");
    site.name = QStringLiteral("Lyon Part-Dieu Store");
    site.city = QStringLiteral("Lyon");
    site.timeZoneId = QStringLiteral("Europe/Paris");
    panel.showSite(site);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkLabels(&panel);
    if (QTest::currentTestFailed())
        return;
    // The table's rows, plain and alternate, read too.
    auto *table = panel.findChild<QTableView *>(QStringLiteral("detailsTable"));
    QVERIFY(table && table->model()->rowCount() >= 2);
    const QImage image = panel.grab().toImage();
    for (int row = 0; row < 2; ++row) {
        const QModelIndex value = table->model()->index(row, 1);
        const QRect cell = table->visualRect(value);
        const QRect rect(table->viewport()->mapTo(&panel, cell.topLeft()), cell.size());
        const Ink ink = inkIn(image, rect);
        QVERIFY2(ink.ratio() >= ContrastColor::kTextRatio,
                 qPrintable(describe(value.data().toString(), ink)));
    }
}

void TestPaletteContrast::theChartAndItsSeriesRead_data()
{
    addPaletteRows({QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high contrast")});
}

void TestPaletteContrast::theChartAndItsSeriesRead()
{
    QFETCH(QString, palette);
    const QPalette colours = paletteNamed(palette);
    QApplication::setPalette(colours);
    ChartDocument document;
    ChartWidget chart;
    constexpr int kSeries = 8;
    showMeters(&document, &chart, kSeries);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50);
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    const QImage image = chart.grab().toImage();

    // The plot is as dark or as light as the palette.
    const QRect plot = view->mapFromScene(view->chart()->mapToScene(view->chart()->plotArea()))
                           .boundingRect()
                           .translated(view->viewport()->mapTo(&chart, QPoint(0, 0)));
    const Ink plotInk = inkIn(image, plot.adjusted(4, 4, -4, -4));
    QVERIFY2(ContrastColor::isDark(plotInk.background) == ContrastColor::isDark(colours),
             qPrintable(describe(QStringLiteral("plot"), plotInk)));
    // The lines of the series stand out from it.
    QVERIFY2(plotInk.ratio() >= ContrastColor::kGraphicsRatio,
             qPrintable(describe(QStringLiteral("plot"), plotInk)));

    // Every axis label and title reads.
    const QTransform toChart = QTransform::fromTranslate(view->viewport()->mapTo(&chart, QPoint(0, 0)).x(),
                                                         view->viewport()->mapTo(&chart, QPoint(0, 0)).y());
    const QList<QRect> texts = axisTextRects(view, toChart);
    QVERIFY(texts.size() >= 4);
    for (const QRect &rect : texts) {
        const Ink ink = inkIn(image, rect);
        QVERIFY2(ink.ratio() >= ContrastColor::kTextRatio,
                 qPrintable(describe(QStringLiteral("axis text"), ink)));
    }

    // The legend's names read; the key of each of the eight series stands out from the background, and
    // from the plot's: the series keep colours of their own that read.
    auto *legend = chart.findChild<ChartLegend *>(QStringLiteral("chartLegend"));
    QVERIFY(legend && legend->isVisible());
    QCOMPARE(legend->entries().size(), kSeries);
    QSet<QRgb> seriesColours;
    const Ink legendInk = inkIn(image, QRect(legend->mapTo(&chart, QPoint(0, 0)), legend->size()));
    QVERIFY2(legendInk.ratio() >= ContrastColor::kTextRatio,
             qPrintable(describe(QStringLiteral("legend"), legendInk)));
    for (const ChartLegend::Entry &entry : legend->entries()) {
        for (const QColor &background : {legendInk.background, plotInk.background}) {
            const double ratio = ContrastColor::ratio(entry.pen.color(), background);
            QVERIFY2(ratio >= ContrastColor::kGraphicsRatio,
                     qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                    .arg(entry.name, entry.pen.color().name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
        seriesColours.insert(entry.pen.color().rgb());
    }
    QCOMPARE(seriesColours.size(), kSeries);
}

void TestPaletteContrast::anExportIsDarkOnWhite()
{
    ChartDocument document;
    ChartWidget chart;
    showMeters(&document, &chart);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50);
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);

    // As the image export draws it.
    QImage image(QSize(1600, 900), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QRectF plots;
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        plots = chart.render(&painter, QRectF(image.rect()), {QStringLiteral("Lyon"), QStringLiteral("kWh")});
    }
    // The view is drawn into the top left of the plots' rectangle, keeping its aspect ratio.
    const QSizeF source = view->viewport()->rect().size();
    const double scale = std::min(plots.width() / source.width(), plots.height() / source.height());
    const QTransform toImage =
        QTransform::fromScale(scale, scale) * QTransform::fromTranslate(plots.left(), plots.top());

    const QRect plot =
        toImage
            .mapRect(QRectF(
                view->mapFromScene(view->chart()->mapToScene(view->chart()->plotArea())).boundingRect()))
            .toAlignedRect();
    const Ink plotInk = inkIn(image, plot.adjusted(6, 6, -6, -6));
    QVERIFY2(!ContrastColor::isDark(plotInk.background),
             qPrintable(describe(QStringLiteral("plot"), plotInk)));
    const QList<QRect> texts = axisTextRects(view, toImage);
    QVERIFY(texts.size() >= 4);
    for (const QRect &rect : texts) {
        const Ink ink = inkIn(image, rect);
        QVERIFY2(!ContrastColor::isDark(ink.background) && ink.ratio() >= ContrastColor::kTextRatio,
                 qPrintable(describe(QStringLiteral("exported axis text"), ink)));
    }
    // The legend below the plots: its names in dark grey or black (the keys are coloured).
    const QRect legendArea =
        QRectF(plots.left(), plots.bottom(), plots.width(), image.height() - plots.bottom()).toAlignedRect();
    bool darkText = false;
    for (int y = legendArea.top(); y < legendArea.bottom() && !darkText; ++y) {
        for (int x = legendArea.left(); x < legendArea.right() && !darkText; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            darkText = pixel.hslSaturation() < 40 && ContrastColor::ratio(pixel, Qt::white) >= 10;
        }
    }
    QVERIFY2(darkText, "the exported legend has no dark text");
    // The application's palette is left as it was: the widget still draws dark.
    const Ink after = inkIn(chart.grab().toImage(),
                            QRect(view->viewport()->mapTo(&chart, QPoint(0, 0)), view->viewport()->size())
                                .adjusted(200, 40, -200, -80));
    QVERIFY2(ContrastColor::isDark(after.background),
             qPrintable(describe(QStringLiteral("plot after export"), after)));
}

QTEST_MAIN(TestPaletteContrast)
#include "tst_palettecontrast.moc"
