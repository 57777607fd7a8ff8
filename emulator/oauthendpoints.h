// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiprofile.h"
#include "emulator/emulatoroptions.h"
#include "emulator/emulatorrequest.h"
#include "emulator/httpreply.h"
#include "emulator/registeredredirects.h"

#include <QUrlQuery>

namespace meterscope::emulator {

class AuthRegistry;

// OAuth 2.0 on the emulator (api-contract.md §4): the consent page and its form decision at the
// profile's authorize path, and the token endpoint (authorization_code with optional PKCE S256,
// refresh_token; client credentials in the body or HTTP Basic). Redirects go only to a registered
// redirect URI (any port when it is a loopback one); anything else gets an HTML 400 and no redirect.
class OAuthEndpoints
{
public:
    OAuthEndpoints(AuthRegistry *registry, const ApiProfile &profile, RegisteredRedirects redirects);

    [[nodiscard]] bool matches(const QString &path) const;
    [[nodiscard]] HttpReply handle(const EmulatorRequest &request, const ResponseVariants &variants) const;
    // The grant_type of a POST to the token endpoint (at most 64 characters); empty for anything else.
    [[nodiscard]] QString grantType(const EmulatorRequest &request) const;

private:
    [[nodiscard]] HttpReply authorize(const EmulatorRequest &request) const;
    [[nodiscard]] HttpReply token(const EmulatorRequest &request, const ResponseVariants &variants) const;
    [[nodiscard]] HttpReply consentPage(const QUrlQuery &parameters) const;
    static HttpReply htmlError(const QByteArray &message);
    static HttpReply redirectTo(QUrl target, const QList<QPair<QString, QString>> &items);
    static HttpReply tokenError(int status, const char *error, const QByteArray &description);

    AuthRegistry *m_registry;
    RegisteredRedirects m_redirects;
    QString m_authorizePath;
    QString m_tokenPath;
};

} // namespace meterscope::emulator
