// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a browser (or anything else on this machine) sends to the sign-in redirect listener →
// LoopbackRequestParser, whole and as the receiver sees it arrive in two reads.
#include "auth/loopbackrequestparser.h"
#include "fuzzcheck.h"

#include <QStringList>

using namespace meterscope;

namespace {

using Status = LoopbackRequestParser::Status;

void check(const LoopbackRequestParser &request, const QByteArray &received)
{
    switch (request.status()) {
    case Status::Incomplete:
        FUZZ_CHECK(received.size() <= LoopbackRequestParser::kMaxHeadBytes);
        FUZZ_CHECK(!received.left(LoopbackRequestParser::kMaxHeadBytes + 1).contains("\r\n\r\n"));
        break;
    case Status::TooLarge:
        FUZZ_CHECK(received.size() > LoopbackRequestParser::kMaxHeadBytes);
        break;
    case Status::NotHttp:
    case Status::Malformed:
        FUZZ_CHECK(request.path().isEmpty());
        break;
    case Status::Get:
        FUZZ_CHECK(received.startsWith("GET /"));
        FUZZ_CHECK(request.path().startsWith('/'));
        FUZZ_CHECK(!request.path().contains('?'));
        FUZZ_CHECK(!request.path().contains(' '));
        FUZZ_CHECK(request.path().size() < LoopbackRequestParser::kMaxHeadBytes);
        break;
    }
    for (const QString &key : {QStringLiteral("state"), QStringLiteral("code"), QStringLiteral("error"),
                               QStringLiteral("error_description"), QStringLiteral("iss")}) {
        const QString value = request.queryItemValue(key);
        FUZZ_CHECK(value.isEmpty() || request.hasQueryItem(key));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray received = fuzz::bytes(data, size);
    const LoopbackRequestParser whole(received);
    check(whole, received);
    if (size < 2)
        return 0;
    // A decision taken on the first read stands: a complete head does not change with what follows.
    const qsizetype split = 1 + qsizetype(data[0]) * qsizetype(size - 1) / 256;
    const QByteArray first = received.left(split);
    const LoopbackRequestParser early(first);
    check(early, first);
    if (early.status() == Status::Get || early.status() == Status::Malformed) {
        FUZZ_CHECK(whole.status() == early.status());
        FUZZ_CHECK(whole.path() == early.path());
        FUZZ_CHECK(whole.queryItemValue(QStringLiteral("state")) ==
                   early.queryItemValue(QStringLiteral("state")));
        FUZZ_CHECK(whole.queryItemValue(QStringLiteral("code")) ==
                   early.queryItemValue(QStringLiteral("code")));
    }
    if (early.status() == Status::TooLarge)
        FUZZ_CHECK(whole.status() == Status::TooLarge);
    return 0;
}
