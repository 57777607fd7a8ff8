// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chartlegendnames.h"

#include <QTest>

using namespace meterscope;

namespace {
ChartSeries series(const QString &site, const QString &meterId, const QString &meterName, Commodity commodity,
                   const QString &measurement)
{
    ChartSeries s;
    s.siteId = site;
    s.siteName = site;
    s.meterId = meterId;
    s.meterName = meterName;
    s.commodity = commodity;
    s.measurementName = measurement;
    s.title = (meterName.isEmpty() ? site : meterName) + QStringLiteral(" · ") + measurement;
    s.key = site + u'/' + meterId + u'/' + measurement;
    return s;
}
} // namespace

class TestChartLegendNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiNamesAreWrittenForPeople()
    {
        QCOMPARE(ChartLegendNames::readable(QStringLiteral("ActiveEnergy")), QStringLiteral("Active energy"));
        QCOMPARE(ChartLegendNames::readable(QStringLiteral("DistrictHeating")),
                 QStringLiteral("District heating"));
        QCOMPARE(ChartLegendNames::readable(QStringLiteral("Volume")), QStringLiteral("Volume"));
        // Not an identifier: left as the server wrote it.
        QCOMPARE(ChartLegendNames::readable(QStringLiteral("kW peak")), QStringLiteral("kW peak"));
        QCOMPARE(ChartLegendNames::readable(QStringLiteral("CO2Emissions")), QStringLiteral("CO2Emissions"));
    }

    void aSiteAloneIsNamedByUtilityAndMeasurement()
    {
        const QString lyon = QStringLiteral("Lyon Part-Dieu Store");
        const QList<ChartSeries> all{
            series(lyon, QString(), lyon, Commodity::Electricity, QStringLiteral("ActiveEnergy")),
            series(lyon, QStringLiteral("g"), lyon + QStringLiteral(" · Gas"), Commodity::Gas,
                   QStringLiteral("Volume")),
            series(lyon, QStringLiteral("g"), lyon + QStringLiteral(" · Gas"), Commodity::Gas,
                   QStringLiteral("Energy")),
            series(lyon, QStringLiteral("w"), lyon + QStringLiteral(" · Water"), Commodity::Water,
                   QStringLiteral("Volume"))};
        QCOMPARE(ChartLegendNames::of(all),
                 (QStringList{QStringLiteral("Electricity · Active energy"), QStringLiteral("Gas · Volume"),
                              QStringLiteral("Gas · Energy"), QStringLiteral("Water · Volume")}));
    }

    void aMeterAloneKeepsItsNameAndAComparisonItsPeriod()
    {
        ChartSeries energy =
            series(QStringLiteral("Lyon"), QStringLiteral("m"), QStringLiteral("Main incomer"),
                   Commodity::Electricity, QStringLiteral("ActiveEnergy"));
        ChartSeries lastYear = energy;
        lastYear.comparisonOf = energy.key;
        lastYear.comparedLabel = QStringLiteral("Oct 2025");
        QCOMPARE(ChartLegendNames::of({energy}), QStringList{QStringLiteral("Main incomer · Active energy")});
        QCOMPARE(ChartLegendNames::of({energy, lastYear}),
                 (QStringList{QStringLiteral("Main incomer · Active energy"),
                              QStringLiteral("Main incomer · Active energy (Oct 2025)")}));
        // Two measurements of the one meter: the measurement tells them apart.
        ChartSeries power = energy;
        power.measurementName = QStringLiteral("ActivePower");
        QCOMPARE(ChartLegendNames::of({energy, power}),
                 (QStringList{QStringLiteral("Active energy"), QStringLiteral("Active power")}));
    }
};

QTEST_GUILESS_MAIN(TestChartLegendNames)
#include "tst_chartlegendnames.moc"
