// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "emulator/emulatoroptions.h"
#include "emulator/emulatorrequest.h"
#include "emulator/httpreply.h"

#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace meterscope::emulator {

class Portfolio;
class ResponseWriter;
struct ApiProblem;

// The eight data endpoints of api-contract.md §2, dispatched by the served profile's path templates
// and parameter names (so a profile with other paths or parameter names is served end to end).
class DataEndpoints
{
public:
    struct Route
    {
        ApiProfile::Endpoint endpoint = ApiProfile::Endpoint::Sites;
        QByteArray siteId;
        QByteArray meterId;
    };
    // What the caller's credential may read.
    struct Access
    {
        QSet<QByteArray> siteIds; // empty = every site
    };

    DataEndpoints(const Portfolio &portfolio, const ApiProfile &profile);

    // The data endpoint a request path names, if any.
    [[nodiscard]] std::optional<Route> match(const QString &path) const;
    [[nodiscard]] HttpReply handle(const EmulatorRequest &request, const Route &route,
                                   const ResponseVariants &variants, qint64 nowMs, int historyDays,
                                   const Access &access) const;

private:
    struct Template
    {
        ApiProfile::Endpoint endpoint;
        QStringList segments;
    };

    const Portfolio &m_portfolio;
    ApiProfile m_profile;
    QStringList m_baseSegments;
    std::vector<Template> m_templates;
};

} // namespace meterscope::emulator
