// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Error bodies (api-contract.md §3 problem+json and the §6 shapes: gateway fault, OAuth-style, empty,
// HTML) → ErrorBodyParser.
#include "api/errorbodyparser.h"
#include "fuzzcheck.h"

using namespace meterscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString explanation = ErrorBodyParser::serverExplanation(body);
    FUZZ_CHECK(explanation.size() <= 300);
    // Shortened between characters, never inside one (a lone surrogate sent by the server may stay).
    FUZZ_CHECK(explanation.size() < 300 || !explanation.back().isHighSurrogate());

    const int status = 300 + int(size % 300); // redirects, client and server errors
    const QString path = QStringLiteral("/sites/1/measurements");
    const ApiError error = ErrorBodyParser::fromResponse(status, body, QStringLiteral("GET"), path);
    FUZZ_CHECK(error.kind == ErrorBodyParser::kindForStatus(status));
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(!error.userMessage().isEmpty());
    FUZZ_CHECK(error.details().startsWith(QStringLiteral("HTTP %1 · GET %2").arg(status).arg(path)));
    FUZZ_CHECK(explanation.isEmpty() || error.details().endsWith(explanation));
    return 0;
}
