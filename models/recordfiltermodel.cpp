// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfiltermodel.h"

#include "recordtablemodel.h"

namespace Wesog {

namespace {

QString searchable(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *list = std::get_if<QStringList>(&value))
        return list->join(QLatin1Char(' '));
    return QString();
}

} // namespace

RecordFilterModel::RecordFilterModel(RecordTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_records(source)
{
    setSourceModel(source);
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RecordFilterModel::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

void RecordFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool RecordFilterModel::matches(const RecordRow &row, State state)
{
    switch (state) {
    case State::All:
        return true;
    case State::Edited:
        return !row.editedFields.isEmpty();
    case State::Invalid:
        return row.isInvalid();
    case State::NotSent: // never sent, or its submission stopped before it went
        return !row.error
               && (row.submission.state == SubmitState::None || row.submission.state == SubmitState::NotSent
                   || row.submission.state == SubmitState::Queued);
    case State::Sent:
        return row.submission.state == SubmitState::Sent || row.submission.state == SubmitState::Processing
               || row.submission.state == SubmitState::Accepted;
    case State::Failed:
        return row.submission.state == SubmitState::Failed;
    case State::Conflicts:
        if (row.changedOnDisk)
            return true;
        for (const FieldSource &source : row.metadata.sources) {
            if (source.conflict)
                return true;
        }
        return false;
    case State::Unreadable:
        return row.error.has_value();
    }
    return true;
}

int RecordFilterModel::count(State state) const
{
    int total = 0;
    for (int i = 0; i < m_records->rowCount(); ++i)
        total += matches(m_records->row(i), state) ? 1 : 0;
    return total;
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const RecordRow &row = m_records->row(sourceRow);
    if (!matches(row, m_state))
        return false;
    if (m_search.isEmpty())
        return true;
    if (row.relativePath.toCaseFolded().contains(m_search))
        return true;
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (searchable(row.record().value(info.field)).toCaseFolded().contains(m_search))
            return true;
    }
    return false;
}

} // namespace Wesog
