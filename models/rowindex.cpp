// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rowindex.h"

#include <utility>

#include <QHashFunctions>

namespace Wesog {

RowIndex::RowIndex(KeyOf keyOf, TagOf tagOf)
    : m_keyOf(std::move(keyOf))
    , m_tagOf(tagOf)
{
}

void RowIndex::clear()
{
    m_slots = {};
    m_shift = 32;
    m_size = 0;
}

void RowIndex::reserve(qsizetype count)
{
    if (size_t(count) * 2 <= m_slots.size())
        return;
    size_t capacity = 8;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    grow(capacity);
}

quint32 RowIndex::hashTag(QStringView key)
{
    const size_t hash = qHash(key, QHashSeed::globalSeed());
    return quint32(hash ^ (quint64(hash) >> 32));
}

size_t RowIndex::find(QStringView key, quint32 tag) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = homeOf(tag);; slot = (slot + 1) & mask) {
        const Slot &at = m_slots[slot];
        if (at.row < 0 || (at.tag == tag && m_keyOf(at.row) == key))
            return slot;
    }
}

int RowIndex::row(QStringView key) const
{
    if (m_size == 0)
        return -1;
    return m_slots[find(key, m_tagOf(key))].row;
}

void RowIndex::insert(QStringView key, int row)
{
    Q_ASSERT(row >= 0); // -1 marks an empty slot
    reserve(m_size + 1);
    const quint32 tag = m_tagOf(key);
    Slot &slot = m_slots[find(key, tag)];
    m_size += slot.row < 0 ? 1 : 0;
    slot = { tag, row };
}

bool RowIndex::insertIfAbsent(QStringView key, int row)
{
    Q_ASSERT(row >= 0);
    reserve(m_size + 1);
    const quint32 tag = m_tagOf(key);
    Slot &slot = m_slots[find(key, tag)];
    if (slot.row >= 0)
        return false;
    ++m_size;
    slot = { tag, row };
    return true;
}

void RowIndex::remove(QStringView key, int row)
{
    if (m_size == 0)
        return;
    const quint32 tag = m_tagOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = homeOf(tag); m_slots[slot].row >= 0; slot = (slot + 1) & mask) {
        if (m_slots[slot].tag == tag && m_slots[slot].row == row) {
            erase(slot);
            return;
        }
    }
}

void RowIndex::erase(size_t hole)
{
    // Backward shift: a later slot of the same run moves into the hole unless its home lies
    // cyclically after the hole, so every key stays reachable from its home without tombstones.
    const size_t mask = m_slots.size() - 1;
    for (size_t next = (hole + 1) & mask; m_slots[next].row >= 0; next = (next + 1) & mask) {
        const size_t home = homeOf(m_slots[next].tag);
        const bool staysPut = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
        if (!staysPut) {
            m_slots[hole] = m_slots[next];
            hole = next;
        }
    }
    m_slots[hole] = {};
    --m_size;
}

void RowIndex::grow(size_t capacity)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    m_shift = 32;
    for (size_t bits = capacity; bits > 1; bits /= 2)
        --m_shift;
    const size_t mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.row < 0)
            continue;
        size_t at = homeOf(slot.tag);
        while (m_slots[at].row >= 0) // keys are distinct: only an empty slot is needed
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

} // namespace Wesog
