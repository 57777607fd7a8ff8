// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerangebar.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

using namespace meterscope;
using Preset = TimeRange::Preset;

namespace {
const QTimeZone kParis("Europe/Paris");

qint64 parisMs(const QDate &date, int hour = 0)
{
    return QDateTime(date, QTime(hour, 0), kParis).toMSecsSinceEpoch();
}

bool isEnabledItem(const QComboBox *combo, int row)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(combo->model());
    return model && model->item(row)->isEnabled();
}
} // namespace

class TestTimeRangeBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void thePresetComboNamesTheSteppedPeriod();
    void steppedWeeksDaysAndYearsAreNamed();
    void forwardStopsAtThePresent();
    void granularitiesCoarserThanTheRangeAreNotOffered();
    void theBarFitsBesideTheTreeOnA1024PixelScreen();

private:
    QComboBox *combo(const char *name) const { return m_bar->findChild<QComboBox *>(QLatin1String(name)); }
    QToolButton *button(const char *name) const
    {
        return m_bar->findChild<QToolButton *>(QLatin1String(name));
    }

    TimeRangeBar *m_bar = nullptr;
};

void TestTimeRangeBar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTimeRangeBar::init()
{
    m_bar = new TimeRangeBar;
    // Saturday 14 November 2026, noon in Paris.
    m_bar->setClock([] { return parisMs(QDate(2026, 11, 14), 12); });
    m_bar->setReferenceZone(kParis);
}

void TestTimeRangeBar::cleanup()
{
    delete m_bar;
    m_bar = nullptr;
}

void TestTimeRangeBar::thePresetComboNamesTheSteppedPeriod()
{
    QComboBox *preset = combo("rangePresetCombo");
    auto *label = m_bar->findChild<QLabel *>(QStringLiteral("rangeLabel"));
    QVERIFY(preset && label);
    m_bar->setPreset(Preset::ThisMonth);
    QCOMPARE(preset->currentText(), QStringLiteral("This month"));

    QTest::mouseClick(button("stepBackButton"), Qt::LeftButton);
    QCOMPARE(m_bar->range().fromUtcMs(), parisMs(QDate(2026, 10, 1)));
    QCOMPARE(preset->currentText(), QStringLiteral("October 2026"));
    QVERIFY(label->text().startsWith(QStringLiteral("1 Oct 2026 – 31 Oct 2026")));
    // The period's item is the combo's text, not a choice in its list; the preset stays the unit.
    QVERIFY(!isEnabledItem(preset, preset->currentIndex()));
    QCOMPARE(m_bar->range().preset(), Preset::ThisMonth);

    QTest::mouseClick(button("stepBackButton"), Qt::LeftButton);
    QCOMPARE(preset->currentText(), QStringLiteral("September 2026"));
    QTest::mouseClick(button("stepForwardButton"), Qt::LeftButton);
    QTest::mouseClick(button("stepForwardButton"), Qt::LeftButton);
    QCOMPARE(preset->currentText(), QStringLiteral("This month"));

    // Picking a preset from the list goes back to its own period.
    m_bar->step(-2);
    QCOMPARE(preset->currentText(), QStringLiteral("September 2026"));
    preset->setCurrentIndex(preset->findData(int(Preset::LastMonth)));
    QCOMPARE(preset->currentText(), QStringLiteral("Last month"));
    QCOMPARE(m_bar->range().fromUtcMs(), parisMs(QDate(2026, 10, 1)));
    // Last month stepped forward is this month, named as a month of its own.
    QTest::mouseClick(button("stepForwardButton"), Qt::LeftButton);
    QCOMPARE(preset->currentText(), QStringLiteral("November 2026"));
}

void TestTimeRangeBar::steppedWeeksDaysAndYearsAreNamed()
{
    QComboBox *preset = combo("rangePresetCombo");
    m_bar->setPreset(Preset::ThisWeek);
    m_bar->step(-1);
    QCOMPARE(preset->currentText(), QStringLiteral("Week 45, 2026"));
    m_bar->setPreset(Preset::Today);
    m_bar->step(-3);
    QCOMPARE(preset->currentText(), QStringLiteral("Wed 11 Nov 2026"));
    m_bar->setPreset(Preset::LastYear);
    m_bar->step(-1);
    QCOMPARE(preset->currentText(), QStringLiteral("2024"));
    m_bar->setPreset(Preset::Last30Days);
    m_bar->step(-1);
    QCOMPARE(preset->currentText(), QStringLiteral("15 Sep – 14 Oct 2026"));
    // A custom range keeps "Custom": its dates are in the date fields.
    m_bar->setCustomRange(parisMs(QDate(2026, 9, 1)), parisMs(QDate(2026, 10, 1)));
    m_bar->step(-1);
    QCOMPARE(preset->currentText(), QStringLiteral("Custom"));
}

void TestTimeRangeBar::forwardStopsAtThePresent()
{
    QToolButton *forward = button("stepForwardButton");
    QVERIFY(forward);
    m_bar->setPreset(Preset::ThisMonth);
    const TimeRange november = m_bar->range();
    QVERIFY(!forward->isEnabled());
    QSignalSpy changed(m_bar, &TimeRangeBar::changed);
    m_bar->step(1);
    QCOMPARE(m_bar->range(), november);
    QCOMPARE(changed.count(), 0);

    m_bar->step(-2);
    QVERIFY(forward->isEnabled());
    m_bar->step(5);
    QCOMPARE(m_bar->range(), november);
    QVERIFY(!forward->isEnabled());
    QVERIFY(m_bar->range().fromUtcMs() <= parisMs(QDate(2026, 11, 14), 12));

    m_bar->setPreset(Preset::Yesterday);
    QVERIFY(forward->isEnabled()); // today has begun
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(m_bar->range().fromUtcMs(), parisMs(QDate(2026, 11, 14)));
    QVERIFY(!forward->isEnabled());
}

void TestTimeRangeBar::granularitiesCoarserThanTheRangeAreNotOffered()
{
    QComboBox *granularity = combo("granularityCombo");
    QVERIFY(granularity);
    const auto offered = [granularity](Granularity g) {
        return isEnabledItem(granularity, granularity->findData(int(g)));
    };
    m_bar->setPreset(Preset::ThisMonth);
    QVERIFY(offered(Granularity::Day));
    QVERIFY(offered(Granularity::Week));
    QVERIFY(offered(Granularity::Month));
    QVERIFY(!offered(Granularity::Year));
    m_bar->setGranularity(Granularity::Year);
    QVERIFY(m_bar->isAutomaticGranularity());
    QCOMPARE(m_bar->granularity(), Granularity::Day);

    // Month chosen for a month, then a week: automatic again, by hour.
    m_bar->setGranularity(Granularity::Month);
    QCOMPARE(m_bar->granularity(), Granularity::Month);
    QSignalSpy changed(m_bar, &TimeRangeBar::changed);
    m_bar->setPreset(Preset::ThisWeek);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!offered(Granularity::Month));
    QVERIFY(offered(Granularity::Week));
    QVERIFY(m_bar->isAutomaticGranularity());
    QCOMPARE(m_bar->granularity(), Granularity::Hour);
    QCOMPARE(granularity->currentText(), QStringLiteral("Automatic"));
    QVERIFY(
        m_bar->findChild<QLabel *>(QStringLiteral("rangeLabel"))->text().endsWith(QStringLiteral("by hour")));

    // A choice that still fits is kept.
    m_bar->setGranularity(Granularity::Day);
    m_bar->setPreset(Preset::LastMonth);
    QCOMPARE(m_bar->granularity(), Granularity::Day);
    QVERIFY(!m_bar->isAutomaticGranularity());
}

void TestTimeRangeBar::theBarFitsBesideTheTreeOnA1024PixelScreen()
{
    // The widest content: a custom range with its date fields, long zone names.
    m_bar->setSiteZones({QStringLiteral("America/Argentina/Buenos_Aires")});
    m_bar->setSiteZones({QStringLiteral("America/Argentina/Buenos_Aires"), QStringLiteral("Europe/Paris")});
    m_bar->setCustomRange(parisMs(QDate(2026, 9, 1)), parisMs(QDate(2026, 10, 1)));
    QVERIFY2(m_bar->minimumSizeHint().width() <= 640,
             qPrintable(QString::number(m_bar->minimumSizeHint().width())));
    m_bar->setPreset(Preset::Last30Days);
    m_bar->step(-12);
    QVERIFY2(m_bar->minimumSizeHint().width() <= 640,
             qPrintable(QString::number(m_bar->minimumSizeHint().width())));

    // At that width every control is inside the bar, the choices on a second row.
    m_bar->resize(640, m_bar->sizeHint().height());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar));
    QTRY_VERIFY(m_bar->isWrapped());
    QTRY_VERIFY(m_bar->height() >= m_bar->minimumSizeHint().height());
    const QList<QWidget *> controls = m_bar->findChildren<QWidget *>();
    for (const QWidget *control : controls) {
        if (!control->isVisible() || control->isWindow())
            continue;
        const QRect inBar(control->mapTo(m_bar, QPoint(0, 0)), control->size());
        QVERIFY2(m_bar->rect().contains(inBar),
                 qPrintable(control->objectName() + QLatin1Char(' ') +
                            QString::fromLatin1(control->metaObject()->className())));
    }
    auto *zone = combo("zoneCombo");
    auto *preset = combo("rangePresetCombo");
    QVERIFY(zone->mapTo(m_bar, QPoint(0, 0)).y() > preset->mapTo(m_bar, QPoint(0, 0)).y());

    // Wide enough, one row.
    m_bar->resize(1400, m_bar->height());
    QTRY_VERIFY(!m_bar->isWrapped());
    const auto middle = [this](const QWidget *w) { return w->mapTo(m_bar, w->rect().center()).y(); };
    QTRY_VERIFY(qAbs(middle(zone) - middle(preset)) <= 2);
}

QTEST_MAIN(TestTimeRangeBar)
#include "tst_timerangebar.moc"
