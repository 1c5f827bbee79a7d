// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QtGlobal>

namespace Wesog::Sandbox {

/// The order in which queued operations run: FIFO, except that urgent operations run before
/// every queued non-urgent one, FIFO among themselves. The running operation is not in the
/// queue, so nothing interrupts it (X running; A, B urgent, C urgent queued → X, B, C, A).
/// A plain value; the engine thread owns it.
class OperationQueue
{
public:
    void enqueue(qint64 id, bool urgent) { (urgent ? m_urgent : m_normal).append(id); }
    std::optional<qint64> takeNext();
    /// Removes a queued operation; false if it is not queued (running, finished or unknown).
    bool remove(qint64 id) { return m_urgent.removeOne(id) || m_normal.removeOne(id); }
    bool contains(qint64 id) const { return m_urgent.contains(id) || m_normal.contains(id); }
    bool isEmpty() const { return m_urgent.isEmpty() && m_normal.isEmpty(); }

private:
    QList<qint64> m_urgent;
    QList<qint64> m_normal;
};

} // namespace Wesog::Sandbox
