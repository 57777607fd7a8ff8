// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Token endpoint answers (RFC 6749 §5.1 and the extras of api-contract.md §6) → TokenResponse.
#include "auth/tokenresponse.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace meterscope;

namespace {

// The words of every error TokenResponse can give, whatever the body.
QString errorVocabulary()
{
    QString words;
    for (const char *body : {"[]", "{}", R"({"access_token":"a","token_type":"t"})"}) {
        TokenResponse response;
        ApiError error;
        TokenResponse::parse(body, &response, &error);
        words += error.userMessage() + u'\n' + error.details() + u'\n';
    }
    return words;
}

// A token that the answer carries must not show up in an error about that answer.
void checkNotQuoted(const ApiError &error, const QJsonObject &root, const char *key)
{
    static const QString vocabulary = errorVocabulary();
    const QString secret = root.value(QLatin1String(key)).toString();
    if (secret.size() < 4 || vocabulary.contains(secret))
        return; // a value that is a word of the message anyway ("access_token")
    if (root.value(QLatin1String("token_type")).toString().contains(secret))
        return; // an unsupported token type is named (it is no secret, whatever it spells)
    FUZZ_CHECK(!error.userMessage().contains(secret));
    FUZZ_CHECK(!error.details().contains(secret));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    TokenResponse response;
    ApiError error;
    if (TokenResponse::parse(body, &response, &error)) {
        FUZZ_CHECK(!error);
        FUZZ_CHECK(!response.accessToken.isEmpty());
        FUZZ_CHECK(response.expiresInSeconds >= TokenResponse::kMinLifetimeSeconds);
        FUZZ_CHECK(response.expiresInSeconds <= TokenResponse::kMaxLifetimeSeconds);
        return 0;
    }
    FUZZ_CHECK(error.kind == ApiError::Kind::BadData);
    FUZZ_CHECK(response.accessToken.isEmpty()); // nothing half-filled
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    checkNotQuoted(error, root, "access_token");
    checkNotQuoted(error, root, "refresh_token");
    return 0;
}
