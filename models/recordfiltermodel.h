// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QCollator>
#include <QSortFilterProxyModel>

#include "models/recordtablemodel.h"

namespace Wesog {

class SearchNeedle;

/// Sorts on raw values and filters the table by a quick search across every text field and
/// the file name, and by state. Text sorts in the reader's collation through sort keys made
/// once per row and column, so 100,000 rows sort (and re-sort after a search) in a blink.
/// Thread: GUI. Lifetime: owned by the view's window; the source model outlives it.
class RecordFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterModel)

public:
    using State = RecordState;
    static constexpr int StateCount = RecordStateCount;

    explicit RecordFilterModel(RecordTableModel *source, QObject *parent = nullptr);
    ~RecordFilterModel() override;

    void setSearchText(const QString &text);
    void setState(State state);
    State state() const { return m_state; }
    /// How many rows of the source are in `state` (search aside), for the filter's labels; the
    /// source keeps the counts, so this costs nothing.
    int count(State state) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QCollatorSortKey &sortKey(const QModelIndex &sourceIndex) const;
    void forgetKeys(int first, int last);

    RecordTableModel *m_records;
    QString m_search;
    std::unique_ptr<SearchNeedle> m_needle; ///< m_search, ready to match case-insensitively
    State m_state = State::All;
    QCollator m_collator;
    mutable int m_keyColumn = -1;
    mutable std::vector<std::optional<QCollatorSortKey>> m_keys; ///< by source row, for m_keyColumn
};

} // namespace Wesog
