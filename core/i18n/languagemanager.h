// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace Wesog {

/// Loads the application's and Qt's own translations and switches them at run time.
/// Thread: GUI (main) thread only. Lifetime: owned by the composition root; outlives every
/// widget and model that listens to languageChanged().
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The UI languages we ship: en, es, pt, fr, ru.
    static QStringList availableLanguages();
    /// The system language if we ship it, else English.
    static QString defaultLanguage(const QLocale &system);
    /// The usual name of a language we ship, in that language ("English", "Русский"), for the
    /// Language menu and the Submit dialog; the code itself for any other.
    static QString nativeName(const QString &language);

    QString currentLanguage() const { return m_language; }
    QLocale currentLocale() const { return QLocale(m_language); }

    /// Applies the remembered choice, or the system default on first run.
    void restore();
    /// Installs the language's translators, remembers the choice and emits languageChanged().
    /// Returns false, changing nothing, for a language we do not ship.
    bool setLanguage(const QString &language);
    /// The same without remembering it (command-line tools follow the environment).
    bool apply(const QString &language);

signals:
    void languageChanged(const QLocale &locale);

private:
    void removeTranslators();

    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace Wesog
