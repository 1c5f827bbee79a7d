// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace Wesog {

class CodeReplacements;
class SpellChecker;
class VocabularyEditors;

/// Edits record cells in the table: a yes/no/unset choice for flags, text elsewhere (lists as
/// "a; b"). When the edited row is part of a multi-row selection, the value goes to that
/// column of every selected row, as one undo step.
/// Thread: GUI. Lifetime: owned by its view.
class RecordDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDelegate)

public:
    explicit RecordDelegate(QAbstractItemView *view);

    /// A vocabulary file (one term per line, `#` comments) offered when typing list items, with
    /// the values already used in the folder; empty for none.
    void setVocabularyFile(const QString &path) { m_vocabularyFile = path; }
    static QStringList readVocabulary(const QString &path);
    /// Codes expanded as they are typed in the editors of the fields that take them.
    void setCodeReplacements(std::shared_ptr<const CodeReplacements> codes) { m_codes = std::move(codes); }
    /// The metadata language's checker; the title, headline, caption and alt text editors
    /// underline misspellings and offer suggestions. Null: none.
    void setSpellChecker(std::shared_ptr<SpellChecker> checker) { m_checker = std::move(checker); }
    std::shared_ptr<SpellChecker> spellChecker() const { return m_checker; }
    /// The controlled vocabularies (country completion, shot/scene/medium pickers, ranked
    /// keywords); null for none. It outlives the delegate.
    void setVocabularies(VocabularyEditors *vocabularies) { m_vocabularies = vocabularies; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Paints a red corner on a cell holding a misspelling (RecordTableModel::SpellMarkRole).
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    /// A word was added to the user's dictionary or ignored from an editor's context menu.
    void spellingDictionaryChanged();

private:
    std::function<void()> dictionaryChanged() const;
    /// What the editors' spelling takes for a code: the words inside one are not underlined.
    QChar codeDelimiter() const;

    QAbstractItemView *m_view;
    QString m_vocabularyFile;
    std::shared_ptr<const CodeReplacements> m_codes;
    std::shared_ptr<SpellChecker> m_checker;
    VocabularyEditors *m_vocabularies = nullptr;
};

} // namespace Wesog
