// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apirequest.h"

#include "api/accesstokensource.h"
#include "api/errorbodyparser.h"
#include "api/requestfunnel.h"
#include "api/retrybudget.h"
#include "api/retrypolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif
#include <QRandomGenerator>
#include <QTimeZone>

namespace meterscope {

namespace {

// Errors below 200 are connection and proxy failures, as is any error without an HTTP status;
// otherwise Qt mirrors the HTTP status, which is read instead.
bool isTransportError(QNetworkReply::NetworkError error, int httpStatus)
{
    return error != QNetworkReply::NoError && (int(error) < 200 || httpStatus == 0);
}

struct TransportFailure
{
    ApiError error;
    bool retryable = false;
};

TransportFailure transportFailure(QNetworkReply::NetworkError code, const QString &detail)
{
    using Kind = ApiError::Kind;
    switch (code) {
    case QNetworkReply::OperationCanceledError: // not ours: the inactivity timeout
    case QNetworkReply::TimeoutError:
        return {ApiError::make(Kind::Timeout, QString(), detail), true};
    case QNetworkReply::RemoteHostClosedError:
        return {
            ApiError::make(Kind::ServerError,
                           QCoreApplication::translate(
                               "ApiRequest", "The connection was closed before the whole answer arrived."),
                           detail),
            true};
    case QNetworkReply::SslHandshakeFailedError:
        return {ApiError::make(Kind::Tls, QString(), detail), false};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return {ApiError::make(Kind::Offline, QString(), detail), true};
    default:
        return {ApiError::make(Kind::Other, QString(), detail), false};
    }
}

} // namespace

ApiRequest::ApiRequest(RequestFunnel *funnel, RequestSpec spec, Done done, QObject *parent)
    : QObject(parent), m_funnel(funnel), m_spec(std::move(spec)), m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a floor: never early
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::fetchTokenAndSend);
}

ApiRequest::~ApiRequest()
{
    cancel();
}

QString ApiRequest::path() const
{
    return m_spec.url.path(); // never the query: it may carry identifiers the logs need not keep
}

void ApiRequest::start()
{
    // A token source may answer inside requestToken() (no PAT, a signed-out session), and a failure
    // ends the request: the first attempt starts from the event loop, so `done` never runs before
    // the caller has the request (and the ApiClient call that made it has returned).
    QTimer::singleShot(0, this, &ApiRequest::fetchTokenAndSend);
}

void ApiRequest::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_deadline.stop();
    m_retryTimer.stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiRequest::fetchTokenAndSend()
{
    if (m_cancelled || !m_funnel)
        return;
    AccessTokenSource *source = m_funnel->tokenSource();
    if (!source || !m_spec.carriesBearerToken || !m_funnel->mayCarryToken(m_spec.url)) {
        send(QString());
        return;
    }
    source->requestToken(this, [this](const QString &token, const ApiError &error) {
        if (m_cancelled || m_finished)
            return;
        if (error)
            complete(QByteArray(), error);
        else
            send(token);
    });
}

void ApiRequest::send(const QString &token)
{
    if (m_cancelled || !m_funnel)
        return;
    m_token = token;
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_lastErrorBody.clear();
    const RequestPolicy policy = m_funnel->policy();
    m_attemptClock.start();
    QNetworkRequest request = m_funnel->networkRequest(m_spec.url, token);
    if (!m_spec.authorization.isEmpty() && token.isEmpty())
        request.setRawHeader("Authorization", m_spec.authorization);
    if (isGet()) {
        m_reply = m_funnel->manager()->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
        m_reply = m_funnel->manager()->post(request, m_spec.body);
    }
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, policy](qint64 received, qint64 total) {
        if (m_reply && (received > policy.maxBodyBytes || total > policy.maxBodyBytes)) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
#if QT_CONFIG(ssl)
    // A certificate that is not accepted may end as any transport error (handshake, closed, unknown):
    // remember it so the user reads "certificate", not "check your network".
    m_certificateProblem.clear();
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_certificateProblem = errors.constFirst().errorString();
    });
#endif
    m_deadline.start(policy.totalDeadlineMs);
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    m_deadline.stop();
    if (m_cancelled)
        return;
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCInfo(lcApi).noquote() << m_spec.methodName() << path() << "status" << status << "error" << int(code)
                            << "attempt" << m_attempts << "in" << m_attemptClock.elapsed() << "ms";
    using Kind = ApiError::Kind;
    const RequestPolicy policy = m_funnel ? m_funnel->policy() : RequestPolicy();
    const QString where = QStringLiteral("%1 %2").arg(m_spec.methodName(), path());

    if (m_tooLarge) {
        complete(QByteArray(),
                 ApiError::make(Kind::BadData,
                                QCoreApplication::translate(
                                    "ApiRequest", "The answer is larger than %1 MB; choose a shorter period.")
                                    .arg(policy.maxBodyBytes / (1024 * 1024)),
                                where));
        return;
    }
    if (m_timedOut) {
        const ApiError timeout = ApiError::make(
            Kind::Timeout, QString(),
            QStringLiteral("%1 · no complete answer within %2 ms").arg(where).arg(policy.totalDeadlineMs));
        // A POST that timed out may have reached the server: it is not sent again.
        if (isGet())
            retryOrFail(timeout, std::nullopt);
        else
            complete(QByteArray(), timeout);
        return;
    }
    // The transport first: a truncated body arrives with status 200 and RemoteHostClosedError.
    if (isTransportError(code, status)) {
        TransportFailure failure =
            transportFailure(code, QStringLiteral("%1 · %2").arg(where, reply->errorString()));
        if (!m_certificateProblem.isEmpty())
            failure = {ApiError::make(Kind::Tls, QString(),
                                      QStringLiteral("%1 · %2").arg(where, m_certificateProblem)),
                       false};
        // A POST may have reached the server: sending it again could act twice.
        if (failure.retryable && isGet())
            retryOrFail(failure.error, std::nullopt);
        else
            complete(QByteArray(), failure.error);
        return;
    }
    if (status >= 200 && status < 300) {
        if (m_attempts == 1 && m_funnel)
            m_funnel->retryBudget()->recordSuccess();
        complete(reply->readAll(), ApiError());
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString to = target.isValid() ? m_spec.url.resolved(target).host() : QString();
        complete(QByteArray(),
                 ApiError::make(Kind::UnexpectedRedirect, QString(),
                                QStringLiteral("HTTP %1 · %2 · to host %3").arg(status).arg(where, to),
                                status));
        return;
    }
    const QByteArray body = reply->readAll();
    const ApiError error = ErrorBodyParser::fromResponse(status, body, m_spec.methodName(), path());
    const QByteArray errorBody = m_spec.keepErrorBody ? body : QByteArray();
    if (status == 401 && !m_token.isEmpty()) {
        renewAfterRejection(error);
        return;
    }
    if (status == 429) {
        Q_EMIT throttled();
        if (m_cancelled)
            return;
    }
    if (isGet() ? RetryPolicy::isRetryableStatus(status)
                : RetryPolicy::isRetryableUnprocessedStatus(status)) {
        m_lastErrorBody = errorBody;
        retryOrFail(error, RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                        QDateTime::currentDateTimeUtc()));
        return;
    }
    complete(errorBody, error);
}

void ApiRequest::renewAfterRejection(const ApiError &rejection)
{
    AccessTokenSource *source = m_funnel ? m_funnel->tokenSource() : nullptr;
    if (m_renewed || !source || m_token.isEmpty()) {
        complete(QByteArray(), rejection);
        return;
    }
    m_renewed = true;
    source->renewAfterRejection(m_token, this,
                                [this, rejection](const QString &token, const ApiError &error) {
                                    if (m_cancelled || m_finished)
                                        return;
                                    if (error) {
                                        ApiError renewalError = error;
                                        if (renewalError.detail.isEmpty())
                                            renewalError.detail = rejection.detail;
                                        complete(QByteArray(), renewalError);
                                        return;
                                    }
                                    --m_attempts; // the replay with a renewed token is not a retry
                                    send(token);
                                });
}

void ApiRequest::retryOrFail(const ApiError &error, std::optional<qint64> retryAfterSeconds)
{
    if (!m_funnel) {
        complete(QByteArray(), error);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RetryPolicy policy(m_funnel->policy());
    const RetryPolicy::Decision decision =
        policy.decide(m_attempts, retryAfterSeconds, QRandomGenerator::global()->generateDouble(), now);
    ApiError final = error;
    if (retryAfterSeconds)
        final.retryAfterSeconds = int(qMin<qint64>(*retryAfterSeconds, INT_MAX));
    if (decision.waitTooLong) {
        final.message = QCoreApplication::translate("ApiRequest", "The server is busy; try again at %1.")
                            .arg(QLocale().toString(decision.retryAtUtc.toLocalTime(), QLocale::ShortFormat));
        complete(m_lastErrorBody, final);
        return;
    }
    if (!decision.retry || !m_funnel->retryBudget()->tryAcquireRetry()) {
        final.detail += QStringLiteral(" · gave up after %1 attempts").arg(m_attempts);
        complete(m_lastErrorBody, final);
        return;
    }
    qCInfo(lcApi).noquote() << m_spec.methodName() << path() << "retry" << (m_attempts + 1) << "in"
                            << decision.delayMs << "ms";
    // The wait starts before the signal, so a receiver that cancels on it also stops the retry.
    m_retryTimer.start(decision.delayMs);
    Q_EMIT retrying(m_attempts + 1, decision.delayMs, error.message);
}

void ApiRequest::complete(const QByteArray &body, const ApiError &error)
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    m_token.clear();
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(body, error);
}

} // namespace meterscope
