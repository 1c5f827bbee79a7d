// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

class QAbstractProxyModel;
class QHeaderView;

namespace Wesog {

class CodeReplacements;
class RecordTableModel;

/// Spreadsheet-style actions on the table: copy a block as TSV, paste a block (checked before
/// anything lands: all or nothing, one undo step), and fill down. Indexes are those of the view
/// (through `proxy`); columns follow the header's visual order, as the user sees them.
/// Thread: GUI. Lifetime: short-lived or owned by the window; it owns nothing.
class TableEditor final
{
    Q_DECLARE_TR_FUNCTIONS(TableEditor)

public:
    TableEditor(RecordTableModel *records, const QAbstractProxyModel *proxy, const QHeaderView *header);

    /// Codes expanded in pasted text of the fields that take them; null for none.
    void setCodeReplacements(const CodeReplacements *codes) { m_codes = codes; }

    /// The selected cells' bounding block as TSV (display text; lists as "a; b").
    QString copy(const QModelIndexList &selection) const;
    /// Pastes `tsv` with its top-left cell at `current`; a single value fills every selected
    /// cell. Returns the problems found (nothing changed then), or an empty list on success.
    QStringList paste(const QString &tsv, const QModelIndex &current, const QModelIndexList &selection) const;
    /// Copies the top selected row's value down to the other selected rows, per column.
    bool fillDown(const QModelIndexList &selection) const;

private:
    int visual(int logicalColumn) const;
    int logical(int visualColumn) const;

    RecordTableModel *m_records;
    const QAbstractProxyModel *m_proxy;
    const QHeaderView *m_header;
    const CodeReplacements *m_codes = nullptr;
};

} // namespace Wesog
