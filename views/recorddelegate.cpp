// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddelegate.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMetaProperty>

#include "recordtablemodel.h"

namespace Wesog {

namespace {

/// The table model under any proxies, and the index mapped down to it.
RecordTableModel *sourceOf(const QAbstractItemModel *model, QModelIndex *index)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        if (index)
            *index = proxy->mapToSource(*index);
        model = proxy->sourceModel();
    }
    return qobject_cast<RecordTableModel *>(const_cast<QAbstractItemModel *>(model));
}

} // namespace

RecordDelegate::RecordDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
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
    RecordTableModel *records = sourceOf(model, &sourceIndex);
    const std::optional<Field> field = RecordTableModel::fieldForColumn(index.column());
    if (!records || !field) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentData();
    else
        value = editor->property(editor->metaObject()->userProperty().name());

    QList<int> rows{sourceIndex.row()};
    const QModelIndexList selected = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
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
    const QString action = rows.size() > 1
        ? tr("Set %1 on %n image(s)", nullptr, int(rows.size())).arg(FieldRegistry::label(*field))
        : tr("Edit %1").arg(FieldRegistry::label(*field));
    records->editCells(rows, *field, RecordTableModel::parseEditValue(*field, value), action);
}

} // namespace Wesog
