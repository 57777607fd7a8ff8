// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apioperation.h"

#include "api/requestfunnel.h"

namespace meterscope {

ApiOperation::ApiOperation(RequestFunnel *funnel, QObject *context, QObject *parent)
    : ApiCall(parent), m_funnel(funnel), m_context(context), m_hasContext(context != nullptr)
{
    if (context)
        connect(context, &QObject::destroyed, this, &ApiOperation::cancel);
}

void ApiOperation::cancel()
{
    if (m_finished)
        return;
    finish(nullptr);
}

ApiRequest *ApiOperation::get(const QUrl &url, ApiRequest::Done done)
{
    if (!m_funnel)
        return nullptr;
    ApiRequest *request = m_funnel->get(url, this, std::move(done));
    connect(request, &ApiRequest::retrying, this, &ApiCall::retrying);
    connect(request, &ApiRequest::throttled, this, &ApiCall::throttled);
    return request;
}

void ApiOperation::abortRequests()
{
    const auto requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : requests)
        request->cancel();
}

void ApiOperation::finish(const std::function<void()> &deliver)
{
    if (m_finished)
        return;
    const bool mayDeliver = isLive();
    m_finished = true;
    abortRequests();
    const auto watchers = findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase *watcher : watchers)
        watcher->disconnect(this);
    if (mayDeliver && deliver)
        deliver();
    Q_EMIT finished();
    deleteLater();
}

} // namespace meterscope
