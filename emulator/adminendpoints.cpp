// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/adminendpoints.h"

#include "emulator/emulatorserver.h"
#include "emulator/jsonwriter.h"
#include "emulator/variantswitches.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meterscope::emulator {

namespace {

QDateTime parseDateTime(const QJsonValue &value)
{
    QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dateTime.isValid() && dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeSpec(Qt::UTC);
    return dateTime;
}

} // namespace

HttpReply AdminEndpoints::ok()
{
    return HttpReply::json(200, "{\"ok\":true}");
}

HttpReply AdminEndpoints::badRequest(const QByteArray &message)
{
    JsonWriter out;
    out.beginObject();
    out.key("error");
    out.string(message);
    out.endObject();
    return HttpReply::json(400, out.take());
}

HttpReply AdminEndpoints::handle(const EmulatorRequest &request, const QString &control) const
{
    if (request.method == "GET" && control == u"requests") {
        JsonWriter out;
        out.beginObject();
        out.key("count");
        out.integer(m_server->requestCount());
        out.key("authorized");
        out.integer(m_server->authorizedRequestCount());
        out.key("requests");
        out.beginArray();
        const QList<RequestRecord> log = m_server->requests();
        for (const RequestRecord &record : log) {
            out.beginObject();
            out.key("method");
            out.string(record.method);
            out.key("path");
            out.string(record.path);
            if (!record.grantType.isEmpty()) {
                out.key("grantType");
                out.string(record.grantType);
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
        return HttpReply::json(200, out.take());
    }
    if (request.method != "POST")
        return badRequest("Emulator controls take POST with a JSON object body");
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArray("{}") : request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badRequest("The body is not a JSON object");
    return apply(control, document.object());
}

HttpReply AdminEndpoints::apply(const QString &control, const QJsonObject &body) const
{
    if (control == u"pats") {
        QStringList sites;
        const QJsonArray siteIds = body.value(u"sites").toArray();
        for (const QJsonValue &id : siteIds)
            sites.append(id.toString());
        const QDateTime expiresAt = parseDateTime(body.value(u"expiresAt"));
        if (body.contains(u"expiresAt") && !body.value(u"expiresAt").isNull() && !expiresAt.isValid())
            return badRequest("expiresAt is not an RFC 3339 date-time");
        JsonWriter out;
        out.beginObject();
        out.key("pat");
        out.string(m_server->issuePat(expiresAt, sites));
        out.endObject();
        return HttpReply::json(200, out.take());
    }
    if (control == u"pats/revoke") {
        m_server->revokePat(body.value(u"pat").toString());
    } else if (control == u"clients") {
        if (body.value(u"clientId").toString().isEmpty())
            return badRequest("clientId is missing");
        m_server->registerClient(body.value(u"clientId").toString(), body.value(u"clientSecret").toString());
    } else if (control == u"token-lifetime") {
        if (body.value(u"seconds").toInt() <= 0)
            return badRequest("seconds must be a positive integer");
        m_server->setAccessTokenLifetimeSeconds(body.value(u"seconds").toInt());
    } else if (control == u"rotate-refresh-tokens") {
        m_server->setRotateRefreshTokens(body.value(u"enabled").toBool(true));
    } else if (control == u"require-pkce") {
        m_server->setRequirePkce(body.value(u"enabled").toBool(true));
    } else if (control == u"revoke-grants") {
        m_server->revokeGrants(body.value(u"clientId").toString());
    } else if (control == u"rate-limit") {
        m_server->setRateLimit(body.value(u"perSecond").toInt(), body.value(u"burst").toInt(20));
    } else if (control == u"latency") {
        m_server->setLatencyMs(qMax(0, body.value(u"ms").toInt()));
    } else if (control == u"faults") {
        return addFault(body);
    } else if (control == u"faults/clear") {
        m_server->clearFaults();
    } else if (control == u"variants") {
        return setVariants(body);
    } else if (control == u"now") {
        const QDateTime now = parseDateTime(body.value(u"now"));
        if (!body.value(u"now").isNull() && !now.isValid())
            return badRequest("now is not an RFC 3339 date-time");
        m_server->setNow(now);
    } else {
        return badRequest("Unknown emulator control");
    }
    return ok();
}

HttpReply AdminEndpoints::setVariants(const QJsonObject &body) const
{
    ResponseVariants variants = m_server->variants();
    if (body.contains(u"envelope") &&
        !variantswitches::parseEnvelope(body.value(u"envelope").toString(), &variants.envelope))
        return badRequest("envelope must be none, items or named");
    if (body.contains(u"enumCase") &&
        !variantswitches::parseEnumCase(body.value(u"enumCase").toString(), &variants.enumCase))
        return badRequest("enumCase must be as-is, upper or lower");
    if (body.contains(u"errorShape") &&
        !variantswitches::parseErrorShape(body.value(u"errorShape").toString(), &variants.errorShape)) {
        return badRequest("errorShape must be problem, gateway, oauth, empty or html");
    }
    variants.defaultPageSize = qMax(1, body.value(u"pageSize").toInt(variants.defaultPageSize));
    variants.maxPageSize = qMax(1, body.value(u"maxPageSize").toInt(variants.maxPageSize));
    for (const variantswitches::Flag &flag : variantswitches::flags()) {
        const QJsonValue value = body.value(QLatin1String(flag.name));
        if (value.isBool())
            variants.*flag.member = value.toBool();
    }
    m_server->setVariants(variants);
    return ok();
}

HttpReply AdminEndpoints::addFault(const QJsonObject &body) const
{
    FaultSpec fault;
    if (!variantswitches::parseFaultKind(body.value(u"kind").toString(QStringLiteral("status")), &fault.kind))
        return badRequest("kind must be status, malformed-json, truncated-body, stall, drip or redirect");
    fault.pathPattern = body.value(u"pathPattern").toString();
    fault.count = body.value(u"count").toInt(fault.count);
    fault.fraction = body.value(u"fraction").toDouble(fault.fraction);
    fault.status = body.value(u"status").toInt(fault.status);
    fault.retryAfterSeconds = body.value(u"retryAfterSeconds").toInt(fault.retryAfterSeconds);
    fault.dripIntervalMs = body.value(u"dripIntervalMs").toInt(fault.dripIntervalMs);
    fault.redirectTarget = QUrl(body.value(u"redirectTarget").toString());
    if (fault.kind == FaultSpec::Kind::Redirect && !fault.redirectTarget.isValid())
        return badRequest("redirectTarget is not a URL");
    m_server->addFault(fault);
    return ok();
}

} // namespace meterscope::emulator
