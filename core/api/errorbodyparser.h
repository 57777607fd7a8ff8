// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QString>

namespace meterscope {

// Maps an HTTP error answer to an ApiError: the kind from the status, one user sentence, and the
// server's own explanation in the details, whatever shape the body has — problem+json, a gateway
// {"fault":{"faultstring","detail":{"errorcode"}}}, OAuth-style {"error","error_description"}, or an
// empty or HTML body.
class ErrorBodyParser
{
public:
    // What the server said, as one line ("Access Token expired (invalid_token)"); empty when the
    // body says nothing usable.
    static QString serverExplanation(const QByteArray &body);
    static ApiError::Kind kindForStatus(int httpStatus);
    // `method` and `path` (never the query) go into the details.
    static ApiError fromResponse(int httpStatus, const QByteArray &body, const QString &method,
                                 const QString &path);
};

} // namespace meterscope
