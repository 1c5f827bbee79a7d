// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/codeexpansion.h"

#include <algorithm>
#include <utility>

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>

#include "models/recordtablemodel.h"

namespace Wesog {

CodeExpander::CodeExpander(QObject *editor, std::shared_ptr<const CodeReplacements> codes)
    : QObject(editor)
    , m_codes(std::move(codes))
{
}

std::optional<std::pair<int, QString>> CodeExpander::completedCode(
    const CodeReplacements &codes, const QString &text, int cursor)
{
    // The code as expand() reads the text, so typing gives what pasting the same text gives.
    const std::optional<CodeReplacements::CodeAt> code = codes.codeEndingAt(text, cursor);
    if (!code)
        return std::nullopt;
    const std::optional<QString> replacement = codes.lookup(code->code);
    if (!replacement)
        return std::nullopt;
    return std::make_pair(code->position, *replacement);
}

namespace {

/// Whether `inserted` is what a paste put in: the clipboard's text (or, where there is one, the
/// selection's, for a middle click). Neither editor says that a change was a paste, and an undo
/// that brings text back is no paste; being the clipboard's text tells the two apart.
bool isClipboardText(QString inserted)
{
    inserted.replace(QChar::ParagraphSeparator, QLatin1Char('\n')); // QTextDocument's line break
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const auto same = [&](QClipboard::Mode mode) {
        QString text = clipboard->text(mode);
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        return !text.isEmpty() && text == inserted;
    };
    return same(QClipboard::Clipboard) || (clipboard->supportsSelection() && same(QClipboard::Selection));
}

} // namespace

void CodeExpander::attach(QLineEdit *edit, std::shared_ptr<const CodeReplacements> codes)
{
    if (!codes || codes->isEmpty())
        return;
    auto *expander = new CodeExpander(edit, std::move(codes));
    // textEdited: what the user typed or pasted, not what setText() put there.
    connect(edit, &QLineEdit::textEdited, expander, [expander, edit](const QString &text) {
        if (expander->m_replacing)
            return; // the expansion's own edit
        const bool undone = text == expander->m_beforeExpansion;
        expander->m_beforeExpansion.clear();
        if (undone)
            return; // Ctrl+Z brought the code back: it stays
        const int cursor = edit->cursorPosition();
        auto replace = [&](int start, const QString &with) {
            expander->m_beforeExpansion = text;
            expander->m_replacing = true;
            edit->setSelection(start, cursor - start);
            edit->insert(with); // through the editor, so Ctrl+Z in it restores the code
            expander->m_replacing = false;
        };
        // A paste ends at the cursor: the codes wholly inside it are expanded at once. (Typed text
        // that happens to be the clipboard's has had its codes expanded while it was typed.)
        const QString clipboard = QGuiApplication::clipboard()->text();
        const int start = cursor - int(clipboard.size());
        if (clipboard.size() >= 3 && start >= 0 && QStringView(text).mid(start, clipboard.size()) == clipboard) {
            const CodeReplacements::Expansion pasted = expander->m_codes->expand(clipboard);
            if (pasted.changed) {
                replace(start, pasted.text);
                return;
            }
        }
        if (const auto code = completedCode(*expander->m_codes, text, cursor))
            replace(code->first, code->second);
    });
}

void CodeExpander::attach(QPlainTextEdit *edit, std::shared_ptr<const CodeReplacements> codes)
{
    if (!codes || codes->isEmpty())
        return;
    auto *expander = new CodeExpander(edit, std::move(codes));
    connect(edit->document(), &QTextDocument::contentsChange, expander,
        [expander, edit](int position, int removed, int added) {
            Q_UNUSED(removed)
            if (expander->m_replacing)
                return; // the expansion's own change
            const int expandedAt = std::exchange(expander->m_expandedAt, -1); // any other change ends the guard
            if (added < 1)
                return;
            QTextCursor cursor = edit->textCursor();
            std::optional<std::pair<int, QString>> replacement; // from where to the change's end, with what
            if (added == 1 && cursor.position() == position + added) {
                // A typed character: the code it closes, if any.
                const QTextBlock block = cursor.block();
                if (const auto code
                    = completedCode(*expander->m_codes, block.text(), cursor.position() - block.position()))
                    replacement = std::make_pair(block.position() + code->first, code->second);
            } else if (added > 1) {
                // Pasted text (not setPlainText(), not an undo): the codes wholly inside it.
                QTextCursor span(edit->document());
                span.setPosition(position);
                // A whole new text (setPlainText()) counts the last block's end, past the last position.
                span.setPosition(
                    std::min(position + added, edit->document()->characterCount() - 1), QTextCursor::KeepAnchor);
                const QString inserted = span.selectedText();
                const bool undone = position == expandedAt && inserted == expander->m_expandedFrom;
                if (!undone && isClipboardText(inserted)) {
                    const CodeReplacements::Expansion pasted = expander->m_codes->expand(inserted);
                    if (pasted.changed)
                        replacement = std::make_pair(position, pasted.text);
                }
            }
            if (!replacement)
                return;
            // After this change is done: editing the document inside contentsChange is not allowed.
            QMetaObject::invokeMethod(
                expander,
                [expander, edit, start = replacement->first, end = position + added, text = replacement->second] {
                    QTextCursor replace(edit->document());
                    replace.setPosition(start);
                    replace.setPosition(end, QTextCursor::KeepAnchor);
                    const QString replaced = replace.selectedText();
                    expander->m_replacing = true;
                    replace.insertText(text);
                    expander->m_replacing = false;
                    // What Ctrl+Z brings back next: not a paste to expand again.
                    expander->m_expandedAt = start;
                    expander->m_expandedFrom = replaced;
                    edit->setTextCursor(replace);
                },
                Qt::QueuedConnection);
        });
}

int CodeExpander::expandCells(
    RecordTableModel *records, const CodeReplacements &codes, const QModelIndexList &selection)
{
    QList<RecordTableModel::CellValue> cells;
    for (const QModelIndex &index : selection) {
        const std::optional<Field> field = RecordTableModel::fieldForColumn(index.column());
        if (!field)
            continue;
        const FieldValue &value = records->row(index.row()).record().value(*field);
        FieldValue expanded = codes.expandValue(*field, value); // only the fields that take codes
        if (expanded != value)
            cells.append({ index.row(), *field, std::move(expanded) });
    }
    if (cells.isEmpty() || !records->editCellValues(cells, tr("Expand Codes")))
        return 0;
    return int(cells.size());
}

} // namespace Wesog
