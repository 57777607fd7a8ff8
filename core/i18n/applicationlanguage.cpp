// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/applicationlanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace meterscope {

namespace {

constexpr auto kSettingsKey = "interface/language";
constexpr auto kTranslatorName = "meterscopeTranslator";

QLocale::Language languageOf(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QLocale::French;
    if (code == QLatin1String("de"))
        return QLocale::German;
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
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

bool ApplicationLanguage::isTranslated(const QString &code)
{
    return code == QLatin1String("en") || code == QLatin1String("fr") || code == QLatin1String("de");
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
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    QString language = QLocale::languageToCode(locale.language());
    if (!isTranslated(language))
        language = QStringLiteral("en");
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
