// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorbodyparser.h"

#include "api/jsonfields.h"

#include <QCoreApplication>
#include <QStringList>

namespace meterscope {

namespace {

using L = QLatin1String;

constexpr qsizetype kMaxExplanationChars = 300;

QString joined(const QStringList &parts)
{
    QStringList unique;
    for (const QString &part : parts) {
        const QString simplified = part.simplified();
        if (!simplified.isEmpty() && !unique.contains(simplified))
            unique.append(simplified);
    }
    return unique.join(QStringLiteral(" — "));
}

// A lone surrogate (a server's "\ud800" escape with no second half) becomes U+FFFD, so the explanation
// is whole characters from its first unit to its last.
void replaceLoneSurrogates(QString *text)
{
    for (qsizetype i = 0; i < text->size(); ++i) {
        const QChar c = text->at(i);
        if (c.isHighSurrogate() && i + 1 < text->size() && text->at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            (*text)[i] = QChar(QChar::ReplacementCharacter);
    }
}

} // namespace

QString ErrorBodyParser::serverExplanation(const QByteArray &body)
{
    ApiError ignored;
    const QJsonDocument doc = JsonFields::document(body, &ignored);
    if (!doc.isObject())
        return QString(); // empty, HTML or otherwise not ours
    const QJsonObject root = doc.object();
    QStringList parts;
    if (root.value(L("fault")).isObject()) {
        const QJsonObject fault = root.value(L("fault")).toObject();
        parts << JsonFields::text(fault, L("faultstring")).value_or(QString());
        const QJsonObject detail = fault.value(L("detail")).toObject();
        if (const auto code = JsonFields::text(detail, L("errorcode")))
            parts << QStringLiteral("(%1)").arg(*code);
    } else if (root.contains(L("error")) && !root.value(L("error")).isObject()) {
        parts << JsonFields::text(root, L("error_description")).value_or(QString());
        if (const auto code = JsonFields::text(root, L("error")))
            parts << QStringLiteral("(%1)").arg(*code);
    } else {
        parts << JsonFields::text(root, L("title")).value_or(QString());
        parts << JsonFields::text(root, {L("detail"), L("message")}).value_or(QString());
        const QJsonArray invalid = root.value(L("invalid-params")).toArray();
        for (const QJsonValue &param : invalid) {
            const QJsonObject p = param.toObject();
            parts << QStringLiteral("%1: %2").arg(JsonFields::text(p, L("name")).value_or(QString()),
                                                  JsonFields::text(p, L("reason")).value_or(QString()));
        }
    }
    QString explanation = joined(parts);
    replaceLoneSurrogates(&explanation);
    if (explanation.size() > kMaxExplanationChars) {
        explanation.truncate(kMaxExplanationChars);
        if (explanation.back().isHighSurrogate())
            explanation.chop(1); // never half of a character outside the BMP
    }
    return explanation;
}

ApiError::Kind ErrorBodyParser::kindForStatus(int httpStatus)
{
    using Kind = ApiError::Kind;
    switch (httpStatus) {
    case 400:
    case 409:
    case 422:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 300 && httpStatus < 400)
        return Kind::UnexpectedRedirect;
    if (httpStatus >= 500 && httpStatus < 600)
        return Kind::ServerError;
    return Kind::Other;
}

ApiError ErrorBodyParser::fromResponse(int httpStatus, const QByteArray &body, const QString &method,
                                       const QString &path)
{
    const ApiError::Kind kind = kindForStatus(httpStatus);
    const QString explanation = serverExplanation(body);
    QString detail = QStringLiteral("HTTP %1 · %2 %3").arg(httpStatus).arg(method, path);
    if (!explanation.isEmpty())
        detail += QStringLiteral(" · ") + explanation;
    QString message;
    if (kind == ApiError::Kind::Other)
        message = QCoreApplication::translate("ErrorBodyParser",
                                              "The server answered with an unexpected status (HTTP %1).")
                      .arg(httpStatus);
    return ApiError::make(kind, message, detail, httpStatus);
}

} // namespace meterscope
