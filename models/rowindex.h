// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QStringView>
#include <QtGlobal>

namespace Wesog {

/// Rows by a text key (a file path, a relative path, an image id), for a million rows. The key
/// stays in its row: a slot holds 32 bits of the key's hash and the row (8 bytes, open
/// addressing), and the row's key is read through `keyOf` only when those bits match. A
/// QHash<QString, int> of a million paths took about a second to build, comparing strings in
/// other rows' memory at every probe and keeping a copy of every key.
/// Because keys are read from the rows, remove a row's key before that row's key changes.
/// Not thread-safe; lookups may run on any thread while nothing inserts and no key changes.
class RowIndex
{
public:
    /// The key of `row`: a view into storage that lives as long as the row holds that key.
    using KeyOf = std::function<QStringView(int row)>;
    /// 32 bits of a key's hash; replaceable so a test can make keys collide.
    using TagOf = quint32 (*)(QStringView key);

    explicit RowIndex(KeyOf keyOf, TagOf tagOf = &RowIndex::hashTag);
    /// The default TagOf: Qt's string hash with the process's seed (ids come from a server, so
    /// they must not be able to pick their slots).
    static quint32 hashTag(QStringView key);

    void clear();
    /// Makes room for `count` keys, so adding that many never regrows the table.
    void reserve(qsizetype count);
    qsizetype size() const { return m_size; }

    /// The row `key` maps to, or -1.
    int row(QStringView key) const;
    /// Maps `key` to `row` (>= 0), replacing the row it mapped to.
    void insert(QStringView key, int row);
    /// Maps `key` to `row` unless it maps to a row already; returns whether it did.
    bool insertIfAbsent(QStringView key, int row);
    /// Forgets `key` if it maps to `row`. Reads no row's key, so it works after that row's key
    /// changed: a row has one key per index, so the hash and the row name the slot.
    void remove(QStringView key, int row);

private:
    struct Slot
    {
        quint32 tag = 0;
        qint32 row = -1; ///< -1: empty
    };

    size_t homeOf(quint32 tag) const { return size_t(quint32(tag * 0x9E3779B1U) >> m_shift); }
    /// The slot holding `key`, or the empty slot where it would go.
    size_t find(QStringView key, quint32 tag) const;
    void grow(size_t capacity);
    void erase(size_t slot);

    KeyOf m_keyOf;
    TagOf m_tagOf;
    std::vector<Slot> m_slots; ///< a power of two long, at most half full
    int m_shift = 32; ///< 32 - log2(m_slots.size()); homeOf() is only used once there are slots
    qsizetype m_size = 0;
};

} // namespace Wesog
