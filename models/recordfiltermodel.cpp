// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordfiltermodel.h"

#include <string>

#include <QStringMatcher>

#include "core/record/fieldregistry.h"
#include "models/recordtablemodel.h"

namespace Wesog {

/// Case-insensitive "contains" without building strings, for 100,000 rows per keystroke. An
/// ASCII needle (the common case) is matched with a plain loop; any other with QStringMatcher.
class SearchNeedle
{
public:
    void set(const QString &text)
    {
        m_matcher.setPattern(text);
        m_matcher.setCaseSensitivity(Qt::CaseInsensitive);
        m_ascii.clear();
        for (const QChar c : text) {
            if (c.unicode() >= 0x80) {
                m_ascii.clear();
                return;
            }
            m_ascii += char16_t(lower(c.unicode()));
        }
    }

    bool in(QStringView hay) const
    {
        if (m_ascii.empty())
            return m_matcher.indexIn(hay) >= 0;
        const qsizetype n = m_ascii.size();
        const char16_t *needle = m_ascii.data();
        const char16_t *text = hay.utf16();
        for (qsizetype i = 0; i + n <= hay.size(); ++i) {
            qsizetype j = 0;
            while (j < n && fold(text[i + j]) == needle[j])
                ++j;
            if (j == n)
                return true;
        }
        return false;
    }

    bool in(const FieldValue &value) const
    {
        if (const auto *text = std::get_if<QString>(&value))
            return in(QStringView(*text));
        if (const auto *list = std::get_if<QStringList>(&value)) {
            for (const QString &item : *list) {
                if (in(QStringView(item)))
                    return true;
            }
        }
        return false;
    }

private:
    static char16_t lower(char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; }
    static char16_t fold(char16_t c) { return c < 0x80 ? lower(c) : char16_t(QChar::toCaseFolded(c)); }

    QStringMatcher m_matcher;
    std::u16string m_ascii; ///< lower-case needle when it is all ASCII
};

RecordFilterModel::~RecordFilterModel() = default;

RecordFilterModel::RecordFilterModel(RecordTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_records(source)
    , m_needle(std::make_unique<SearchNeedle>())
{
    // Connected before setSourceModel(), so stale sort keys are gone before the proxy re-sorts.
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            if (!RecordTableModel::changesNoValue(roles) && m_keyColumn >= topLeft.column()
                && m_keyColumn <= bottomRight.column())
                forgetKeys(topLeft.row(), bottomRight.row());
        });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { forgetKeys(0, -1); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { forgetKeys(0, -1); });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { forgetKeys(0, -1); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { forgetKeys(0, -1); });
    setSourceModel(source);
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    // Camera names count up without leading zeros: IMG_2 comes before IMG_10, as in a file manager.
    m_collator.setNumericMode(true);
}

void RecordFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_needle->set(trimmed);
    invalidateRowsFilter();
}

void RecordFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

int RecordFilterModel::count(State state) const
{
    return m_records->stateCount(state);
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const RecordRow &row = m_records->row(sourceRow);
    if (!row.isIn(m_state))
        return false;
    if (m_search.isEmpty())
        return true;
    if (m_needle->in(QStringView(row.relativePath)))
        return true;
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (m_needle->in(row.record().value(info.field)))
            return true;
    }
    return false;
}

void RecordFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_collator.locale() != QLocale()) { // the language changed since the keys were made
        m_collator = QCollator(QLocale());
        m_collator.setNumericMode(true);
        forgetKeys(0, -1);
    }
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterModel::forgetKeys(int first, int last)
{
    if (last < 0 || m_keyColumn < 0) {
        m_keys.clear();
        return;
    }
    for (int row = first; row <= last && row < int(m_keys.size()); ++row)
        m_keys[size_t(row)].reset();
}

const QCollatorSortKey &RecordFilterModel::sortKey(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.column() != m_keyColumn) {
        m_keys.clear();
        m_keyColumn = sourceIndex.column();
    }
    if (m_keys.size() < size_t(m_records->rowCount()))
        m_keys.resize(size_t(m_records->rowCount()));
    std::optional<QCollatorSortKey> &key = m_keys[size_t(sourceIndex.row())];
    if (!key)
        key = m_collator.sortKey(sourceIndex.data(sortRole()).toString());
    return *key;
}

bool RecordFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const std::optional<Field> field = RecordTableModel::fieldForColumn(left.column());
    if (field && FieldRegistry::isBool(*field))
        return QSortFilterProxyModel::lessThan(left, right); // flags sort as flags, not as text
    return sortKey(left).compare(sortKey(right)) < 0;
}

} // namespace Wesog
