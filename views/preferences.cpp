// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preferences.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/caption/codereplacements.h"
#include "core/caption/spellchecker.h"
#include "core/i18n/languagemanager.h"
#include "models/collectionsession.h"
#include "views/recordlistwidget.h"
#include "views/settingsdialog.h"
#include "views/vocabularyeditors.h"

namespace Wesog {

namespace {
const auto s_idKey = QStringLiteral("templates/id");
const auto s_srcKey = QStringLiteral("templates/src");
const auto s_requiredKey = QStringLiteral("validation/required");
const auto s_vocabularyKey = QStringLiteral("editing/vocabularyFile");
} // namespace

Preferences::Preferences(
    CollectionSession *session, RecordListWidget *list, LanguageManager *languages, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_list(list)
    , m_languages(languages)
    , m_window(window)
{
}

void Preferences::applySaved()
{
    const QSettings settings;
    RecordTemplates templates;
    templates.id = settings.value(s_idKey, templates.id).toString();
    templates.src = settings.value(s_srcKey, templates.src).toString();
    m_session->setTemplates(templates);
    m_session->model()->setValidationRules(ValidationRules::fromString(settings.value(s_requiredKey).toString()));
    m_list->setVocabularyFile(settings.value(s_vocabularyKey).toString());
    m_session->writer()->setPreferences(WritingPreferences::load());
    applyCodeReplacements();
}

void Preferences::applyCodeReplacements()
{
    const CaptionPreferences caption = CaptionPreferences::load();
    auto codes = std::make_shared<CodeReplacements>();
    codes->setDelimiter(caption.delimiter);
    QStringList errors;
    for (const QString &path : caption.replacementFiles) {
        QString error;
        if (!codes->addFile(path, &error)) // the others still load: one bad file must not cost the rest
            errors << error;
    }
    m_list->setCodeReplacements(std::move(codes));
    if (!errors.isEmpty()) // after the window is up when called while it is built
        QTimer::singleShot(0, this,
            [this, errors] { emit problem(tr("Code Replacements Not Loaded"), errors.join(QLatin1Char('\n'))); });
}

void Preferences::applyReading(bool reportProblem)
{
    QString problem;
    const QString language = m_languages->currentLanguage();
    const ReadingPreferences reading = ReadingPreferences::load(language);
    const ReadOptions options = reading.readOptions(language, &problem);
    m_session->setReadOptions(options);
    m_list->vocabularies()->setReading(options.profile, options.language);
    // The metadata language's dictionary; without one (not installed) nothing is underlined.
    // Loading one takes up to a few hundred milliseconds, so it happens on a worker.
    const QString dictionaryLanguage = reading.metadataLanguage.isEmpty() ? language : reading.metadataLanguage;
    const QString agencyDictionary = CaptionPreferences::load().agencyDictionary;
    const int request = ++m_dictionaryRequest;
    using Loaded = std::pair<std::shared_ptr<SpellChecker>, QString>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        const auto [checker, agencyProblem] = watcher->result();
        if (request == m_dictionaryRequest) {
            m_list->setSpellChecker(checker);
            if (!agencyProblem.isEmpty())
                emit this->problem(tr("Agency Dictionary Not Loaded"), agencyProblem);
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([dictionaryLanguage, agencyDictionary] {
        QString agencyProblem;
        std::shared_ptr<SpellChecker> checker = loadSpellChecker(dictionaryLanguage, agencyDictionary, &agencyProblem);
        return Loaded(std::move(checker), agencyProblem);
    }));
    if (reportProblem && !problem.isEmpty()) // after the window is up when called while it is built
        QTimer::singleShot(0, this, [this, problem] { emit this->problem(tr("Reading Profile Not Used"), problem); });
}

std::shared_ptr<SpellChecker> Preferences::loadSpellChecker(
    const QString &language, const QString &agencyDictionary, QString *agencyProblem, const QString &userDictionary)
{
    QString missing; // no dictionary for the language: nothing is underlined, which shows
    std::shared_ptr<SpellChecker> checker = SpellChecker::create(language, &missing);
    if (!checker)
        return nullptr;
    QString error;
    if (!checker->setUserDictionary(
            userDictionary.isEmpty() ? SpellChecker::userDictionaryPath() : userDictionary, &error))
        qWarning("%s", qPrintable(error)); // unreadable: Add to Dictionary reports it when it fails too
    if (!agencyDictionary.isEmpty() && !checker->addAgencyDictionary(agencyDictionary, &error) && agencyProblem)
        *agencyProblem = error;
    return checker;
}

void Preferences::showDialog()
{
    const QSettings settings;
    const ReadingPreferences reading = ReadingPreferences::load(m_languages->currentLanguage());
    auto *dialog = new SettingsDialog(m_session->templates(), reading, WritingPreferences::load(),
        settings.value(s_requiredKey).toString(), settings.value(s_vocabularyKey).toString(), m_window);
    dialog->setCaption(CaptionPreferences::load());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString agencyDictionary = CaptionPreferences::load().agencyDictionary;
    connect(dialog, &QDialog::accepted, this, [this, dialog, reading, agencyDictionary] {
        QSettings settings;
        settings.setValue(s_idKey, dialog->templates().id);
        settings.setValue(s_srcKey, dialog->templates().src);
        settings.setValue(s_requiredKey, dialog->requiredFields());
        settings.setValue(s_vocabularyKey, dialog->vocabularyFile());
        dialog->reading().save();
        dialog->writing().save();
        dialog->caption().save();
        applySaved();
        if (dialog->reading() != reading) {
            applyReading(true);
            emit rereadNeeded(); // the metadata must be read again
        } else if (dialog->caption().agencyDictionary != agencyDictionary) {
            applyReading(false); // a new checker with the new words; every row is checked again
        }
    });
    dialog->open();
}

} // namespace Wesog
