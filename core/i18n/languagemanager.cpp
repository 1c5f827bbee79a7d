// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/languagemanager.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>

#include "core/logging.h"

namespace Wesog {

namespace {
const auto s_settingsKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("fr"),
        QStringLiteral("ru") };
}

QString LanguageManager::defaultLanguage(const QLocale &system)
{
    const QString code = QLocale::languageToCode(system.language());
    return availableLanguages().contains(code) ? code : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &language)
{
    // Not QLocale::nativeLanguageName(): it names the language of the locale's default territory
    // ("American English", "español de España"), where a list of languages wants the usual name.
    static const QHash<QString, QString> names {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("pt"), QStringLiteral("Português") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("ru"), QStringLiteral("Русский") },
    };
    return names.value(language, language);
}

void LanguageManager::restore()
{
    const QString saved = QSettings().value(s_settingsKey).toString();
    if (!availableLanguages().contains(saved) || !setLanguage(saved))
        setLanguage(defaultLanguage(QLocale::system()));
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!apply(language))
        return false;
    QSettings().setValue(s_settingsKey, language);
    return true;
}

bool LanguageManager::apply(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    removeTranslators();
    const QString appFile = QStringLiteral(":/i18n/wesogdesk_%1.qm").arg(language);
    if (m_appTranslator.load(appFile))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    else
        qCWarning(lcI18n) << "missing translation" << appFile;
    // Qt's own strings (standard buttons, context menus). English needs none.
    if (language != QLatin1String("en")
        && m_qtTranslator.load(
            QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    m_language = language;
    QLocale::setDefault(QLocale(language));
    qCDebug(lcI18n) << "language" << language;
    emit languageChanged(QLocale(language));
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;
}

} // namespace Wesog

#include "moc_languagemanager.cpp"
