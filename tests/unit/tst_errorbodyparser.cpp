// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorbodyparser.h"

#include <QTest>

using namespace meterscope;

// Every error body shape of api-contract.md §3 and §6 gives the same kind and status, one user
// sentence, and the server's explanation in the details — never the query string.
class TestErrorBodyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShapeMapsToTheSameError_data();
    void everyShapeMapsToTheSameError();
    void statusesMapToKinds_data();
    void statusesMapToKinds();
    void longExplanationsAreCutBetweenCharacters_data();
    void longExplanationsAreCutBetweenCharacters();
};

void TestErrorBodyParser::everyShapeMapsToTheSameError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("explanationContains");
    QTest::newRow("problem+json 400")
        << 400
        << QByteArray(
               R"({"type":"https://ecostruxure-openapi.se.com/problem/bad-request","title":"Bad Request","status":400,
            "detail":"Span too long","instance":"/sites/1/measurements","invalid-params":[{"name":"startDate","reason":"too early","path":"query"}]})")
        << ApiError::Kind::BadRequest << QStringLiteral("startDate: too early");
    QTest::newRow("problem+json 401")
        << 401 << QByteArray(R"({"title":"Unauthorized","status":401,"detail":"Access Token expired"})")
        << ApiError::Kind::Unauthorized << QStringLiteral("Access Token expired");
    QTest::newRow("gateway 401")
        << 401
        << QByteArray(
               R"({"fault":{"faultstring":"Access Token expired","detail":{"errorcode":"keymanagement.service.access_token_expired"}}})")
        << ApiError::Kind::Unauthorized << QStringLiteral("(keymanagement.service.access_token_expired)");
    QTest::newRow("oauth style 401")
        << 401 << QByteArray(R"({"error":"invalid_token","error_description":"Access Token expired"})")
        << ApiError::Kind::Unauthorized << QStringLiteral("(invalid_token)");
    QTest::newRow("problem 403") << 403 << QByteArray(R"({"title":"Forbidden","detail":"Site not in grant"})")
                                 << ApiError::Kind::Forbidden << QStringLiteral("Site not in grant");
    QTest::newRow("gateway 404") << 404 << QByteArray(R"({"fault":{"faultstring":"Not found"}})")
                                 << ApiError::Kind::NotFound << QStringLiteral("Not found");
    QTest::newRow("empty 503") << 503 << QByteArray() << ApiError::Kind::ServerError << QString();
    QTest::newRow("HTML 502") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                              << ApiError::Kind::ServerError << QString();
    QTest::newRow("not UTF-8 500") << 500 << QByteArray("{\"title\":\"\xFF\"}") << ApiError::Kind::ServerError
                                   << QString();
    QTest::newRow("oauth 429") << 429 << QByteArray(R"({"error":"rate_limited"})")
                               << ApiError::Kind::RateLimited << QStringLiteral("(rate_limited)");
}

void TestErrorBodyParser::everyShapeMapsToTheSameError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, explanationContains);
    const ApiError error =
        ErrorBodyParser::fromResponse(status, body, QStringLiteral("GET"), QStringLiteral("/sites/1"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.userMessage(), defaultMessageFor(kind));
    QVERIFY(error.details().startsWith(QStringLiteral("HTTP %1 · GET /sites/1").arg(status)));
    if (explanationContains.isEmpty())
        QCOMPARE(ErrorBodyParser::serverExplanation(body), QString());
    else
        QVERIFY2(error.details().contains(explanationContains), qPrintable(error.details()));
}

void TestErrorBodyParser::statusesMapToKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("301") << 301 << ApiError::Kind::UnexpectedRedirect;
    QTest::newRow("302") << 302 << ApiError::Kind::UnexpectedRedirect;
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("408") << 408 << ApiError::Kind::Timeout;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::ServerError;
    QTest::newRow("504") << 504 << ApiError::Kind::ServerError;
    QTest::newRow("418") << 418 << ApiError::Kind::Other;
}

void TestErrorBodyParser::statusesMapToKinds()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QCOMPARE(ErrorBodyParser::kindForStatus(status), kind);
}

// Found by tests/fuzz/fuzz_errorbodyparser (tests/data/fuzz/errorbodyparser/cut-after-high-surrogate.json):
// an explanation shortened to 300 UTF-16 units could end in the first half of a surrogate pair (an emoji
// or any character outside the BMP), which shows as a broken character in the error's details.
void TestErrorBodyParser::longExplanationsAreCutBetweenCharacters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("startsWith");
    // "Bad Request — " is 14 units: the detail's 286th unit is the explanation's 300th.
    QTest::newRow("emoji across the cut")
        << QByteArray(R"({"title":"Bad Request","detail":")" + QByteArray(285, 'x') +
                      "\\ud83d\\ude00 and the rest of the story\"}")
        << QStringLiteral("Bad Request — xxx");
    QTest::newRow("4-byte UTF-8 across the cut")
        << QByteArray(R"({"error":"invalid_request","error_description":")" + QByteArray(299, 'y') +
                      "\xF0\x9F\x98\x80 tail\"}")
        << QStringLiteral("yyy");
    QTest::newRow("fuzz input")
        << QByteArray(
               R"({"title":"Bad Request","detail":"x x x x x x x x x x x x x x x x x x x x x x x x x x x x x }x x x x x x x x x x x x x x x x x x x x x x x x x x x x xx x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x@ x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x  x[ x\ud800 x2x "})")
        << QStringLiteral("Bad Request — x x");
    // Found by the fuzzer in a CI run: exactly 300 units, the last a high surrogate the server sent alone.
    QTest::newRow("lone high surrogate as the 300th unit")
        << QByteArray(R"({"title":"Bad Request","detail":")" + QByteArray(285, 'x') + "\\ud800\"}")
        << QStringLiteral("Bad Request — xxx");
    QTest::newRow("lone low surrogate inside")
        << QByteArray(R"({"title":"Bad Request","detail":")" + QByteArray(100, 'x') + "\\udc00" +
                      QByteArray(200, 'x') + "\"}")
        << QStringLiteral("Bad Request — xxx");
}

void TestErrorBodyParser::longExplanationsAreCutBetweenCharacters()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, startsWith);
    QVERIFY(!body.isEmpty());
    const QString explanation = ErrorBodyParser::serverExplanation(body);
    QVERIFY2(explanation.startsWith(startsWith), qPrintable(explanation.left(40)));
    QVERIFY(explanation.size() >= 290 && explanation.size() <= 300);
    QVERIFY2(!explanation.back().isHighSurrogate(), qPrintable(QString::number(explanation.size())));
    for (qsizetype i = 0; i < explanation.size(); ++i) { // whole characters only
        if (explanation.at(i).isHighSurrogate())
            QVERIFY(i + 1 < explanation.size() && explanation.at(++i).isLowSurrogate());
        else
            QVERIFY(!explanation.at(i).isLowSurrogate());
    }
}

QTEST_GUILESS_MAIN(TestErrorBodyParser)
#include "tst_errorbodyparser.moc"
