// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// API profile files (a user's --profile / Settings choice) → ApiProfile::fromJson, then every
// question the client asks a profile.
#include "api/apiprofile.h"
#include "fuzzcheck.h"

using namespace meterscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    QString error;
    const ApiProfile profile = ApiProfile::fromJson(json, &error);
    FUZZ_CHECK(profile.isValid() || !error.isEmpty());
    FUZZ_CHECK(profile.pageSize() > 0);

    const QString siteId = QStringLiteral("site 1/é?#");
    const QString meterId = QStringLiteral("m%2F{siteId}");
    for (const auto endpoint :
         {ApiProfile::Endpoint::Sites, ApiProfile::Endpoint::Site, ApiProfile::Endpoint::Meters,
          ApiProfile::Endpoint::Meter, ApiProfile::Endpoint::SiteMeasurements,
          ApiProfile::Endpoint::MeterMeasurements, ApiProfile::Endpoint::ActiveEnergy,
          ApiProfile::Endpoint::OtherUtilities}) {
        const QUrl url = profile.endpointUrl(endpoint, siteId, meterId);
        if (profile.isValid())
            FUZZ_CHECK(url.host() == profile.baseUrl().host());
    }
    for (const auto parameter :
         {ApiProfile::Parameter::StartDate, ApiProfile::Parameter::EndDate, ApiProfile::Parameter::Interval,
          ApiProfile::Parameter::Measurement, ApiProfile::Parameter::Commodity, ApiProfile::Parameter::Offset,
          ApiProfile::Parameter::Limit})
        (void)profile.parameterName(parameter);
    for (const auto interval : {ApiInterval::Raw, ApiInterval::FifteenMinutes, ApiInterval::Hourly,
                                ApiInterval::Daily, ApiInterval::Monthly}) {
        FUZZ_CHECK(profile.maxSpanDays(interval) > 0);
        // The name a request uses for an interval reads back as an interval of that name.
        const QString name = profile.intervalName(interval);
        ApiInterval readBack = ApiInterval::Raw;
        FUZZ_CHECK(profile.intervalFromName(name, &readBack));
        FUZZ_CHECK(profile.intervalName(readBack).compare(name, Qt::CaseInsensitive) == 0);
    }
    const ApiProfile moved = profile.withOrigin(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    if (profile.baseUrl().isValid() && !profile.baseUrl().isEmpty())
        FUZZ_CHECK(moved.baseUrl().port() == 8080);
    return 0;
}
