// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/applicationlanguage.h"

#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <array>

namespace meterscope {

namespace {

constexpr auto kSettingsKey = "interface/language";
constexpr auto kTranslatorName = "meterscopeTranslator";

// The languages Meterscope is translated into, English first (the words of the source).
struct Translation
{
    QLatin1String code;
    const char *nativeName; // UTF-8
    QLocale::Language language;
};
constexpr std::array kTranslations{
    Translation{QLatin1String("en"), "English", QLocale::English},
    Translation{QLatin1String("fr"), "Français", QLocale::French},
    Translation{QLatin1String("de"), "Deutsch", QLocale::German},
};

QLocale::Language languageOf(const QString &code)
{
    for (const Translation &translation : kTranslations) {
        if (translation.code == code)
            return translation.language;
    }
    return QLocale::English;
}

void removeInstalledTranslators(QCoreApplication *app)
{
    const QList<QTranslator *> installed =
        app->findChildren<QTranslator *>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void installTranslator(QCoreApplication *app, const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (translator->load(file, folder) && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

} // namespace

QList<ApplicationLanguage::Choice> ApplicationLanguage::choices()
{
    QList<Choice> choices{{QString(), tr("System language")}};
    for (const Translation &translation : kTranslations)
        choices.append({QString(translation.code), QString::fromUtf8(translation.nativeName)});
    return choices;
}

bool ApplicationLanguage::isTranslated(const QString &code)
{
    return std::any_of(kTranslations.cbegin(), kTranslations.cend(),
                       [&code](const Translation &translation) { return translation.code == code; });
}

QString ApplicationLanguage::firstTranslated(const QStringList &uiLanguages)
{
    for (const QString &uiLanguage : uiLanguages) {
        // "fr-CA", "fr_CA.UTF-8", "de-Latn-DE": the language is what comes before the first separator.
        QString code = uiLanguage.section(QRegularExpression(QStringLiteral("[-_.@]")), 0, 0).toLower();
        if (isTranslated(code))
            return code;
    }
    return QStringLiteral("en");
}

QString ApplicationLanguage::chosen()
{
    const QString code = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return isTranslated(code) ? code : QString();
}

bool ApplicationLanguage::choose(const QString &code)
{
    if (!code.isEmpty() && !isTranslated(code))
        return false;
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), code);
    return true;
}

QLocale ApplicationLanguage::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty() || system.language() == languageOf(code))
        return system;
    return QLocale(languageOf(code));
}

QString ApplicationLanguage::install(const QString &code)
{
    QLocale::setDefault(localeFor(code));
    QString language = code.isEmpty() ? firstTranslated(QLocale::system().uiLanguages())
                                      : (isTranslated(code) ? code : QStringLiteral("en"));
    QCoreApplication *app = QCoreApplication::instance();
    if (app == nullptr)
        return language;
    removeInstalledTranslators(app);
    // English has a file of its own for its plural forms ("%n meters").
    installTranslator(app, QStringLiteral("meterscope_%1").arg(language), QStringLiteral(":/i18n"));
    if (language != QLatin1String("en")) {
        installTranslator(app, QStringLiteral("qtbase_%1").arg(language),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return language;
}

} // namespace meterscope
