// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/codeexpansion.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>

#include "core/caption/captionfields.h"
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
    const QChar delimiter = codes.delimiter();
    if (cursor < 3 || cursor > text.size() || text.at(cursor - 1) != delimiter)
        return std::nullopt;
    // Back from the closing delimiter to the opening one, within the longest code.
    for (int start = cursor - 2; start >= 0 && cursor - 2 - start <= CodeReplacements::maxCodeLength; --start) {
        const QChar c = text.at(start);
        if (c == delimiter) {
            if (start == cursor - 2)
                return std::nullopt; // "==" is no code
            const std::optional<QString> replacement
                = codes.lookup(QStringView(text).mid(start + 1, cursor - start - 2));
            if (!replacement)
                return std::nullopt;
            return std::make_pair(start, *replacement);
        }
        if (c.isSpace())
            return std::nullopt;
    }
    return std::nullopt;
}

void CodeExpander::attach(QLineEdit *edit, std::shared_ptr<const CodeReplacements> codes)
{
    if (!codes || codes->isEmpty())
        return;
    auto *expander = new CodeExpander(edit, std::move(codes));
    // textEdited: what the user typed, not what setText() put there.
    connect(edit, &QLineEdit::textEdited, expander, [expander, edit](const QString &text) {
        const int cursor = edit->cursorPosition();
        const auto code = completedCode(*expander->m_codes, text, cursor);
        if (!code)
            return;
        edit->setSelection(code->first, cursor - code->first);
        edit->insert(code->second); // through the editor, so Ctrl+Z in it restores the code
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
            if (added != 1)
                return; // typed characters come one at a time; setPlainText() and pastes do not
            QTextCursor cursor = edit->textCursor();
            if (cursor.position() != position + added)
                return;
            const QTextBlock block = cursor.block();
            const int inBlock = cursor.position() - block.position();
            const auto code = completedCode(*expander->m_codes, block.text(), inBlock);
            if (!code)
                return;
            // After this change is done: editing the document inside contentsChange is not allowed.
            QMetaObject::invokeMethod(
                expander,
                [edit, start = block.position() + code->first, end = cursor.position(), text = code->second] {
                    QTextCursor replace(edit->document());
                    replace.setPosition(start);
                    replace.setPosition(end, QTextCursor::KeepAnchor);
                    replace.insertText(text);
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
        if (!field || !takesCodeExpansion(*field))
            continue;
        const FieldValue &value = records->row(index.row()).record().value(*field);
        if (const auto *text = std::get_if<QString>(&value)) {
            const CodeReplacements::Expansion expanded = codes.expand(*text);
            if (expanded.changed)
                cells.append({ index.row(), *field, expanded.text });
        } else if (const auto *items = std::get_if<QStringList>(&value)) {
            QStringList result;
            bool changed = false;
            for (const QString &item : *items) {
                const CodeReplacements::Expansion expanded = codes.expand(item);
                changed = changed || expanded.changed;
                result << expanded.text;
            }
            if (changed)
                cells.append({ index.row(), *field, result });
        }
    }
    if (cells.isEmpty() || !records->editCellValues(cells, tr("Expand Codes")))
        return 0;
    return int(cells.size());
}

} // namespace Wesog
