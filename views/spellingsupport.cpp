// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/spellingsupport.h"

#include <optional>

#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFont>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextCursor>

#include "core/caption/codeawarespelling.h"
#include "views/spellhighlighter.h"

namespace Wesog {

SpellingSupport::SpellingSupport(
    QObject *editor, std::shared_ptr<SpellChecker> checker, QChar delimiter, std::function<void()> dictionaryChanged)
    : QObject(editor)
    , m_checker(std::move(checker))
    , m_delimiter(delimiter)
    , m_dictionaryChanged(std::move(dictionaryChanged))
{
}

SpellingSupport *SpellingSupport::attach(
    QLineEdit *edit, std::shared_ptr<SpellChecker> checker, QChar delimiter, std::function<void()> dictionaryChanged)
{
    auto *support = new SpellingSupport(edit, std::move(checker), delimiter, std::move(dictionaryChanged));
    support->setObjectName(QStringLiteral("spellingSupport"));
    support->m_line = edit;
    edit->installEventFilter(support);
    // After the change is complete: the formats are set by an event the line edit processes, which
    // must not run inside its own textChanged (code expansion may still be replacing text).
    connect(edit, &QLineEdit::textChanged, support, &SpellingSupport::refresh);
    support->refresh();
    return support;
}

SpellingSupport *SpellingSupport::attach(QPlainTextEdit *edit, std::shared_ptr<SpellChecker> checker, QChar delimiter,
    std::function<void()> dictionaryChanged)
{
    auto *support = new SpellingSupport(edit, std::move(checker), delimiter, std::move(dictionaryChanged));
    support->setObjectName(QStringLiteral("spellingSupport"));
    support->m_plain = edit;
    support->m_highlighter = new SpellHighlighter(support->m_checker, delimiter, edit->document());
    edit->viewport()->installEventFilter(support); // a scroll area gets its context menu events there
    return support;
}

QString SpellingSupport::text() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

QList<TextWord> SpellingSupport::misspellings() const
{
    return misspelledOutsideCodes(*m_checker, m_delimiter, text());
}

void SpellingSupport::refresh()
{
    if (m_highlighter) {
        m_highlighter->rehighlight();
        return;
    }
    if (m_underlinePending)
        return;
    m_underlinePending = true;
    QMetaObject::invokeMethod(this, &SpellingSupport::underlineLine, Qt::QueuedConnection);
}

void SpellingSupport::underlineLine()
{
    m_underlinePending = false;
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(Qt::red);
    QList<QInputMethodEvent::Attribute> attributes;
    // Attribute positions are relative to the cursor.
    for (const TextWord &word : misspellings())
        attributes.append(
            { QInputMethodEvent::TextFormat, word.position - m_line->cursorPosition(), word.length, misspelled });
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_line, &event);
}

void SpellingSupport::replace(const TextWord &word, const QString &replacement)
{
    if (m_line) {
        m_line->setSelection(word.position, word.length);
        m_line->insert(replacement); // one step of the editor's undo
        return;
    }
    QTextCursor cursor(m_plain->document());
    cursor.setPosition(word.position);
    cursor.setPosition(word.position + word.length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
}

QMenu *SpellingSupport::createContextMenu(int position, QWidget *parent)
{
    QMenu *menu = m_line ? m_line->createStandardContextMenu() : m_plain->createStandardContextMenu();
    menu->setParent(parent, menu->windowFlags());
    menu->setObjectName(QStringLiteral("spellingMenu"));
    std::optional<TextWord> word;
    for (const TextWord &misspelled : misspellings()) {
        if (position >= misspelled.position && position <= misspelled.position + misspelled.length)
            word = misspelled;
    }
    if (!word)
        return menu;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(word->word, 5);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, word, suggestion] { replace(*word, suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    menu->insertSeparator(first);
    auto *add = new QAction(tr("Add to Dictionary"), menu);
    add->setObjectName(QStringLiteral("addToDictionaryAction"));
    connect(add, &QAction::triggered, this, [this, word] {
        QString error;
        if (!m_checker->addToUserDictionary(word->word, &error))
            reportUnsavedWord(word->word, error);
        refresh();
        if (m_dictionaryChanged)
            m_dictionaryChanged();
    });
    menu->insertAction(first, add);
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("ignoreWordAction"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        m_checker->ignoreWord(word->word);
        refresh();
        if (m_dictionaryChanged)
            m_dictionaryChanged();
    });
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
    return menu;
}

void SpellingSupport::reportUnsavedWord(const QString &word, const QString &error)
{
    // The user asked for the word to stop being marked: it is, for now, and they learn why it
    // will come back. Not modal, so the table editor the menu came from stays open.
    m_checker->ignoreWord(word);
    QWidget *editor = m_line ? static_cast<QWidget *>(m_line) : m_plain;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Add to Dictionary"),
        tr("“%1” could not be saved in your dictionary (%2), so it is only ignored for now.").arg(word, error),
        QMessageBox::Ok, editor->window());
    box->setObjectName(QStringLiteral("dictionaryNotSavedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool SpellingSupport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    const QPoint at = static_cast<QContextMenuEvent *>(event)->pos();
    const int position = m_line ? m_line->cursorPositionAt(at) : m_plain->cursorForPosition(at).position();
    QMenu *menu = createContextMenu(position, static_cast<QWidget *>(watched));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
    return true;
}

} // namespace Wesog
