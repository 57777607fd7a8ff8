// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUrl>

namespace meterscope {

// What one request through the RequestFunnel sends. API calls are GETs that carry the bearer token;
// token requests are form POSTs to the authorization server that carry client credentials instead.
struct RequestSpec
{
    enum class Method
    {
        Get,
        Post
    };

    Method method = Method::Get;
    QUrl url;
    QByteArray body;        // Post only
    QByteArray contentType; // Post only
    // A complete Authorization header value other than a bearer token (HTTP Basic client
    // credentials). Sent only to `url`, never replayed elsewhere.
    QByteArray authorization;
    // Whether the funnel's token source is asked for a bearer token (only ever sent to the API origin).
    bool carriesBearerToken = true;
    // Whether the body of an HTTP error answer reaches the caller (an OAuth error such as
    // invalid_grant is read from it); otherwise only the mapped ApiError does.
    bool keepErrorBody = false;

    static RequestSpec get(const QUrl &url)
    {
        RequestSpec spec;
        spec.url = url;
        return spec;
    }

    [[nodiscard]] QString methodName() const
    {
        return method == Method::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    }
};

} // namespace meterscope
