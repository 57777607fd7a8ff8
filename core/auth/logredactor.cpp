// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logredactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace meterscope {

namespace {

// Values shorter than this are not registered: they would blank out ordinary words.
constexpr qsizetype kMinimumSecretLength = 6;

struct RedactorState
{
    QMutex mutex;
    QSet<QString> secrets;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

// The state and the patterns are never destroyed: Qt logs during static destruction (plugins unloading,
// with debug logging on) and the handler stays installed until the process ends.
RedactorState &state()
{
    static auto *s = new RedactorState;
    return *s;
}

const QList<QRegularExpression> &patterns()
{
    static const auto *list = new QList<QRegularExpression>{
        // Authorization / Proxy-Authorization / Cookie header lines, whatever the scheme.
        QRegularExpression(QStringLiteral(
            R"re((?i)\b((?:proxy-)?authorization|cookie|set-cookie)(["']?\s*[:=]\s*["']?)[^\r\n]+)re")),
        // Bearer and Basic credentials anywhere.
        QRegularExpression(QStringLiteral(R"re((?i)\b(bearer|basic)(\s+)[A-Za-z0-9\-._~+/=%]+)re")),
        // key=value in queries, forms and free text.
        QRegularExpression(QStringLiteral(
            R"re((?i)\b(access_token|refresh_token|id_token|code|code_verifier|client_secret|password|token)(=)[^&\s"'<>]+)re")),
        // "key": "value" in JSON.
        QRegularExpression(QStringLiteral(
            R"re((?i)"(access_token|refresh_token|id_token|code|code_verifier|client_secret|password)("\s*:\s*")[^"]*)re")),
    };
    return *list;
}

QString redactLocked(const QString &text, const QSet<QString> &secrets)
{
    QString out = text;
    // Longest first, so a secret that contains another one is removed whole.
    QStringList ordered(secrets.cbegin(), secrets.cend());
    std::sort(ordered.begin(), ordered.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(ordered)) {
        if (out.contains(secret))
            out.replace(secret, LogRedactor::placeholder());
    }
    for (const QRegularExpression &re : patterns())
        out.replace(re, QStringLiteral("\\1\\2") + LogRedactor::placeholder());
    return out;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    RedactorState &s = state();
    QtMessageHandler previous;
    QString clean;
    {
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
        clean = redactLocked(message, s.secrets);
    }
    if (previous) {
        previous(type, context, clean);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

} // namespace

QString LogRedactor::placeholder()
{
    return QStringLiteral("<redacted>");
}

void LogRedactor::install()
{
    RedactorState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        return;
    s.installed = true;
    s.previous = qInstallMessageHandler(redactingHandler);
}

void LogRedactor::registerSecret(const QString &secret)
{
    if (secret.size() < kMinimumSecretLength)
        return;
    RedactorState &s = state();
    QMutexLocker lock(&s.mutex);
    s.secrets.insert(secret);
    // The same value as it appears in a URL query or a form body.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    s.secrets.insert(encoded);
    QString form = encoded;
    form.replace(QStringLiteral("%20"), QStringLiteral("+"));
    s.secrets.insert(form);
}

void LogRedactor::registerSecret(const QByteArray &secret)
{
    registerSecret(QString::fromUtf8(secret));
}

QString LogRedactor::redact(const QString &text)
{
    RedactorState &s = state();
    QMutexLocker lock(&s.mutex);
    return redactLocked(text, s.secrets);
}

} // namespace meterscope
