// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/operationqueue.h"

namespace Wesog::Sandbox {

std::optional<qint64> OperationQueue::takeNext()
{
    if (!m_urgent.isEmpty())
        return m_urgent.takeFirst();
    if (!m_normal.isEmpty())
        return m_normal.takeFirst();
    return std::nullopt;
}

} // namespace Wesog::Sandbox
