// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace meterscope {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray Pkce::randomUrlSafe(int bytes)
{
    std::vector<quint32> words(static_cast<size_t>((bytes + 3) / 4));
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), bytes);
    return raw.toBase64(kBase64Url);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.m_verifier = randomUrlSafe(32);
    pkce.m_challenge = challengeFor(pkce.m_verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray Pkce::generateState()
{
    return randomUrlSafe(32);
}

} // namespace meterscope
