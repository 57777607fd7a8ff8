// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/parseditem.h"
#include "api/parsedlist.h"
#include "domain/meter.h"
#include "domain/site.h"

#include <QByteArray>

namespace meterscope {

// Tolerant parsers for the metadata bodies (sites and meters) of api-contract.md §2 and every
// shape of §6: bare or enveloped lists, timeZone/timezone, flat or nested postal address, any enum
// case, numbers as strings. Unknown fields are ignored (kept as "other attributes"); a record
// without its id or name is skipped and counted.
class MetadataParser
{
public:
    static ParsedList<Site> parseSites(const QByteArray &body);
    static ParsedItem<Site> parseSite(const QByteArray &body);
    // `siteId` is the site the meters were asked for (the body does not repeat it).
    static ParsedList<Meter> parseMeters(const QByteArray &body, const QString &siteId);
    static ParsedItem<Meter> parseMeter(const QByteArray &body, const QString &siteId);
};

} // namespace meterscope
