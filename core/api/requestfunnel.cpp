// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/requestfunnel.h"

#include "api/retrybudget.h"

#include <QNetworkAccessManager>

namespace meterscope {

Q_LOGGING_CATEGORY(lcApi, "meterscope.api", QtInfoMsg)

RequestFunnel::RequestFunnel(const ApiProfile &profile, QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this)), m_profile(profile),
      m_ownBudget(std::make_unique<RetryBudget>()), m_budget(m_ownBudget.get())
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setTransferTimeout(m_policy.inactivityTimeoutMs);
    m_manager->setStrictTransportSecurityEnabled(true);
}

RequestFunnel::~RequestFunnel() = default;

void RequestFunnel::setPolicy(const RequestPolicy &policy)
{
    m_policy = policy;
    m_manager->setTransferTimeout(policy.inactivityTimeoutMs);
}

void RequestFunnel::setRetryBudget(RetryBudget *budget)
{
    m_budget = budget ? budget : m_ownBudget.get();
}

bool RequestFunnel::sameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort = [](const QUrl &url) {
        return url.port(url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

bool RequestFunnel::mayCarryToken(const QUrl &url) const
{
    return sameOrigin(url, m_profile.baseUrl());
}

QNetworkRequest RequestFunnel::networkRequest(const QUrl &url, const QString &bearerToken) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_policy.inactivityTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Meterscope/" MS_VERSION));
    if (!bearerToken.isEmpty() && mayCarryToken(url))
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    return request;
}

ApiRequest *RequestFunnel::get(const QUrl &url, QObject *owner, ApiRequest::Done done)
{
    return send(RequestSpec::get(url), owner, std::move(done));
}

ApiRequest *RequestFunnel::send(const RequestSpec &spec, QObject *owner, ApiRequest::Done done)
{
    auto *request = new ApiRequest(this, spec, std::move(done), owner);
    request->start();
    return request;
}

} // namespace meterscope
