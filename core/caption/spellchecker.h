// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Wesog {

/// A word as the tokenizer found it: where it is in the checked text (UTF-16 positions, for
/// underlines) and the word itself with the surrounding punctuation removed.
struct TextWord
{
    int position = 0;
    int length = 0;
    QString word;

    friend bool operator==(const TextWord &a, const TextWord &b)
    {
        return a.position == b.position && a.length == b.length && a.word == b.word;
    }
};

/// Spell checking with Hunspell in one metadata language (en, es, pt-BR, pt-PT, fr, ru).
///
/// - check() splits text on Unicode word boundaries (QTextBoundaryFinder) and returns the
///   misspelled words with their positions. Never flagged: numbers, URLs, e-mail addresses,
///   words with digits, all-capital acronyms, words of the user's dictionary, of the agency
///   dictionaries, and words ignored for the session.
/// - The user's dictionary is a UTF-8 file, one word per line (userDictionaryPath(), in the app
///   data folder); addToUserDictionary() appends to it. Agency dictionaries are read-only files
///   in the same format.
///
/// Thread: every method may be called from any thread at the same time. Hunspell objects are
/// not thread-safe, so each call uses one copy of the dictionary alone:
/// - the GUI thread (the application's main thread) always uses the copy create() loaded,
///   kept for it alone, so typing in an editor never waits for a dictionary to load while
///   worker threads check (loading one takes 50–400 ms);
/// - any other thread borrows a copy from a pool, and loads a new one when none is idle (the
///   first time a worker checks, then once more per worker checking at the same moment).
/// The extra words are behind a read-write lock.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)

public:
    /// The metadata languages that have a dictionary.
    static QStringList languages();
    /// The Hunspell dictionary names tried for a language, best first (pt-BR → pt_BR; `pt` is
    /// pt-BR, as everywhere in the app). Empty for a language we do not check.
    static QStringList dictionaryNames(const QString &language);
    /// Where dictionaries are looked for: $WESOG_HUNSPELL_PATH (colon-separated) first, then
    /// /usr/share/hunspell.
    static QStringList dictionaryDirectories();
    /// The user's dictionary file in Wesog Desk's data folder
    /// (~/.local/share/Wesog/Wesog Desk/dictionary.txt), the same for the GUI and wesogctl.
    static QString userDictionaryPath();

    /// Loads the dictionary of `language`. Null, with a message naming the language and the
    /// files looked for in `error`, when it is missing or unreadable; `directories` overrides
    /// dictionaryDirectories() (tests).
    static std::shared_ptr<SpellChecker> create(
        const QString &language, QString *error, const QStringList &directories = {});

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    QString language() const;
    /// The dictionary's .dic file and the encoding Hunspell reads it in (its SET line).
    QString dictionaryPath() const;
    QString dictionaryEncoding() const;
    /// How many copies of the dictionary are loaded: the GUI thread's and the pool's (for the
    /// test that the GUI thread never loads one).
    int loadedCopies() const;

    /// The words of `text` in order, on Unicode word boundaries, punctuation around them
    /// removed; URLs and e-mail addresses are not words. Pure; any thread.
    static QList<TextWord> words(QStringView text);
    /// True for the tokens never checked: numbers, words with digits, all-capital acronyms.
    static bool isExempt(QStringView word);

    /// The misspelled words of `text`, in order.
    QList<TextWord> check(QStringView text) const;
    /// True if the word is spelled right (or exempt, or in an extra dictionary, or ignored).
    bool isCorrect(const QString &word) const;
    /// Up to `max` suggestions, best first (Hunspell's order).
    QStringList suggestions(const QString &word, int max = 5) const;

    /// Reads the user's dictionary from `path` (missing file: empty) and makes it the file that
    /// addToUserDictionary() appends to. False with `error` when it cannot be read.
    bool setUserDictionary(const QString &path, QString *error = nullptr);
    /// Appends `word` to the user's dictionary file (creating the folder and file) and accepts
    /// it from now on. False with `error` when the file cannot be written.
    bool addToUserDictionary(const QString &word, QString *error = nullptr);
    /// Adds an agency dictionary file (UTF-8, one word per line; `#` lines are not words).
    bool addAgencyDictionary(const QString &path, QString *error = nullptr);
    /// Accepts `word` until the checker is destroyed (the session).
    void ignoreWord(const QString &word);
    /// Accepts the words `previous` was given since it was loaded (added to the user's
    /// dictionary, or ignored), for a checker that replaces it: it may have read the user's
    /// dictionary before the last word was added, and ignoring lasts the session, not one
    /// checker. Agency words are not taken: the new checker has its own.
    void keepSessionWordsOf(const SpellChecker &previous);

private:
    struct Private;
    explicit SpellChecker(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Wesog
