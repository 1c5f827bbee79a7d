// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <utility>

#include <QModelIndexList>
#include <QObject>

#include "core/caption/codereplacements.h"

class QLineEdit;
class QPlainTextEdit;

namespace Wesog {

class RecordTableModel;

/// Expands a code replacement as it is typed: when the character just typed is the closing
/// delimiter of a known code (`=cc17=`), the code before the cursor becomes its replacement.
/// Text pasted into the editor has the codes wholly inside it expanded at once. An unknown code
/// is left as typed, and Ctrl+Z brings a code back without it being expanded again. Only the
/// text just before the cursor (or the pasted text) is looked at, so typing never waits on the
/// rest of a long caption.
/// Thread: GUI. Lifetime: a child of the editor it watches.
class CodeExpander final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeExpander)

public:
    static void attach(QLineEdit *edit, std::shared_ptr<const CodeReplacements> codes);
    static void attach(QPlainTextEdit *edit, std::shared_ptr<const CodeReplacements> codes);

    /// The code that ends at `cursor` in `text` (delimiter, code, delimiter), as
    /// CodeReplacements::codeEndingAt() reads it, if it is known: where it starts and what
    /// replaces it. Pure; for both editors and the tests.
    static std::optional<std::pair<int, QString>> completedCode(
        const CodeReplacements &codes, const QString &text, int cursor);

    /// Applies the codes to the selected cells of the fields that take expansion (lists item by
    /// item), as one undo step named Expand Codes. `selection` holds source-model indexes.
    /// Returns the number of cells changed.
    static int expandCells(RecordTableModel *records, const CodeReplacements &codes, const QModelIndexList &selection);

private:
    CodeExpander(QObject *editor, std::shared_ptr<const CodeReplacements> codes);
    std::shared_ptr<const CodeReplacements> m_codes;
    /// What an undo of the last expansion brings back, so that it is not expanded again; the
    /// next change clears it. Line editor: its whole text; text editor: where, and what was there.
    QString m_beforeExpansion;
    int m_expandedAt = -1;
    QString m_expandedFrom;
    bool m_replacing = false; ///< the expansion's own edit is under way
};

} // namespace Wesog
