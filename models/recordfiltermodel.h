// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Wesog {

class RecordTableModel;
struct RecordRow;

/// Sorts on raw values and filters the table by a quick search across every text field and
/// the file name, and by state.
/// Thread: GUI. Lifetime: owned by the view's window; the source model outlives it.
class RecordFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterModel)

public:
    enum class State { All, Edited, Invalid, NotSent, Sent, Failed, Conflicts, Unreadable };
    static constexpr int StateCount = 8;

    explicit RecordFilterModel(RecordTableModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setState(State state);
    State state() const { return m_state; }
    /// How many rows of the source are in `state` (search aside), for the filter's labels.
    int count(State state) const;
    static bool matches(const RecordRow &row, State state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RecordTableModel *m_records;
    QString m_search; ///< case-folded
    State m_state = State::All;
};

} // namespace Wesog
