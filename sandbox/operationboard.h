// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QReadWriteLock>

#include "sandbox/operation.h"

namespace Wesog::Sandbox {

/// The latest published state of every operation, without items.
/// Thread: any. The engine publishes after each change it has committed; the server thread
/// answers GET /ops from here, so polling never waits for a processing slice to end.
class OperationBoard final
{
public:
    void publish(const Operation &operation);
    std::optional<Operation> find(qint64 id) const;
    /// The tenant's operations, newest first.
    QList<Operation> forTenant(const QString &tenant) const;

private:
    mutable QReadWriteLock m_lock;
    QHash<qint64, Operation> m_operations;
};

} // namespace Wesog::Sandbox
