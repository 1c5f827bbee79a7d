// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>

class QWidget;

namespace Wesog {

class CollectionSession;
class LanguageManager;
class RecordListWidget;
class SpellChecker;

/// Edit → Preferences: the dialog, the settings it saves, and handing them to the session and
/// the record list (id/src templates, required fields, vocabulary, code replacements, how metadata is read).
/// Thread: GUI. Lifetime: a child of the main window.
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    Preferences(CollectionSession *session, RecordListWidget *list, LanguageManager *languages, QWidget *window);

    /// Templates, validation rules, the vocabulary and the writing preferences as saved.
    void applySaved();
    /// The code replacement files and delimiter as saved, handed to the record list; a file
    /// that cannot be loaded is reported with its error (the other files still load).
    void applyCodeReplacements();
    /// How metadata is read, in the metadata language (the interface language unless one is
    /// chosen), and that language's spell checker with the agency dictionary (the table is
    /// checked again); a bad reading profile or agency dictionary is reported.
    void applyReading(bool reportProblem);
    /// The checker of `language` with the user's dictionary (SpellChecker::userDictionaryPath()
    /// unless `userDictionary` is given) and `agencyDictionary` (empty: none) loaded; null when
    /// the language has no dictionary installed. An agency dictionary that cannot be read is
    /// described in `agencyProblem` (the checker works without it). Any thread.
    static std::shared_ptr<SpellChecker> loadSpellChecker(const QString &language, const QString &agencyDictionary,
        QString *agencyProblem, const QString &userDictionary = QString());
    /// Opens the dialog; what it saves is applied at once.
    void showDialog();

signals:
    void problem(const QString &title, const QString &message);
    /// How files are read changed: the open folder must be read again.
    void rereadNeeded();

private:
    CollectionSession *m_session;
    RecordListWidget *m_list;
    LanguageManager *m_languages;
    QWidget *m_window;
    int m_dictionaryRequest = 0; ///< the latest dictionary load; an older one finishing is dropped
};

} // namespace Wesog
