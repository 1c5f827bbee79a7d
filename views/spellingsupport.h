// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>

#include "core/caption/spellchecker.h"

class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QWidget;

namespace Wesog {

class SpellHighlighter;

/// Spell checking in a text editor of the table (title, headline, alt text in a line edit; the
/// caption in a plain text edit), in the metadata language: misspelled words are underlined with
/// the red wavy line as the text changes, and the context menu offers, for the misspelled word
/// under the mouse, up to five suggestions (each replaces the word), Add to Dictionary (the
/// user's dictionary file, kept) and Ignore (until the checker is replaced), above the editor's
/// usual actions. `dictionaryChanged` runs after Add or Ignore, so the table's marks follow.
/// The words inside a replacement code (`=zz=`, the code replacements' `delimiter`) are never
/// underlined, as `wesogctl check` and the table's marks skip them: an unknown code is a warning
/// of its own (misspelledOutsideCodes()).
///
/// A QLineEdit has no QTextDocument for a QSyntaxHighlighter; its underline is set as the text
/// formats of its layout, through an input-method event without text (the one public way in).
/// Thread: GUI. Lifetime: a child of the editor.
class SpellingSupport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingSupport)

public:
    static SpellingSupport *attach(QLineEdit *edit, std::shared_ptr<SpellChecker> checker, QChar delimiter,
        std::function<void()> dictionaryChanged = {});
    static SpellingSupport *attach(QPlainTextEdit *edit, std::shared_ptr<SpellChecker> checker, QChar delimiter,
        std::function<void()> dictionaryChanged = {});

    /// The misspelled words of the editor's text as it is now (what is underlined).
    QList<TextWord> misspellings() const;
    /// The context menu for text position `position` (what a right-click there opens): the spelling
    /// actions when a misspelled word is there, then the editor's standard actions. The caller owns it.
    QMenu *createContextMenu(int position, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SpellingSupport(QObject *editor, std::shared_ptr<SpellChecker> checker, QChar delimiter,
        std::function<void()> dictionaryChanged);
    QString text() const;
    void replace(const TextWord &word, const QString &replacement);
    /// Underlines again: after a change of the text or of the dictionary.
    void refresh();
    void reportUnsavedWord(const QString &word, const QString &error);
    void underlineLine();

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    SpellHighlighter *m_highlighter = nullptr;
    std::shared_ptr<SpellChecker> m_checker;
    QChar m_delimiter;
    std::function<void()> m_dictionaryChanged;
    bool m_underlinePending = false;
};

} // namespace Wesog
