// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apiprofile.h"
#include "auth/browserlauncher.h"
#include "auth/loopbackreceiver.h"
#include "auth/pkce.h"
#include "auth/tokenresponse.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace meterscope {

class TokenClient;

// One browser sign-in (RFC 8252): a loopback receiver, the authorize URL from the profile (client id,
// scopes, redirect_uri, a 256-bit state, the PKCE S256 challenge when the profile says so), the browser,
// then the code exchange through the TokenClient. Ends with succeeded() or failed(), exactly once.
class AuthorizationFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationFlow)
public:
    AuthorizationFlow(const ApiProfile &profile, TokenClient *tokenClient, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    void setBrowserLauncher(const BrowserLauncher &launcher) { m_launcher = launcher; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

    // Listens, builds the URL and opens the browser. False (and failed()) when no local port could be
    // opened. When no browser can be opened, openUrlManually() offers the URL and the wait goes on.
    bool start();
    // Stops at any time: the port closes, failed() reports Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QUrl authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] LoopbackReceiver *receiver() const { return m_receiver; }

    // The authorize URL for these values (exposed for tests and for copying).
    static QUrl buildAuthorizeUrl(const ApiProfile &profile, const QUrl &redirectUri, const QByteArray &state,
                                  const QByteArray &codeChallenge);

Q_SIGNALS:
    void browserOpened();
    // No browser could be opened: show `url` for the user to copy.
    void openUrlManually(const QUrl &url, const QString &reason);
    // The browser came back with a code; the token request is running.
    void exchanging();
    void succeeded(const meterscope::TokenResponse &tokens);
    void failed(const meterscope::ApiError &error);

private:
    void onCode(const QString &code);
    void finish(const TokenResponse &tokens, const ApiError &error);

    ApiProfile m_profile;
    TokenClient *m_tokenClient;
    BrowserLauncher m_launcher;
    QPointer<LoopbackReceiver> m_receiver;
    Pkce m_pkce;
    QUrl m_authorizeUrl;
    int m_timeoutMs = 5 * 60 * 1000;
    int m_idleTimeoutMs = 5000;
    bool m_running = false;
};

} // namespace meterscope
