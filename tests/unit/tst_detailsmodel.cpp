// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/detailsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace meterscope;

class TestDetailsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siteShowsEveryAttributeGiven();
    void meterShowsMeasurementsWithUnits();
    void copiedTextHasOneLinePerRow();
    void apiIdentifiersAreShownAsWords();
};

void TestDetailsModel::siteShowsEveryAttributeGiven()
{
    DetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Site site;
    site.id = QStringLiteral("fc64");
    site.name = QStringLiteral("Lyon Part-Dieu Store");
    site.timeZoneId = QStringLiteral("Europe/Paris");
    site.city = QStringLiteral("Lyon");
    site.countryIsoCode = QStringLiteral("FR");
    site.grossAreaM2 = 4250;
    site.latitude = 45.76;
    site.otherAttributes = {{QStringLiteral("metadata.visitDuration"), QStringLiteral("45")}};
    model.showSite(site);
    QCOMPARE(model.value(QStringLiteral("Site ID")), QStringLiteral("fc64"));
    QCOMPARE(model.value(QStringLiteral("Time zone")), QStringLiteral("Europe/Paris"));
    QVERIFY(model.value(QStringLiteral("Gross area")).startsWith(QLocale().toString(4250)));
    QCOMPARE(model.value(QStringLiteral("metadata.visitDuration")), QStringLiteral("45"));
    QCOMPARE(model.value(QStringLiteral("Address")), QString()); // omitted by the API → no empty row
    QCOMPARE(model.columnCount(), 2);
}

void TestDetailsModel::meterShowsMeasurementsWithUnits()
{
    DetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Meter meter;
    meter.id = QStringLiteral("8beb");
    meter.name = QStringLiteral("Main incomer");
    meter.gatewayId = QStringLiteral("751");
    meter.commodity = Commodity::Electricity;
    meter.commodityText = QStringLiteral("Electricity");
    meter.usage = QStringLiteral("MainMeter");
    meter.measurements = {
        {QStringLiteral("61773"), QStringLiteral("ActiveEnergy"), QStringLiteral("kWh"),
         QStringLiteral("43b6")},
        {QStringLiteral("61774"), QStringLiteral("ActivePower"), QStringLiteral("kW"), QString()}};
    Site site;
    site.id = QStringLiteral("fc64");
    site.name = QStringLiteral("Lyon");
    model.showMeter(meter, site);
    QCOMPARE(model.value(QStringLiteral("Gateway ID")), QStringLiteral("751"));
    QCOMPARE(model.value(QStringLiteral("Site")), QStringLiteral("Lyon"));
    const QString text = model.asText();
    QVERIFY(text.contains(QStringLiteral("Active energy (kWh)")));
    QVERIFY(text.contains(QStringLiteral("Active power (kW)")));
    QVERIFY(text.contains(QStringLiteral("43b6")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDetailsModel::copiedTextHasOneLinePerRow()
{
    DetailsModel model;
    Site site;
    site.id = QStringLiteral("1");
    site.name = QStringLiteral("A");
    site.city = QStringLiteral("B");
    model.showSite(site);
    const QStringList lines = model.asText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), model.rowCount());
    QCOMPARE(lines.first(), QStringLiteral("Site\tA"));
    QCOMPARE(model.asText({1}), QStringLiteral("Site ID\t1"));
}

void TestDetailsModel::apiIdentifiersAreShownAsWords()
{
    DetailsModel model;
    Meter meter;
    meter.id = QStringLiteral("9c01");
    meter.name = QStringLiteral("Heat substation");
    meter.commodity = Commodity::DistrictHeating;
    meter.commodityText = QStringLiteral("DistrictHeating");
    meter.usage = QStringLiteral("MainMeter");
    meter.measurements = {
        {QStringLiteral("1"), QStringLiteral("ActiveEnergy"), QStringLiteral("kWh"), QString()}};
    Site site;
    site.id = QStringLiteral("fc64");
    site.name = QStringLiteral("Lyon");
    model.showMeter(meter, site);
    QCOMPARE(model.value(QStringLiteral("Commodity")), QStringLiteral("District heating"));
    QCOMPARE(model.value(QStringLiteral("Usage")), QStringLiteral("Main meter"));
    QVERIFY(model.value(QStringLiteral("Measurement")).startsWith(QStringLiteral("Active energy (kWh)")));
    QVERIFY(!model.asText().contains(QStringLiteral("DistrictHeating")));
    QVERIFY(!model.asText().contains(QStringLiteral("ActiveEnergy")));
    // A commodity the app does not know keeps the server's word, made readable.
    meter.commodity = Commodity::Unknown;
    meter.commodityText = QStringLiteral("CompressedAir");
    model.showMeter(meter, site);
    QCOMPARE(model.value(QStringLiteral("Commodity")), QStringLiteral("Compressed air"));
}

QTEST_GUILESS_MAIN(TestDetailsModel)
#include "tst_detailsmodel.moc"
