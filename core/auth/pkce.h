// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace meterscope {

// Proof Key for Code Exchange (RFC 7636) and the OAuth `state`: one-time values from the system CSPRNG.
class Pkce
{
public:
    // A fresh verifier (32 random bytes, base64url without padding: 43 characters) and its S256 challenge.
    static Pkce generate();
    // base64url(SHA-256(verifier)) without padding (RFC 7636 §4.2).
    static QByteArray challengeFor(const QByteArray &verifier);
    // A fresh 256-bit state, base64url without padding.
    static QByteArray generateState();
    // `bytes` random bytes from QRandomGenerator::system(), base64url without padding.
    static QByteArray randomUrlSafe(int bytes);

    [[nodiscard]] QByteArray verifier() const { return m_verifier; }
    [[nodiscard]] QByteArray challenge() const { return m_challenge; }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

private:
    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace meterscope
