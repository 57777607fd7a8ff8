// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace meterscope {

// The language Meterscope speaks: the system's (the default) or one chosen in the settings. Installs
// Meterscope's translations (embedded, :/i18n) and Qt's own (qt6-translations-l10n) on the application,
// and makes the chosen locale the default one, so that numbers, dates and units read as the user
// expects; machine formats (CSV in the RFC dialect, JSON, ISO 8601) never use it.
class ApplicationLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationLanguage)
public:
    struct Choice
    {
        QString code;       // "" for the system's language, else "en", "fr", "de"
        QString nativeName; // as a speaker of it writes it: "Français"
    };

    // The system's language first, then every language Meterscope is translated into.
    [[nodiscard]] static QList<Choice> choices();
    // The language chosen in the settings; "" follows the system.
    [[nodiscard]] static QString chosen();
    // Keeps the choice for the next start ("" follows the system). Unknown codes are refused.
    static bool choose(const QString &code);
    // The locale that language stands for: the system's when it speaks that language (its region's
    // formats stay), else the language's main region.
    [[nodiscard]] static QLocale localeFor(const QString &code);
    // Installs the translators for `code` ("" = the system's) and sets the default locale. A language
    // Meterscope is not translated into falls back to English for the words and keeps the locale's
    // formats. Replaces what an earlier call installed. Returns the language used ("en", "fr", "de").
    static QString install(const QString &code);

private:
    [[nodiscard]] static bool isTranslated(const QString &code);
};

} // namespace meterscope
