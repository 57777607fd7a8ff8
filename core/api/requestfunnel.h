// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/apirequest.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace meterscope {

class AccessTokenSource;
class RetryBudget;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The one way a request leaves Meterscope, to the API or to the authorization server's token
// endpoint: it owns the QNetworkAccessManager and the settings every request follows (profile, token
// source, timeouts and retry budget), and builds each QNetworkRequest: no automatic redirects, no
// HTTP/2, no cache, an inactivity timeout, and the bearer token only when the URL has the API base
// URL's scheme, host and port.
class RequestFunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestFunnel)
public:
    explicit RequestFunnel(const ApiProfile &profile, QObject *parent = nullptr);
    ~RequestFunnel() override;

    [[nodiscard]] QNetworkAccessManager *manager() const { return m_manager; }
    [[nodiscard]] ApiProfile profile() const { return m_profile; }
    void setProfile(const ApiProfile &profile) { m_profile = profile; }
    [[nodiscard]] AccessTokenSource *tokenSource() const { return m_tokenSource; }
    void setTokenSource(AccessTokenSource *source) { m_tokenSource = source; }
    [[nodiscard]] RequestPolicy policy() const { return m_policy; }
    void setPolicy(const RequestPolicy &policy);
    [[nodiscard]] RetryBudget *retryBudget() const { return m_budget; }
    // Not owned; nullptr = the funnel's own. A process that runs several funnels gives them one.
    void setRetryBudget(RetryBudget *budget);

    // Same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Whether a bearer token may be attached to a request for `url`.
    [[nodiscard]] bool mayCarryToken(const QUrl &url) const;
    [[nodiscard]] QNetworkRequest networkRequest(const QUrl &url, const QString &bearerToken) const;

    // Starts a GET through every rule of the funnel; the request is a child of `owner`. `done` runs
    // later, from the event loop, even when the token source refuses at once.
    ApiRequest *get(const QUrl &url, QObject *owner, ApiRequest::Done done);
    // Starts any request through every rule of the funnel; the request is a child of `owner`.
    ApiRequest *send(const RequestSpec &spec, QObject *owner, ApiRequest::Done done);

private:
    QNetworkAccessManager *m_manager;
    ApiProfile m_profile;
    AccessTokenSource *m_tokenSource = nullptr;
    RequestPolicy m_policy;
    std::unique_ptr<RetryBudget> m_ownBudget;
    RetryBudget *m_budget;
};

} // namespace meterscope
