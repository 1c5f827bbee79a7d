// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/operationboard.h"

#include <algorithm>

namespace Wesog::Sandbox {

void OperationBoard::publish(const Operation &operation)
{
    Operation copy = operation;
    copy.items = QJsonArray(); // readers never need them, and they can be large
    QWriteLocker locker(&m_lock);
    m_operations.insert(copy.id, std::move(copy));
}

std::optional<Operation> OperationBoard::find(qint64 id) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_operations.constFind(id);
    if (it == m_operations.cend())
        return std::nullopt;
    return *it;
}

QList<Operation> OperationBoard::forTenant(const QString &tenant) const
{
    QList<Operation> list;
    {
        QReadLocker locker(&m_lock);
        for (const Operation &op : m_operations) {
            if (op.tenant == tenant)
                list.append(op);
        }
    }
    std::sort(list.begin(), list.end(), [](const Operation &a, const Operation &b) { return a.id > b.id; });
    return list;
}

} // namespace Wesog::Sandbox
