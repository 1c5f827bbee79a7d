// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/recorddelegate.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSet>

#include "core/caption/captionfields.h"
#include "core/caption/codereplacements.h"
#include "core/record/validation.h"
#include "models/keywordvocabulary.h"
#include "models/recordtablemodel.h"
#include "views/codeexpansion.h"
#include "views/fieldeditors.h"
#include "views/spellingsupport.h"
#include "views/tokeneditor.h"
#include "views/vocabularyeditors.h"

namespace Wesog {

namespace {

/// The table model under any proxies, and the index mapped down to it.
const RecordTableModel *sourceOf(const QAbstractItemModel *model, QModelIndex *index)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        if (index)
            *index = proxy->mapToSource(*index);
        model = proxy->sourceModel();
    }
    return qobject_cast<const RecordTableModel *>(model);
}

} // namespace

RecordDelegate::RecordDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QWidget *RecordDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<Field> field = RecordTableModel::fieldForColumn(index.column());
    if (field && FieldRegistry::isBool(*field)) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("flagEditor"));
        combo->addItem(tr("(not set)"), QVariant());
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
        return combo;
    }
    if (field == Field::Caption) {
        auto *caption = new CaptionEditor(FieldRegistry::info(Field::Caption).iimByteLimit, parent);
        CodeExpander::attach(caption->textEdit(), m_codes);
        if (m_checker)
            SpellingSupport::attach(caption->textEdit(), m_checker, codeDelimiter(), dictionaryChanged());
        return caption;
    }
    if (auto *picker = field && m_vocabularies
            ? qobject_cast<VocabularyPicker *>(m_vocabularies->createPicker(*field, parent))
            : nullptr) {
        CodeExpander::attach(picker->combo()->lineEdit(), m_codes);
        return picker;
    }
    if (field && FieldRegistry::info(*field).type == FieldType::Status) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("statusEditor"));
        combo->setEditable(true); // the known values are offered; any text is allowed
        combo->addItem(QString());
        combo->addItems(knownStatusValues());
        return combo;
    }
    if (field && FieldRegistry::isList(*field)) {
        // Tokens, completed from values already used in the folder and the vocabulary file.
        QStringList values = readVocabulary(m_vocabularyFile);
        QModelIndex source = index;
        if (const RecordTableModel *records = sourceOf(index.model(), &source)) {
            for (int row = 0; row < records->rowCount(); ++row)
                values += records->row(row).record().list(*field).value_or(QStringList());
        }
        values.removeDuplicates();
        values.sort(Qt::CaseInsensitive);
        // Keywords: the most used first (the completer keeps the list's order), then the
        // vocabulary file's other terms.
        if (field == Field::Keywords && m_vocabularies) {
            QStringList ranked = m_vocabularies->keywords()->ranked();
            QSet<QString> offered;
            for (const QString &term : std::as_const(ranked))
                offered.insert(term.toCaseFolded());
            for (const QString &term : std::as_const(values)) {
                if (!offered.contains(term.toCaseFolded()))
                    ranked.append(term);
            }
            values = ranked;
        }
        auto *tokens = new TokenEditor(values, parent);
        if (takesCodeExpansion(*field)) // every list does today; the rule stays in one place
            CodeExpander::attach(tokens->input(), m_codes);
        return tokens;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (line && field && FieldRegistry::info(*field).type == FieldType::Date)
        line->setPlaceholderText(tr("YYYY-MM-DD"));
    if (line && field && takesCodeExpansion(*field))
        CodeExpander::attach(line, m_codes);
    if (line && field && m_vocabularies)
        m_vocabularies->decorateLine(*field, line);
    if (line && field && isSpellChecked(*field) && m_checker)
        SpellingSupport::attach(line, m_checker, codeDelimiter(), dictionaryChanged());
    return editor;
}

QChar RecordDelegate::codeDelimiter() const
{
    return m_codes ? m_codes->delimiter() : CodeReplacements::defaultDelimiter();
}

std::function<void()> RecordDelegate::dictionaryChanged() const
{
    // createEditor() is const, the signal is not; the delegate outlives its editors.
    auto *self = const_cast<RecordDelegate *>(this);
    return [self] { emit self->spellingDictionaryChanged(); };
}

void RecordDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(RecordTableModel::SpellMarkRole).toBool())
        return;
    // A misspelling in the cell: a red corner, seen at a glance down a column, as a spreadsheet
    // marks a comment; the wavy line of the editor would be lost under elided text.
    const int size = 8;
    const QRect r = option.rect;
    const QPolygon corner { { r.right() - size + 1, r.top() }, { r.right() + 1, r.top() },
        { r.right() + 1, r.top() + size } };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xd7, 0x26, 0x26));
    painter->drawPolygon(corner);
    painter->restore();
}

QStringList RecordDelegate::readVocabulary(const QString &path)
{
    QStringList terms;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return terms;
    while (!file.atEnd() && terms.size() < 100000) { // a vocabulary, not a novel
        const QString term = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

void RecordDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (auto *tokens = qobject_cast<TokenEditor *>(editor)) {
        // Wide enough for a few chips; as tall as its chips need, over the rows below.
        QRect rect = option.rect;
        rect.setWidth(std::max(rect.width(), 420));
        rect.setHeight(std::max(rect.height(), tokens->heightForWidth(rect.width())));
        editor->setGeometry(rect);
        return;
    }
    if (qobject_cast<CaptionEditor *>(editor)) {
        // Room for a few lines and the counter, over the rows below.
        QRect rect = option.rect;
        rect.setWidth(std::max(rect.width(), 420));
        rect.setHeight(std::max(rect.height() * 4, 160));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The view fills its open editor again on every dataChanged of the cell, whatever the roles:
    // a spell mark arriving from the background check would throw away what is being typed. Only
    // a new value (an undo, a paste, another window's edit) replaces the editor's text.
    const QVariant value = index.data(Qt::EditRole);
    if (editor->property("wesogFilled").toBool() && editor->property("wesogFilledWith") == value)
        return;
    editor->setProperty("wesogFilled", true);
    editor->setProperty("wesogFilledWith", value);
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable()) {
        combo->setEditText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        combo->setCurrentIndex(value.typeId() != QMetaType::Bool ? 0 : value.toBool() ? 1 : 2);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QModelIndex sourceIndex = index;
    auto *records = const_cast<RecordTableModel *>(sourceOf(model, &sourceIndex));
    const std::optional<Field> field = RecordTableModel::fieldForColumn(index.column());
    if (!records || !field) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable())
        value = combo->currentText();
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentData();
    else
        value = editor->property(editor->metaObject()->userProperty().name());

    QList<int> rows { sourceIndex.row() };
    const QModelIndexList selected
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    bool editedRowSelected = false;
    for (const QModelIndex &row : selected)
        editedRowSelected = editedRowSelected || row.row() == index.row();
    if (editedRowSelected && selected.size() > 1) {
        rows.clear();
        for (QModelIndex row : selected) {
            sourceOf(model, &row);
            rows << row.row();
        }
    }
    if (field == Field::Keywords && m_vocabularies) { // the user's terms rank higher next time
        const FieldValue typed = RecordTableModel::parseEditValue(*field, value);
        if (const auto *after = std::get_if<QStringList>(&typed))
            m_vocabularies->keywords()->noteTyped(
                records->row(sourceIndex.row()).record().list(*field).value_or(QStringList()), *after);
    }
    const QString action = rows.size() > 1
        ? tr("Set %1 on %n image(s)", nullptr, int(rows.size())).arg(FieldRegistry::label(*field))
        : tr("Edit %1").arg(FieldRegistry::label(*field));
    records->editCells(rows, *field, RecordTableModel::parseEditValue(*field, value), action);
}

} // namespace Wesog
