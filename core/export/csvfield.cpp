// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvfield.h"

namespace meterscope {

namespace {

QByteArray quotedIfNeeded(QByteArray utf8, char separator)
{
    const bool needsQuotes = utf8.contains(separator) || utf8.contains(',') || utf8.contains('"') ||
                             utf8.contains('\n') || utf8.contains('\r');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

QString spreadsheetSafeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

QByteArray csvField(const QString &text, char separator)
{
    return quotedIfNeeded(spreadsheetSafeText(text).toUtf8(), separator);
}

QByteArray csvNumberField(const QString &text, char separator)
{
    return quotedIfNeeded(text.toUtf8(), separator);
}

} // namespace meterscope
