// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signinprofile.h"

#include "api/credentialurlpolicy.h"

#include <QHostAddress>

namespace meterscope {

ApiProfile SignInProfile::resolve(const QUrl &baseUrl, const QString &profilePath, QString *error)
{
    ApiProfile profile = resolveUnchecked(baseUrl, profilePath, error);
    if (!profile.isValid())
        return profile;
    // Wherever the URLs came from, they pass the one credential-URL policy before anything is sent.
    *error = CredentialUrlPolicy::checkProfile(profile);
    return error->isEmpty() ? profile : ApiProfile();
}

ApiProfile SignInProfile::resolveUnchecked(const QUrl &baseUrl, const QString &profilePath, QString *error)
{
    error->clear();
    if (!profilePath.isEmpty()) {
        ApiProfile profile = ApiProfile::fromFile(profilePath, error);
        if (!error->isEmpty() || !profile.isValid())
            return ApiProfile();
        return baseUrl.isValid() ? profile.withBaseUrl(baseUrl) : profile;
    }
    const QHostAddress host(baseUrl.host());
    if (!host.isNull() && host.isLoopback())
        return ApiProfile::builtInDemo().withOrigin(baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    const ApiProfile production = ApiProfile::builtInProduction();
    return baseUrl.isValid() ? production.withBaseUrl(baseUrl) : production;
}

} // namespace meterscope
