// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Time-series bodies (api-contract.md §2 endpoints 5–8, every shape of §6) → SeriesParser.
#include "api/seriesparser.h"
#include "fuzzcheck.h"

#include <cmath>

using namespace meterscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Date-only dates are read at a site's local midnight: every other input uses a zone whose
    // midnight moves at DST changes, the rest the UTC fallback.
    static const QTimeZone paris("Europe/Paris");
    const QByteArray body = fuzz::bytes(data, size);
    const ParsedList<Series> parsed = SeriesParser::parse(body, size % 2 ? paris : QTimeZone());

    if (parsed.error) {
        FUZZ_CHECK(parsed.error.kind == ApiError::Kind::BadData);
        FUZZ_CHECK(parsed.items.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parsed.rawCount == parsed.items.size() + parsed.skipped);
    FUZZ_CHECK(parsed.totalCount >= -1);
    FUZZ_CHECK(parsed.serverLimit >= -1);
    // The same list in an envelope ({"items":[…]}) gives the same series.
    const QByteArray trimmed = body.trimmed();
    if (!parsed.enveloped && trimmed.startsWith('[')) {
        const QByteArray wrapped = R"({"items":)" + trimmed + '}';
        const ParsedList<Series> enveloped = SeriesParser::parse(wrapped, size % 2 ? paris : QTimeZone());
        FUZZ_CHECK(!enveloped.error);
        FUZZ_CHECK(enveloped.enveloped);
        FUZZ_CHECK(enveloped.skipped == parsed.skipped);
        FUZZ_CHECK(enveloped.items.size() == parsed.items.size());
        for (qsizetype i = 0; i < parsed.items.size(); ++i) {
            const Series &a = parsed.items.at(i);
            const Series &b = enveloped.items.at(i);
            FUZZ_CHECK(a.key == b.key && a.unit == b.unit && a.commodity == b.commodity);
            FUZZ_CHECK(a.utcMs == b.utcMs && a.values == b.values && a.updatedAtUtcMs == b.updatedAtUtcMs);
            FUZZ_CHECK(a.ignoredPoints == b.ignoredPoints);
        }
    }
    for (const Series &series : parsed.items) {
        FUZZ_CHECK(!series.key.isEmpty());
        FUZZ_CHECK(series.values.size() == series.utcMs.size());
        FUZZ_CHECK(series.updatedAtUtcMs.size() == series.utcMs.size());
        FUZZ_CHECK(series.ignoredPoints >= 0);
        for (size_t i = 0; i < series.utcMs.size(); ++i) {
            FUZZ_CHECK(std::isfinite(series.values[i]));
            if (i > 0)
                FUZZ_CHECK(series.utcMs[i - 1] < series.utcMs[i]); // sorted, one point per instant
        }
    }
    return 0;
}
