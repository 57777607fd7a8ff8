// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/faultinjector.h"

#include "emulator/apiproblem.h"
#include "emulator/responsewriter.h"
#include "emulator/stablehash.h"

namespace meterscope::emulator {

void FaultInjector::add(const FaultSpec &fault)
{
    Active active;
    active.spec = fault;
    active.pattern = QRegularExpression(fault.pathPattern);
    active.remaining = fault.count;
    active.id = ++m_added;
    m_faults.push_back(active);
}

std::optional<FaultSpec> FaultInjector::take(const QString &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->spec.pathPattern.isEmpty() && !it->pattern.match(path).hasMatch())
            continue;
        if (it->spec.fraction > 0.0) {
            ++it->seen;
            if (stablehash::unit(stablehash::combine({m_seed, it->id, it->seen})) < it->spec.fraction)
                return it->spec;
            continue;
        }
        const FaultSpec spec = it->spec;
        if (it->remaining > 0 && --it->remaining == 0)
            m_faults.erase(it);
        return spec;
    }
    return std::nullopt;
}

HttpReply FaultInjector::reply(const FaultSpec &fault, const EmulatorRequest &request,
                               const ResponseWriter &writer, const std::function<HttpReply()> &normal)
{
    switch (fault.kind) {
    case FaultSpec::Kind::Status: {
        ApiProblem problem = ApiProblem::make(fault.status, "Something went wrong, please try again later.");
        if (fault.status == 429)
            problem.detail = "Rate limit exceeded";
        else if (fault.status < 500)
            problem.detail = ResponseWriter::titleFor(fault.status);
        problem.retryAfterSeconds = fault.retryAfterSeconds;
        return writer.error(problem, request.path);
    }
    case FaultSpec::Kind::MalformedJson:
        return HttpReply::json(200, "[{\"id\": \"4f1c\", \"name\": \"Broken\", \"value\": 12.5.3,, }");
    case FaultSpec::Kind::TruncatedBody: {
        HttpReply truncated = normal();
        truncated.delivery = HttpReply::Delivery::Truncated;
        return truncated;
    }
    case FaultSpec::Kind::Stall: {
        HttpReply stalled;
        stalled.delivery = HttpReply::Delivery::Stall;
        return stalled;
    }
    case FaultSpec::Kind::Drip: {
        HttpReply dripping = HttpReply::json(200, "[");
        dripping.delivery = HttpReply::Delivery::Drip;
        dripping.dripIntervalMs = fault.dripIntervalMs;
        return dripping;
    }
    case FaultSpec::Kind::Redirect: {
        QUrl target = fault.redirectTarget;
        QString base = target.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        target.setPath(base + request.path);
        target.setQuery(request.query);
        HttpReply redirect;
        redirect.status = 302;
        redirect.contentType.clear();
        redirect.addHeader("Location", target.toEncoded());
        return redirect;
    }
    }
    return normal();
}

} // namespace meterscope::emulator
