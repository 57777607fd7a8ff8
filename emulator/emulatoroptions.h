// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace meterscope::emulator {

// The response shapes of api-contract.md §6. Every switch changes only the shape: the values come
// from the same generated data, so a client's parsed values can be compared across shapes.
struct ResponseVariants
{
    enum class Envelope
    {
        None,
        Items,
        NamedKey
    }; // bare array / {"items":[…],"totalCount"} / {"sites":[…],…}
    enum class EnumCase
    {
        AsIs,
        Upper,
        Lower
    };
    enum class ErrorShape
    {
        Problem,
        Gateway,
        OAuthStyle,
        Empty,
        Html
    };

    Envelope envelope = Envelope::None;
    int defaultPageSize = 50;       // page size when the client gives no limit (envelope only)
    int maxPageSize = 1000;         // larger limits are clamped
    bool timeZoneCamelCase = false; // "timeZone" instead of "timezone"
    bool flatSite = false;          // city, country, latitude, … at the top level
    EnumCase enumCase = EnumCase::AsIs;
    bool numbersAsStrings = false;      // "value":"12.5"
    bool nullValues = false;            // some points carry "value":null
    bool missingUnits = false;          // measurements and series without "unit"
    bool bareSeries = false;            // series without "unit" and "commodity" (measurements keep theirs)
    bool nanosecondFractions = false;   // "2025-03-30T00:00:00.000000000Z"
    bool dateOnlyDates = false;         // daily/monthly points dated "2025-03-30"
    bool duplicatesAndUnsorted = false; // repeated and shuffled points
    bool pointsOutsideRange = false;    // a point 32 days before the range and one at its (exclusive) end
    bool hostileNames = false;          // site and meter names that spreadsheets would run as formulas
    ErrorShape errorShape = ErrorShape::Problem;
    bool tokenTypeBearerToken = false; // "token_type":"BearerToken"
    bool expiresInAsString = false;    // "expires_in":"3599"
    bool expiresInMissing = false;
    bool tokenExtras = false; // issued_at, refresh_token_expires_in, status, …
};

struct EmulatorOptions
{
    quint16 port = 0; // 0 = any free port
    QDateTime now;    // the emulator's clock; invalid = the system clock
    quint64 seed = 20240601;
    int siteCount = 12;    // the default demo portfolio has 12 sites
    int metersPerSite = 0; // 0 = the demo layout (main meter, sub-meters, gas, water, …)
    int historyDays = 800; // data from now − historyDays to now
    ApiProfile profile = ApiProfile::builtInDemo(); // paths and parameter names served
    int accessTokenLifetimeSeconds = 3600;
    bool rotateRefreshTokens = false;
    bool requirePkce = false;
    // The redirect URIs registered for every OAuth client; a loopback one matches any port. Empty =
    // http://127.0.0.1 followed by the profile's oauth.redirectPath (http://127.0.0.1/callback).
    QList<QUrl> redirectUris;
    int rateLimitPerSecond = 0; // 0 = no rate limit
    int rateLimitBurst = 20;
    int latencyMs = 0;
    ResponseVariants variants;
    QString controlToken; // what /_emulator/… requests must carry; empty = a random one
    bool quiet = false;
};

} // namespace meterscope::emulator
