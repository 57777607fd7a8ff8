// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulatorserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace meterscope::emulator::testing {

// One answer as a test sees it. status -1 = no complete answer within the time allowed.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 bytesReceived = 0;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    [[nodiscard]] QJsonArray array() const { return json().array(); }
    [[nodiscard]] QJsonObject object() const { return json().object(); }
    [[nodiscard]] QByteArray header(const char *lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
};

// A QNetworkAccessManager talking to an emulator on 127.0.0.1 (api() needs the in-process server;
// get() and send() take any URL); never follows redirects. control() sends the control token.
class EmulatorTestClient
{
public:
    explicit EmulatorTestClient(const EmulatorServer *server)
        : m_server(server), m_controlToken(server ? server->controlToken() : QString())
    {
    }
    // An emulator in another process, by the origin and control token it printed at start.
    EmulatorTestClient(const QUrl &origin, const QString &controlToken)
        : m_server(nullptr), m_origin(origin), m_controlToken(controlToken)
    {
    }

    // A path under the served API base ("/sites") with optional query items.
    [[nodiscard]] QUrl api(const QString &path, const QList<QPair<QString, QString>> &query = {}) const
    {
        QUrl url(m_server->servedProfile().baseUrl().toString() + path);
        QUrlQuery items;
        for (const auto &[name, value] : query)
            items.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        if (!query.isEmpty())
            url.setQuery(items.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return url;
    }
    [[nodiscard]] QUrl origin(const QString &path) const
    {
        return QUrl((m_server ? m_server->origin() : m_origin).toString() + path);
    }

    // POST /_emulator/<name> with a JSON body, or GET it when body is nothing; with the control token.
    HttpResult control(const QString &name, const std::optional<QJsonObject> &body = std::nullopt)
    {
        const QUrl url = origin(QStringLiteral("/_emulator/") + name);
        const QByteArray token = m_controlToken.toLatin1();
        if (!body)
            return send(url, "GET", QByteArray(), QString(), {{"X-Emulator-Control-Token", token}}, 15000);
        return send(url, "POST", QJsonDocument(*body).toJson(QJsonDocument::Compact), QString(),
                    {{"Content-Type", "application/json"}, {"X-Emulator-Control-Token", token}}, 15000);
    }

    HttpResult get(const QUrl &url, const QString &token = QString(), int timeoutMs = 15000)
    {
        return send(url, "GET", QByteArray(), token, {}, timeoutMs);
    }
    HttpResult postForm(const QUrl &url, const QByteArray &form,
                        const QByteArray &basicCredentials = QByteArray())
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!basicCredentials.isEmpty())
            headers.append({"Authorization", "Basic " + basicCredentials.toBase64()});
        return send(url, "POST", form, QString(), headers, 15000);
    }
    HttpResult postJson(const QUrl &url, const QJsonObject &body)
    {
        return send(url, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), QString(),
                    {{"Content-Type", "application/json"}}, 15000);
    }

    HttpResult send(const QUrl &url, const QByteArray &verb, const QByteArray &body, const QString &token,
                    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
        HttpResult result;
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [&result](qint64 received, qint64) { result.bytesReceived = received; });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            result.status = -1;
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

private:
    const EmulatorServer *m_server;
    QUrl m_origin;
    QString m_controlToken;
    QNetworkAccessManager m_manager;
};

// The clock every emulator test pins.
inline const QDateTime kPinnedNow(QDate(2025, 11, 15), QTime(12, 0), Qt::UTC);

// An emulator on 127.0.0.1 (clock pinned to kPinnedNow unless the options say otherwise) and a client for it.
struct RunningEmulator
{
    std::unique_ptr<EmulatorServer> server;
    std::unique_ptr<EmulatorTestClient> client;

    static EmulatorOptions pinnedOptions()
    {
        EmulatorOptions options;
        options.now = kPinnedNow;
        return options;
    }
    bool start(const EmulatorOptions &options = pinnedOptions())
    {
        server = std::make_unique<EmulatorServer>(options);
        if (!server->start())
            return false;
        client = std::make_unique<EmulatorTestClient>(server.get());
        return true;
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
};

} // namespace meterscope::emulator::testing
