// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QRandomGenerator>

#include "core/api/apierror.h"

namespace Wesog {

/// When to try a failed request again: exponential backoff with jitter, `Retry-After` honoured
/// for 429, never for errors that cannot succeed later. A value; seed it for tests.
class RetryPolicy
{
public:
    /// Including the first. Eight: at a 25% fault rate a request still fails only about once in
    /// 65,000, and a dead server is given up after about a minute (0.5 + 1 + … + 30 s).
    int maxAttempts = 8;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    double jitter = 0.2; ///< ± this share of the delay

    explicit RetryPolicy(quint32 seed = QRandomGenerator::global()->generate())
        : m_random(seed)
    {
    }

    /// The wait before attempt `attempt + 1` after `error` on attempt `attempt` (1-based), or
    /// nullopt to give up.
    std::optional<int> delayAfter(int attempt, const ApiError &error);

private:
    QRandomGenerator m_random;
};

} // namespace Wesog
