// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultinjector.h"

namespace Wesog::Sandbox {

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_failRate(options.failRate)
    , m_dropRate(options.dropRate)
    , m_rateLimit(options.rateLimit)
    , m_random(options.seedSet ? options.seed : QRandomGenerator::global()->generate())
{
}

FaultInjector::Fault FaultInjector::next()
{
    const double drop = m_random.generateDouble();
    const double fail = m_random.generateDouble();
    if (drop < m_dropRate)
        return Fault::Drop;
    if (fail < m_failRate)
        return fail < m_failRate / 2 ? Fault::Fail500 : Fault::Fail503;
    return Fault::None;
}

int FaultInjector::rateLimited(const QString &tenant, qint64 nowMs)
{
    if (m_rateLimit <= 0)
        return 0;
    Window &window = m_windows[tenant];
    const qint64 second = nowMs / 1000;
    if (window.second != second) {
        window.second = second;
        window.count = 0;
    }
    if (++window.count <= m_rateLimit)
        return 0;
    return 1; // the window ends within the next second
}

} // namespace Wesog::Sandbox
