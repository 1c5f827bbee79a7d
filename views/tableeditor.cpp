// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tableeditor.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QHeaderView>

#include "core/caption/codereplacements.h"
#include "core/record/tsv.h"
#include "models/recordtablemodel.h"

namespace Wesog {

TableEditor::TableEditor(RecordTableModel *records, const QAbstractProxyModel *proxy, const QHeaderView *header)
    : m_records(records)
    , m_proxy(proxy)
    , m_header(header)
{
}

int TableEditor::visual(int logicalColumn) const
{
    return m_header ? m_header->visualIndex(logicalColumn) : logicalColumn;
}

int TableEditor::logical(int visualColumn) const
{
    return m_header ? m_header->logicalIndex(visualColumn) : visualColumn;
}

QString TableEditor::copy(const QModelIndexList &selection) const
{
    if (selection.isEmpty())
        return QString();
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &index : selection) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, visual(index.column()));
        right = std::max(right, visual(index.column()));
    }
    QList<QStringList> rows;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column)
            cells << m_proxy->index(row, logical(column)).data(Qt::DisplayRole).toString();
        rows << cells;
    }
    return Tsv::serialize(rows);
}

QStringList TableEditor::paste(const QString &tsv, const QModelIndex &current, const QModelIndexList &selection) const
{
    const QList<QStringList> block = Tsv::parse(tsv);
    if (block.isEmpty() || !current.isValid())
        return { tr("There is nothing to paste.") };
    QStringList problems;
    QList<RecordTableModel::CellValue> cells;
    auto place = [&](int proxyRow, int proxyColumn, const QString &text) {
        const std::optional<Field> field = RecordTableModel::fieldForColumn(proxyColumn);
        const QString where = tr("Row %1, column \"%2\"")
                                  .arg(proxyRow + 1)
                                  .arg(m_proxy->headerData(proxyColumn, Qt::Horizontal).toString());
        if (!field) {
            problems << tr("%1 cannot be edited.").arg(where);
            return;
        }
        const std::optional<FieldValue> value = RecordTableModel::parseText(*field, text);
        if (!value) {
            problems << tr("%1: \"%2\" is not yes, no or empty.").arg(where, text);
            return;
        }
        cells.append({ m_proxy->mapToSource(m_proxy->index(proxyRow, proxyColumn)).row(), *field,
            m_codes ? m_codes->expandValue(*field, *value) : *value }); // list items one by one
    };
    if (block.size() == 1 && block.first().size() == 1 && selection.size() > 1) {
        for (const QModelIndex &index : selection)
            place(index.row(), index.column(), block.first().first());
    } else {
        for (qsizetype r = 0; r < block.size(); ++r) {
            const int row = current.row() + int(r);
            if (row >= m_proxy->rowCount()) {
                problems << tr("The pasted block has %n more row(s) than the table below the current cell.", nullptr,
                    int(block.size() - r));
                break;
            }
            for (qsizetype c = 0; c < block.at(r).size(); ++c) {
                const int visualColumn = visual(current.column()) + int(c);
                if (visualColumn >= m_proxy->columnCount()) {
                    problems << tr("The pasted block is wider than the table.");
                    break;
                }
                place(row, logical(visualColumn), block.at(r).at(c));
            }
        }
    }
    problems.removeDuplicates();
    if (!problems.isEmpty())
        return problems;
    if (!m_records->editCellValues(cells, tr("Paste %n cell(s)", nullptr, int(cells.size()))))
        return { tr("The pasted values could not be saved.") };
    return {};
}

bool TableEditor::fillDown(const QModelIndexList &selection) const
{
    QMap<int, QList<int>> rowsByColumn; // proxy column → proxy rows
    for (const QModelIndex &index : selection)
        rowsByColumn[index.column()].append(index.row());
    QList<RecordTableModel::CellValue> cells;
    for (auto it = rowsByColumn.begin(); it != rowsByColumn.end(); ++it) {
        const std::optional<Field> field = RecordTableModel::fieldForColumn(it.key());
        QList<int> rows = it.value();
        if (!field || rows.size() < 2)
            continue;
        std::sort(rows.begin(), rows.end());
        const int top = m_proxy->mapToSource(m_proxy->index(rows.first(), it.key())).row();
        const FieldValue value = m_records->row(top).record().value(*field);
        for (qsizetype i = 1; i < rows.size(); ++i)
            cells.append({ m_proxy->mapToSource(m_proxy->index(rows.at(i), it.key())).row(), *field, value });
    }
    if (cells.isEmpty())
        return false;
    return m_records->editCellValues(cells, tr("Fill Down"));
}

} // namespace Wesog
