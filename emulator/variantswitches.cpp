// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/variantswitches.h"

#include <array>
#include <utility>

namespace meterscope::emulator::variantswitches {

namespace {

using Variants = ResponseVariants;

constexpr std::array<Flag, 15> kFlags{{
    {"timezone-camel-case", "Sites carry \"timeZone\" instead of \"timezone\".",
     &Variants::timeZoneCamelCase},
    {"flat-site", "Sites carry city, country, latitude, ... at the top level.", &Variants::flatSite},
    {"numbers-as-strings", "Numbers as strings (\"value\":\"12.5\").", &Variants::numbersAsStrings},
    {"null-values", "Some points carry \"value\":null.", &Variants::nullValues},
    {"missing-units", "Measurements and series without \"unit\".", &Variants::missingUnits},
    {"bare-series", "Series without \"unit\" and \"commodity\" (the meters' measurements keep theirs).",
     &Variants::bareSeries},
    {"nanosecond-fractions", "Timestamps with 9 fractional digits.", &Variants::nanosecondFractions},
    {"date-only-dates", "Daily and monthly points dated \"YYYY-MM-DD\" (the site's local date).",
     &Variants::dateOnlyDates},
    {"duplicates-unsorted", "Repeated and shuffled points.", &Variants::duplicatesAndUnsorted},
    {"hostile-names",
     "Site names like =HYPERLINK(\"http://example.test\";\"Lyon\"), meter names starting with +, - or @ and "
     "holding quotes, commas and semicolons.",
     &Variants::hostileNames},
    {"points-outside-range", "A point 32 days before the requested range and one at its end (exclusive).",
     &Variants::pointsOutsideRange},
    {"token-type-bearer-token", "Token responses say \"token_type\":\"BearerToken\".",
     &Variants::tokenTypeBearerToken},
    {"expires-in-string", "Token responses carry \"expires_in\" as a string.", &Variants::expiresInAsString},
    {"expires-in-missing", "Token responses omit \"expires_in\".", &Variants::expiresInMissing},
    {"token-extras", "Token responses carry extra keys (issued_at, status, ...).", &Variants::tokenExtras},
}};

template <typename Enum, size_t N>
bool lookup(const std::array<std::pair<const char *, Enum>, N> &table, const QString &name, Enum *result)
{
    for (const auto &[text, value] : table) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *result = value;
            return true;
        }
    }
    return false;
}

} // namespace

std::span<const Flag> flags()
{
    return kFlags;
}

bool parseEnvelope(const QString &name, ResponseVariants::Envelope *envelope)
{
    static constexpr std::array<std::pair<const char *, Variants::Envelope>, 3> kTable{
        {{"none", Variants::Envelope::None},
         {"items", Variants::Envelope::Items},
         {"named", Variants::Envelope::NamedKey}}};
    return lookup(kTable, name, envelope);
}

bool parseEnumCase(const QString &name, ResponseVariants::EnumCase *enumCase)
{
    static constexpr std::array<std::pair<const char *, Variants::EnumCase>, 3> kTable{
        {{"as-is", Variants::EnumCase::AsIs},
         {"upper", Variants::EnumCase::Upper},
         {"lower", Variants::EnumCase::Lower}}};
    return lookup(kTable, name, enumCase);
}

bool parseErrorShape(const QString &name, ResponseVariants::ErrorShape *shape)
{
    static constexpr std::array<std::pair<const char *, Variants::ErrorShape>, 5> kTable{
        {{"problem", Variants::ErrorShape::Problem},
         {"gateway", Variants::ErrorShape::Gateway},
         {"oauth", Variants::ErrorShape::OAuthStyle},
         {"empty", Variants::ErrorShape::Empty},
         {"html", Variants::ErrorShape::Html}}};
    return lookup(kTable, name, shape);
}

bool parseFaultKind(const QString &name, FaultSpec::Kind *kind)
{
    static constexpr std::array<std::pair<const char *, FaultSpec::Kind>, 6> kTable{
        {{"status", FaultSpec::Kind::Status},
         {"malformed-json", FaultSpec::Kind::MalformedJson},
         {"truncated-body", FaultSpec::Kind::TruncatedBody},
         {"stall", FaultSpec::Kind::Stall},
         {"drip", FaultSpec::Kind::Drip},
         {"redirect", FaultSpec::Kind::Redirect}}};
    return lookup(kTable, name, kind);
}

} // namespace meterscope::emulator::variantswitches
