// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace meterscope::emulator {

// An error the API answers with (api-contract.md §3), before it is given the current error shape.
struct ApiProblem
{
    int status = 400;
    QByteArray detail;
    QList<QPair<QByteArray, QByteArray>> invalidParams; // query parameter name, reason
    int retryAfterSeconds = -1;

    static ApiProblem badParameter(const QString &name, const QByteArray &reason)
    {
        ApiProblem problem;
        problem.status = 400;
        problem.detail = name.toUtf8() + ' ' + reason;
        problem.invalidParams.append({name.toUtf8(), reason});
        return problem;
    }
    static ApiProblem make(int status, const QByteArray &detail)
    {
        ApiProblem problem;
        problem.status = status;
        problem.detail = detail;
        return problem;
    }
};

} // namespace meterscope::emulator
