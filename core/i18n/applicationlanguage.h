// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace meterscope {

// The language Meterscope speaks: the user's (the default) or one chosen in the settings. Installs
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
    // formats stay), else the language's main region. "" is the system's.
    [[nodiscard]] static QLocale localeFor(const QString &code);
    // The first of the user's languages, in order of preference, that Meterscope is translated into
    // ("fr-CA" counts as "fr"); "en" when there is none. As gettext programs do, the preference is
    // LANGUAGE (a list), else LC_ALL, LC_MESSAGES, LANG: QLocale::system().uiLanguages().
    [[nodiscard]] static QString firstTranslated(const QStringList &uiLanguages);
    // Installs the translators for `code` ("" = the user's languages, firstTranslated) and sets the
    // default locale (localeFor: with "", the system's formats, whatever the words). Replaces what an
    // earlier call installed. Returns the language of the words ("en", "fr", "de").
    static QString install(const QString &code);

private:
    [[nodiscard]] static bool isTranslated(const QString &code);
};

} // namespace meterscope
