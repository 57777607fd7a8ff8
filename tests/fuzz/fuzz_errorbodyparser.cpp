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
    // Whole characters only: shortened between characters, and a lone surrogate sent by the server is
    // replaced.
    for (qsizetype i = 0; i < explanation.size(); ++i) {
        if (explanation.at(i).isHighSurrogate()) {
            FUZZ_CHECK(i + 1 < explanation.size() && explanation.at(i + 1).isLowSurrogate());
            ++i;
        } else {
            FUZZ_CHECK(!explanation.at(i).isLowSurrogate());
        }
    }

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
