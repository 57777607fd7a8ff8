// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meterscope {

// Keeps secrets out of every log line. install() puts a Qt message handler in front of the one that
// was there (stderr by default); it removes bearer tokens, Authorization/Cookie headers,
// access_token=, refresh_token=, code=, code_verifier=, client_secret= (in queries, forms and JSON)
// and every value registered with registerSecret() (raw and percent-encoded). Thread-safe.
class LogRedactor
{
public:
    // Installs the filtering handler once per process (later calls do nothing).
    static void install();
    // Every token, PAT, code, verifier and secret the process handles is registered here.
    static void registerSecret(const QString &secret);
    static void registerSecret(const QByteArray &secret);
    // The text with every known secret replaced by "<redacted>".
    static QString redact(const QString &text);
    // The placeholder that replaces a secret.
    static QString placeholder();

private:
    LogRedactor() = default;
};

} // namespace meterscope
