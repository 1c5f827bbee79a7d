// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QRandomGenerator>

#include "sandbox/sandboxoptions.h"

namespace Wesog::Sandbox {

/// Decides, per API request and before it has any effect, whether to fail it, drop it or let it
/// through, and enforces the per-key rate limit. Seeded, so a run with --seed repeats its faults.
/// Thread: the server thread only.
class FaultInjector final
{
public:
    enum class Fault { None, Fail500, Fail503, Drop };

    explicit FaultInjector(const SandboxOptions &options);

    /// Draws the fault for the next request (always two draws, so one rate never shifts another).
    Fault next();
    /// Counts a request of `tenant`; returns the seconds to wait if it is over the limit, else 0.
    int rateLimited(const QString &tenant, qint64 nowMs);

private:
    struct Window
    {
        qint64 second = -1;
        int count = 0;
    };

    double m_failRate;
    double m_dropRate;
    int m_rateLimit;
    QRandomGenerator m_random;
    QHash<QString, Window> m_windows;
};

} // namespace Wesog::Sandbox
