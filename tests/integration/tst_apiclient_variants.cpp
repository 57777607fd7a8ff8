// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/retrybudget.h"
#include "api/statictokensource.h"
#include "emulator/emulatorserver.h"
#include "support/apiclienttestsupport.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace meterscope;
using namespace meterscope::testing;
using emulator::EmulatorServer;
using emulator::FaultSpec;
using Variants = emulator::ResponseVariants;

Q_DECLARE_METATYPE(meterscope::emulator::ResponseVariants)

// Every response shape of api-contract.md §6, served from the same generated data, must reach the
// application as the same values as the default shape.
class TestApiClientVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyVariantParsesToTheDefaultValues_data();
    void everyVariantParsesToTheDefaultValues();
    void dateOnlyDatesUseAZoneTheCallerGives();
    void everyErrorShapeMapsToTheSameError_data();
    void everyErrorShapeMapsToTheSameError();

private:
    struct Snapshot
    {
        QList<Site> sites;
        QList<Meter> meters;
        QList<Series> quarterHours;
        QList<Series> days;
    };
    Snapshot snapshot();

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<StaticTokenSource> m_pat;
    std::unique_ptr<ApiClient> m_client;
    RetryBudget m_budget;
    Snapshot m_default;
};

namespace {

// Compares the named members of two records; stops at the first difference, which QTest reports.
template <typename T, typename... Members>
bool sameMembers(const T &actual, const T &expected, Members... members)
{
    return (QTest::qCompare(actual.*members, expected.*members, "actual", "expected", __FILE__, __LINE__) &&
            ...);
}

// The same site, compared on everything a user sees.
void compareSites(const Site &actual, const Site &expected)
{
    QVERIFY(sameMembers(actual, expected, &Site::id, &Site::name, &Site::type, &Site::city,
                        &Site::countryIsoCode, &Site::zipCode, &Site::timeZoneId));
    // Coordinates as strings carry 10 significant digits: equal to within a centimetre.
    for (const auto member : {&Site::latitude, &Site::longitude}) {
        QCOMPARE((actual.*member).has_value(), (expected.*member).has_value());
        QVERIFY(std::abs((actual.*member).value_or(0) - (expected.*member).value_or(0)) < 1e-7);
    }
}

void compareMeters(const Meter &actual, const Meter &expected)
{
    QVERIFY(sameMembers(actual, expected, &Meter::id, &Meter::name, &Meter::commodity, &Meter::usage,
                        &Meter::parentMeterId));
    QCOMPARE(actual.measurements.size(), expected.measurements.size());
    for (qsizetype i = 0; i < actual.measurements.size(); ++i) {
        QVERIFY(sameMembers(actual.measurements[i], expected.measurements[i], &Measurement::id,
                            &Measurement::unit, &Measurement::timeseriesKey));
    }
}

// With null values some points become gaps; every point that is left must be the default one.
void compareSeries(const QList<Series> &actual, const QList<Series> &expected, bool someMayBeNull)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Series &a = actual[i];
        const Series &e = expected[i];
        QCOMPARE(a.key, e.key);
        QCOMPARE(a.unit, e.unit);
        QCOMPARE(a.commodity, e.commodity);
        QCOMPARE(a.interval, e.interval);
        QCOMPARE(a.ignoredPoints, 0);
        if (!someMayBeNull) {
            QCOMPARE(a.utcMs, e.utcMs);
            QCOMPARE(a.values, e.values);
            QCOMPARE(a.updatedAtUtcMs, e.updatedAtUtcMs);
            continue;
        }
        QVERIFY(a.size() < e.size());
        size_t j = 0;
        for (size_t k = 0; k < a.utcMs.size(); ++k) {
            while (j < e.utcMs.size() && e.utcMs[j] < a.utcMs[k])
                ++j;
            QVERIFY(j < e.utcMs.size());
            QCOMPARE(a.utcMs[k], e.utcMs[j]);
            QCOMPARE(a.values[k], e.values[j]);
        }
    }
}

// The site's electricity per day over 60 days.
SeriesQuery dailyActiveEnergy(const QString &siteId)
{
    SeriesQuery query;
    query.source = SeriesQuery::Source::ActiveEnergy;
    query.siteId = siteId;
    query.to = fixedNow().addDays(-3);
    query.from = query.to.addDays(-60);
    query.interval = ApiInterval::Daily;
    return query;
}

} // namespace

void TestApiClientVariants::initTestCase()
{
    emulator::EmulatorOptions options = emulatorOptions(60);
    m_server = std::make_unique<EmulatorServer>(options);
    QVERIFY(m_server->start());
    m_pat = std::make_unique<StaticTokenSource>(m_server->demoPat());
    m_client = testClient(m_server->servedProfile(), m_pat.get(), &m_budget);
    m_default = snapshot();
    QCOMPARE(m_default.sites.size(), 60);
    QVERIFY(!m_default.meters.isEmpty());
    QVERIFY(!m_default.quarterHours.isEmpty());
    QVERIFY(!m_default.days.isEmpty());
    QVERIFY(m_default.days.first().size() >= 59);
}

TestApiClientVariants::Snapshot TestApiClientVariants::snapshot()
{
    Snapshot snap;
    auto wait = [](auto &outcome) {
        if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 15000) || outcome.error)
            qWarning("request failed: %s", qPrintable(outcome.error.details()));
    };
    Outcome<QList<Site>> sites;
    m_client->fetchSites(this, sites.handler());
    wait(sites);
    snap.sites = sites.value;
    if (snap.sites.isEmpty())
        return snap;
    const Site &site = snap.sites.first();
    Outcome<QList<Meter>> meters;
    m_client->fetchMeters(site.id, this, meters.handler());
    wait(meters);
    snap.meters = meters.value;
    SeriesQuery query = dailyActiveEnergy(site.id);
    query.source = SeriesQuery::Source::SiteMeasurements;
    query.from = query.to.addDays(-2);
    query.interval = ApiInterval::FifteenMinutes;
    Outcome<QList<Series>> quarterHours;
    m_client->fetchSeries(query, this, quarterHours.handler());
    wait(quarterHours);
    snap.quarterHours = quarterHours.value;
    Outcome<QList<Series>> days;
    m_client->fetchSeries(dailyActiveEnergy(site.id), this, days.handler());
    wait(days);
    snap.days = days.value;
    return snap;
}

void TestApiClientVariants::everyVariantParsesToTheDefaultValues_data()
{
    QTest::addColumn<Variants>("variants");
    QTest::addColumn<bool>("someMayBeNull");
    auto row = [](const char *name, auto change, bool nulls = false) {
        Variants variants;
        change(variants);
        QTest::newRow(name) << variants << nulls;
    };
    row("default", [](Variants &) {});
    row("items envelope", [](Variants &v) {
        v.envelope = Variants::Envelope::Items;
        v.defaultPageSize = 7;
        v.maxPageSize = 25;
    });
    row("named-key envelope", [](Variants &v) { v.envelope = Variants::Envelope::NamedKey; });
    row("timeZone camel case", [](Variants &v) { v.timeZoneCamelCase = true; });
    row("flat site", [](Variants &v) { v.flatSite = true; });
    row("upper-case enums", [](Variants &v) { v.enumCase = Variants::EnumCase::Upper; });
    row("lower-case enums", [](Variants &v) { v.enumCase = Variants::EnumCase::Lower; });
    row("numbers as strings", [](Variants &v) { v.numbersAsStrings = true; });
    row("missing units", [](Variants &v) { v.missingUnits = true; });
    row("nanosecond fractions", [](Variants &v) { v.nanosecondFractions = true; });
    row("date-only dates", [](Variants &v) { v.dateOnlyDates = true; });
    row("duplicates and unsorted", [](Variants &v) { v.duplicatesAndUnsorted = true; });
    row("points outside the range", [](Variants &v) { v.pointsOutsideRange = true; });
    row(
        "null values", [](Variants &v) { v.nullValues = true; }, true);
    row("all at once", [](Variants &v) {
        v.envelope = Variants::Envelope::Items;
        v.timeZoneCamelCase = v.flatSite = v.numbersAsStrings = v.missingUnits = true;
        v.nanosecondFractions = v.dateOnlyDates = v.duplicatesAndUnsorted = v.pointsOutsideRange = true;
        v.enumCase = Variants::EnumCase::Upper;
    });
}

void TestApiClientVariants::everyVariantParsesToTheDefaultValues()
{
    QFETCH(Variants, variants);
    QFETCH(bool, someMayBeNull);
    m_server->setVariants(variants);
    const Snapshot snap = snapshot();
    QCOMPARE(snap.sites.size(), m_default.sites.size());
    for (qsizetype i = 0; i < snap.sites.size(); ++i)
        compareSites(snap.sites[i], m_default.sites[i]);
    QCOMPARE(snap.meters.size(), m_default.meters.size());
    for (qsizetype i = 0; i < snap.meters.size(); ++i)
        compareMeters(snap.meters[i], m_default.meters[i]);
    compareSeries(snap.quarterHours, m_default.quarterHours, someMayBeNull);
    if (!QTest::currentTestFailed())
        compareSeries(snap.days, m_default.days, someMayBeNull);
}

void TestApiClientVariants::dateOnlyDatesUseAZoneTheCallerGives()
{
    Variants variants;
    variants.dateOnlyDates = true;
    m_server->setVariants(variants);
    // A new client that never fetched the site: only the zone it is told makes the dates right.
    const auto client = testClient(m_server->servedProfile(), m_pat.get(), &m_budget);
    const Site &site = m_default.sites.first();
    client->setSiteTimeZone(site.id, site.timeZoneId);
    Outcome<QList<Series>> days;
    client->fetchSeries(dailyActiveEnergy(site.id), this, days.handler());
    QTRY_COMPARE(days.calls, 1);
    QVERIFY(!days.error);
    compareSeries(days.value, m_default.days, false);
}

void TestApiClientVariants::everyErrorShapeMapsToTheSameError_data()
{
    QTest::addColumn<Variants::ErrorShape>("shape");
    QTest::newRow("problem+json") << Variants::ErrorShape::Problem;
    QTest::newRow("gateway fault") << Variants::ErrorShape::Gateway;
    QTest::newRow("OAuth style") << Variants::ErrorShape::OAuthStyle;
    QTest::newRow("empty") << Variants::ErrorShape::Empty;
    QTest::newRow("HTML") << Variants::ErrorShape::Html;
}

void TestApiClientVariants::everyErrorShapeMapsToTheSameError()
{
    QFETCH(Variants::ErrorShape, shape);
    Variants variants;
    variants.errorShape = shape;
    m_server->setVariants(variants);
    RequestPolicy policy = fastPolicy();
    policy.maxAttempts = 1;
    m_client->setPolicy(policy);
    const auto restore = qScopeGuard([this] { m_client->setPolicy(fastPolicy()); });

    Outcome<Site> missing;
    m_client->fetchSite(QStringLiteral("no-such-site"), this, missing.handler());
    QTRY_COMPARE(missing.calls, 1);
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(missing.error.userMessage(), defaultMessageFor(ApiError::Kind::NotFound));

    FaultSpec fault;
    fault.pathPattern = QStringLiteral("/sites$");
    fault.status = 503;
    m_server->addFault(fault);
    Outcome<QList<Site>> unavailable;
    m_client->fetchSites(this, unavailable.handler());
    QTRY_COMPARE(unavailable.calls, 1);
    QCOMPARE(unavailable.error.kind, ApiError::Kind::ServerError);
    QCOMPARE(unavailable.error.httpStatus, 503);
    QCOMPARE(unavailable.error.userMessage(), defaultMessageFor(ApiError::Kind::ServerError));
}

QTEST_GUILESS_MAIN(TestApiClientVariants)
#include "tst_apiclient_variants.moc"
