// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QCollator>
#include <QSortFilterProxyModel>

#include "models/recordtablemodel.h"

namespace Wesog {

class SearchNeedle;

/// Sorts on raw values and filters the table by a quick search across every text field and
/// the file name, and by state. Text sorts in the reader's collation through sort keys made
/// once per row and column (on every core when a sort needs many), then ranked once, so the
/// proxy's sort compares integers. The search tests rows on every core into a per-row match
/// table that the proxy's filter reads; a keystroke that extends the term re-tests only the
/// previous matches, one that shortens it only the others; an ASCII term is found in a
/// case-folded copy of each row's text. All of them forget edited rows.
/// Thread: GUI (workers only while the GUI thread waits for them). Lifetime: owned by the
/// view's window; the source model outlives it.
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
    /// Per source row: does it hold the search term? Unknown after its values changed.
    enum Match : quint8 { NoMatch, Matches, Unknown };

    const QCollatorSortKey &sortKey(const QModelIndex &sourceIndex) const;
    void forgetKeys(int first, int last);
    /// Makes every missing key of `column` (on all cores for many rows), then the ranks.
    void prepareKeys(int column);
    bool rowMatches(int sourceRow) const;
    /// Makes m_folded from every row.
    void foldRows();
    /// Where the next folded row goes in the last block: `room` bytes from `next`.
    struct FoldTail
    {
        char *next = nullptr;
        size_t room = 0;
    };
    /// Folds rows [begin, end) into m_folded (their m_foldedAt entries exist).
    void foldRange(int begin, int end);
    /// Folds rows [begin, end) after `tail`, adding a block to `blocks` when one is full.
    void foldInto(int begin, int end, FoldTail &tail, std::vector<std::unique_ptr<char[]>> &blocks);
    void forgetFolded(int first, int last);
    /// Fills m_matches for the new term, re-testing only rows whose answer can differ from the
    /// previous term's (`previous`, the needle it was tested with). Returns how many rows'
    /// answers changed.
    int matchRows(const SearchNeedle *previous);

    RecordTableModel *m_records;
    QString m_search;
    std::unique_ptr<SearchNeedle> m_needle; ///< m_search, ready to match case-insensitively
    State m_state = State::All;
    QCollator m_collator;
    mutable int m_keyColumn = -1;
    mutable std::vector<std::optional<QCollatorSortKey>> m_keys; ///< by source row, for m_keyColumn
    /// By source row, each key's place in the order of all keys of m_keyColumn (equal keys,
    /// equal ranks); empty when a key changed since, then lessThan compares the keys.
    mutable std::vector<int> m_ranks;
    mutable std::vector<Match> m_matches; ///< by source row, for m_search; empty without a search
    /// Every row's searched text (file name, field values) case-folded a UTF-16 unit at a time,
    /// ASCII in one byte, each value ended by 0xFF: an ASCII term is found in a row with one
    /// scan of contiguous bytes instead of a dozen strings scattered over the heap. Made when
    /// rows arrive (on every core for many), so no keystroke waits for it; made again at a
    /// search once many rows changed since.
    std::vector<std::unique_ptr<char[]>> m_folded; ///< in blocks of 1 MiB, filled a row at a time
    FoldTail m_foldTail; ///< the free end of the last block, where a scan's next batch goes
    std::vector<const char *> m_foldedAt; ///< by source row, its text in m_folded; null after it changed
    std::vector<quint32> m_foldedSize; ///< by source row
    int m_staleFolded = 0; ///< rows whose text changed since m_folded was made
};

} // namespace Wesog
