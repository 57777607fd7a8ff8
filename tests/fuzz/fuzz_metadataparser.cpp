// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Site and meter bodies (api-contract.md §2 endpoints 1–4, every shape of §6) → MetadataParser, read
// as each of the four bodies it parses.
#include "api/metadataparser.h"
#include "fuzzcheck.h"

#include <cmath>

using namespace meterscope;

namespace {

template <typename T> void checkList(const ParsedList<T> &parsed)
{
    if (parsed.error) {
        FUZZ_CHECK(parsed.error.kind == ApiError::Kind::BadData);
        FUZZ_CHECK(!parsed.error.userMessage().isEmpty());
        FUZZ_CHECK(parsed.items.isEmpty());
        return;
    }
    FUZZ_CHECK(parsed.rawCount == parsed.items.size() + parsed.skipped);
    FUZZ_CHECK(parsed.totalCount >= -1);
    FUZZ_CHECK(parsed.serverLimit >= -1);
    for (const T &item : parsed.items)
        FUZZ_CHECK(!item.id.isEmpty());
}

template <typename T> void checkItem(const ParsedItem<T> &parsed)
{
    if (parsed.error)
        FUZZ_CHECK(parsed.error.kind == ApiError::Kind::BadData);
    else
        FUZZ_CHECK(!parsed.value.id.isEmpty());
}

// The same list in an envelope ({"items":[…]}) gives the same records.
template <typename T, typename Parse>
void checkEnveloped(const QByteArray &body, const ParsedList<T> &bare, Parse parse)
{
    const QByteArray trimmed = body.trimmed();
    if (bare.error || bare.enveloped || !trimmed.startsWith('['))
        return;
    const ParsedList<T> enveloped = parse(R"({"items":)" + trimmed + '}');
    FUZZ_CHECK(!enveloped.error);
    FUZZ_CHECK(enveloped.enveloped);
    FUZZ_CHECK(enveloped.rawCount == bare.rawCount);
    FUZZ_CHECK(enveloped.skipped == bare.skipped);
    FUZZ_CHECK(enveloped.items.size() == bare.items.size());
    for (qsizetype i = 0; i < bare.items.size(); ++i) {
        FUZZ_CHECK(enveloped.items.at(i).id == bare.items.at(i).id);
        FUZZ_CHECK(enveloped.items.at(i).name == bare.items.at(i).name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString siteId = QStringLiteral("site-1");
    const ParsedList<Site> sites = MetadataParser::parseSites(body);
    checkList(sites);
    checkEnveloped(body, sites,
                   [](const QByteArray &wrapped) { return MetadataParser::parseSites(wrapped); });
    checkItem(MetadataParser::parseSite(body));
    const ParsedList<Meter> meters = MetadataParser::parseMeters(body, siteId);
    checkList(meters);
    checkEnveloped(body, meters, [&siteId](const QByteArray &wrapped) {
        return MetadataParser::parseMeters(wrapped, siteId);
    });
    for (const Meter &meter : meters.items) {
        for (const Measurement &measurement : meter.measurements)
            FUZZ_CHECK(!measurement.id.isEmpty() || !measurement.name.isEmpty());
    }
    checkItem(MetadataParser::parseMeter(body, siteId));
    return 0;
}
